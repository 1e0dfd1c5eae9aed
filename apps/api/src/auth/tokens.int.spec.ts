import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { TokenVerifier, mintToken } from './tokens';

/** The production path: tokens signed by an OIDC issuer, verified with the keys its JWKS endpoint serves. */
describe('TokenVerifier', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  const ISSUER = 'https://dangnhap.example.gov.vn';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const issued = (claims: Record<string, unknown>, issuer = ISSUER) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('can-bo-1')
      .setIssuer(issuer)
      .setAudience('motcua')
      .setExpirationTime('5m')
      .sign(privateKey);

  it('accepts a token of the configured OIDC issuer, verified with its JWKS', async () => {
    const verifier = new TokenVerifier({ mode: 'oidc', jwksUrl, issuer: ISSUER, audience: 'motcua' });
    const principal = await verifier.verify(
      await issued({ roles: ['officer'], agencies: ['STP-KH'], name: 'Cán bộ 1' }),
    );
    expect(principal).toEqual({ id: 'can-bo-1', name: 'Cán bộ 1', roles: ['officer'], agencies: ['STP-KH'] });
  });

  it('refuses another issuer, a token without roles, and an HS256 token in OIDC mode', async () => {
    const verifier = new TokenVerifier({ mode: 'oidc', jwksUrl, issuer: ISSUER, audience: 'motcua' });
    await expect(
      verifier.verify(await issued({ roles: ['officer'], agencies: ['STP-KH'] }, 'https://evil.example')),
    ).rejects.toThrow();
    await expect(verifier.verify(await issued({ agencies: ['STP-KH'] }))).rejects.toThrow();
    const local = await mintToken('x'.repeat(40), { id: 'a', roles: ['admin'], agencies: ['*'] });
    await expect(verifier.verify(local)).rejects.toThrow();
  });

  it('verifies local HS256 tokens with the shared secret only', async () => {
    const secret = 'y'.repeat(40);
    const verifier = new TokenVerifier({ mode: 'hs256', secret });
    const token = await mintToken(secret, { id: 'a', roles: ['supervisor'], agencies: ['STP-KH', 'STP-PT'] });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      roles: ['supervisor'],
      agencies: ['STP-KH', 'STP-PT'],
    });
    await expect(new TokenVerifier({ mode: 'hs256', secret: 'z'.repeat(40) }).verify(token)).rejects.toThrow();
    const expired = await mintToken(
      secret,
      { id: 'a', roles: ['supervisor'], agencies: ['STP-KH'] },
      { expiresIn: '-1s' },
    );
    await expect(verifier.verify(expired)).rejects.toThrow();
  });

  // `exp` has whole-second precision: a 2 s token lives between 1 and 2 s, so it is valid at once and gone after 3.1 s.
  it('remembers a verified token no longer than its expiry', async () => {
    const secret = 'w'.repeat(40);
    const verifier = new TokenVerifier({ mode: 'hs256', secret });
    const shortLived = await mintToken(
      secret,
      { id: 'a', roles: ['officer'], agencies: ['STP-KH'] },
      { expiresIn: '2s' },
    );
    await expect(verifier.verify(shortLived)).resolves.toMatchObject({ id: 'a' });
    await expect(verifier.verify(shortLived)).resolves.toMatchObject({ id: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    await expect(verifier.verify(shortLived)).rejects.toThrow();
  });
});
