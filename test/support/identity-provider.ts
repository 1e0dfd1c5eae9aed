import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';

/** A person the stand-in identity provider knows, with the claims the API reads from a token. */
export interface IdentityProviderUser {
  readonly sub: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly agencies: readonly string[];
}

/** What a test can ask of the stand-in after a journey: every token request it answered, in order. */
export interface TokenGrant {
  readonly grantType: 'authorization_code' | 'refresh_token';
  readonly sub: string;
  readonly accessToken: string;
}

export interface RunningIdentityProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly clientId: string;
  readonly audience: string;
  readonly grants: readonly TokenGrant[];
  stop(): Promise<void>;
}

interface PendingCode {
  readonly redirectUri: string;
  readonly challenge: string;
  readonly nonce?: string;
  readonly user: IdentityProviderUser;
}

/**
 * A small OpenID Connect provider standing in for the province's (the real one is not reachable from a
 * test): discovery, a sign-in page choosing a known person, the authorization-code flow that **requires**
 * PKCE (S256) and checks the verifier, refresh tokens, RS256 tokens and their JWKS. It refuses what a
 * strict provider refuses (unknown client or redirect, missing PKCE, a code used twice), so a client that
 * skips a step fails here as it would in production.
 */
export async function startIdentityProvider(options: {
  users: readonly IdentityProviderUser[];
  /** Where the app may be sent back to (its sign-in page). */
  redirectUris: () => readonly string[];
  /** Lifetime of an access token; short, so a test sees the app renew it. */
  accessTokenSeconds?: number;
}): Promise<RunningIdentityProvider> {
  const clientId = 'motcua-web';
  const audience = 'motcua-api';
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'stand-in-1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const refreshTokens = new Map<string, IdentityProviderUser>();
  const grants: TokenGrant[] = [];
  let issuer = '';
  const lifetime = options.accessTokenSeconds ?? 300;

  const sign = (claims: Record<string, unknown>, sub: string, aud: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setSubject(sub)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime(`${lifetime}s`)
      .sign(privateKey);

  const tokensFor = async (user: IdentityProviderUser, grantType: TokenGrant['grantType'], nonce?: string) => {
    const accessToken = await sign({ name: user.name, roles: user.roles, agencies: user.agencies }, user.sub, audience);
    const idToken = await sign({ name: user.name, ...(nonce ? { nonce } : {}) }, user.sub, clientId);
    const refreshToken = randomBytes(24).toString('base64url');
    refreshTokens.set(refreshToken, user);
    grants.push({ grantType, sub: user.sub, accessToken });
    return {
      access_token: accessToken,
      id_token: idToken,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      expires_in: lifetime,
      scope: 'openid profile',
    };
  };

  const routes: Record<string, (req: IncomingMessage, url: URL, body: URLSearchParams) => Promise<Answer>> = {
    'GET /.well-known/openid-configuration': async () =>
      json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid', 'profile'],
      }),
    'GET /jwks': async () => json(200, { keys: [jwk] }),
    'GET /authorize': async (_req, url) => {
      const q = url.searchParams;
      const refusal = authorizeRefusal(q, clientId, options.redirectUris());
      if (refusal) return html(400, `<p role="alert">${escapeHtml(refusal)}</p>`);
      return html(200, signInForm(q, options.users));
    },
    'POST /authorize': async (_req, _url, body) => {
      const refusal = authorizeRefusal(body, clientId, options.redirectUris());
      const user = options.users.find((u) => u.sub === body.get('sub'));
      if (refusal || !user) return html(400, `<p role="alert">${escapeHtml(refusal ?? 'unknown person')}</p>`);
      const code = randomBytes(24).toString('base64url');
      codes.set(code, {
        redirectUri: body.get('redirect_uri')!,
        challenge: body.get('code_challenge')!,
        nonce: body.get('nonce') ?? undefined,
        user,
      });
      const back = new URL(body.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', body.get('state') ?? '');
      return { status: 302, headers: { location: back.toString() }, body: '' };
    },
    'POST /token': async (_req, _url, body) => {
      if (body.get('client_id') !== clientId) return json(401, { error: 'invalid_client' });
      if (body.get('grant_type') === 'refresh_token') {
        const user = refreshTokens.get(body.get('refresh_token') ?? '');
        if (!user) return json(400, { error: 'invalid_grant' });
        refreshTokens.delete(body.get('refresh_token')!);
        return json(200, await tokensFor(user, 'refresh_token'));
      }
      const pending = codes.get(body.get('code') ?? '');
      codes.delete(body.get('code') ?? '');
      if (body.get('grant_type') !== 'authorization_code' || !pending) return json(400, { error: 'invalid_grant' });
      if (body.get('redirect_uri') !== pending.redirectUri) return json(400, { error: 'invalid_grant' });
      const verifier = body.get('code_verifier') ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
        return json(400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
      }
      return json(200, await tokensFor(pending.user, 'authorization_code', pending.nonce));
    },
  };

  const server = createServer((req, res) => {
    void answer(req, res, routes).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    clientId,
    audience,
    grants,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const json = (status: number, value: unknown): Answer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

const html = (status: number, content: string): Answer => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng định danh (thử nghiệm)</title></head><body><main>${content}</main></body></html>`,
});

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  routes: Record<string, (req: IncomingMessage, url: URL, body: URLSearchParams) => Promise<Answer>>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const route = routes[`${req.method} ${url.pathname}`];
  // The app calls discovery and the token endpoint from the browser: allow its origin (CORS).
  const cors = { 'access-control-allow-origin': req.headers.origin ?? '*', vary: 'origin' };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...cors, 'access-control-allow-headers': 'content-type, accept' }).end();
    return;
  }
  if (!route) {
    res.writeHead(404, cors).end();
    return;
  }
  const result = await route(req, url, new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
  res.writeHead(result.status, { ...cors, ...result.headers }).end(result.body);
}

/** Why an authorization request is refused, as a strict provider would: unknown client or redirect, no PKCE. */
function authorizeRefusal(q: URLSearchParams, clientId: string, redirectUris: readonly string[]): string | undefined {
  if (q.get('client_id') !== clientId) return 'unknown client';
  if (!redirectUris.includes(q.get('redirect_uri') ?? '')) return 'redirect_uri not registered';
  if (q.get('response_type') !== 'code') return 'only the authorization-code flow';
  if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return 'PKCE (S256) required';
  return undefined;
}

function signInForm(q: URLSearchParams, users: readonly IdentityProviderUser[]): string {
  const hidden = [
    'client_id',
    'redirect_uri',
    'response_type',
    'code_challenge',
    'code_challenge_method',
    'state',
    'nonce',
  ]
    .filter((name) => q.has(name))
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(q.get(name)!)}">`)
    .join('');
  const choices = users.map((u) => `<option value="${escapeHtml(u.sub)}">${escapeHtml(u.name)}</option>`).join('');
  return `<h1>Cổng định danh (thử nghiệm)</h1><form method="post" action="/authorize">${hidden}
    <label for="sub">Tài khoản</label> <select id="sub" name="sub">${choices}</select>
    <button type="submit">Xác nhận đăng nhập</button></form>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
