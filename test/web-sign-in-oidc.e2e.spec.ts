import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import type { TestSystem } from './support/api';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system';
import { openPage, screenshot, visit } from './support/browser';
import { eventually } from './support/dossiers';
import { startIdentityProvider, type RunningIdentityProvider } from './support/identity-provider';

/**
 * Signing in with AUTH_MODE=oidc in a real Chromium, against a stand-in identity provider that insists
 * on PKCE and signs RS256 tokens the API checks against its JWKS: no dev page, tokens in memory only,
 * renewed with the refresh token before they expire.
 */
describe('web app: sign-in through the identity provider (OIDC code flow with PKCE)', () => {
  let provider: RunningIdentityProvider;
  let world: BrowserSystem;
  let system: TestSystem;
  let browser: Browser;
  const officer = { sub: 'can-bo-07', name: 'Nguyễn Văn An', roles: ['officer'], agencies: ['STP-KH'] };

  beforeAll(async () => {
    provider = await startIdentityProvider({
      users: [officer],
      redirectUris: () => [`${system.baseUrl}/dang-nhap`],
      // Short enough that the app renews it during the test (oidc-client-ts renews 60 s before expiry).
      accessTokenSeconds: 66,
    });
    world = await startBrowserSystem({
      auth: { mode: 'oidc', jwksUrl: provider.jwksUrl, issuer: provider.issuer, audience: provider.audience },
      signIn: { mode: 'oidc', authority: provider.issuer, clientId: provider.clientId, scope: 'openid profile' },
    });
    ({ system, browser } = world);
  });
  afterAll(async () => {
    await world?.stop();
    await provider?.stop();
  });

  it('offers no local sign-in, and lets the page reach the identity provider only', async () => {
    await request(system.http).post('/web/dev-sign-in').send({ role: 'officer', agency: 'STP-KH' }).expect(404);
    const config = await request(system.http).get('/web/config').expect(200);
    expect(config.body.signIn).toEqual({
      mode: 'oidc',
      authority: provider.issuer,
      clientId: provider.clientId,
      scope: 'openid profile',
    });
    const page = await request(system.http).get('/dang-nhap').expect(200);
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${provider.issuer};`);
  });

  it('signs in through the provider, keeps the tokens out of storage, and renews the token before it expires', async () => {
    const page = await openPage(browser);
    await page.goto(`${system.baseUrl}/dang-nhap`);
    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản định danh' }).waitFor();
    expect(await page.getByLabel('Vai trò').count()).toBe(0);
    await visit(page, 'oidc-01-sign-in');

    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản định danh' }).click();
    await page.getByRole('heading', { name: 'Cổng định danh (thử nghiệm)' }).waitFor();
    await screenshot(page, 'oidc-02-identity-provider');
    await page.getByLabel('Tài khoản').selectOption(officer.sub);
    const queueAnswered = page.waitForResponse((r) => new URL(r.url()).pathname === '/dossiers');
    await page.getByRole('button', { name: 'Xác nhận đăng nhập' }).click();

    await page.waitForURL((url) => url.pathname === '/ban-lam-viec');
    await page.getByText(officer.name).first().waitFor();
    // The API verified the provider's RS256 token against its JWKS.
    expect((await queueAnswered).status()).toBe(200);
    await visit(page, 'oidc-03-desk');
    expect(provider.grants.map((g) => g.grantType)).toEqual(['authorization_code']);
    await expectNothingStored(page, provider.grants[0].accessToken);

    // Renewed with the refresh token, and the next call carries the new token.
    await eventually('the app renewed its token', async () => provider.grants.length > 1, 30_000);
    expect(provider.grants[1].grantType).toBe('refresh_token');
    const renewed = provider.grants[1].accessToken;
    const queueWithRenewed = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/dossiers' && r.request().headers().authorization === `Bearer ${renewed}`,
    );
    await page.getByRole('tab', { name: /Đang xử lý/ }).click();
    expect((await queueWithRenewed).status()).toBe(200);
    await expectNothingStored(page, renewed);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản định danh' }).waitFor();
  }, 90_000);
});

/** Neither storage of the page holds a token (the PKCE state is gone once the code was exchanged). */
async function expectNothingStored(page: Page, token: string): Promise<void> {
  const stored = await page.evaluate(() => {
    const all = (s: { length: number; key(i: number): string | null; getItem(k: string): string | null }) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
    const scope = globalThis as unknown as {
      localStorage: Parameters<typeof all>[0];
      sessionStorage: Parameters<typeof all>[0];
    };
    return [...all(scope.localStorage), ...all(scope.sessionStorage)];
  });
  expect(stored.filter((entry) => entry.includes(token) || entry.includes('refresh_token'))).toEqual([]);
}
