import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { AuthConfig } from '@motcua/config';
import { ROLES, type Principal, type Role } from './principal';

const claims = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  roles: z.array(z.enum(ROLES)).min(1),
  agencies: z.array(z.string().min(1)).min(1),
  units: z.array(z.string().min(1).max(64)).min(1).optional(),
});

const CACHE_MS = 60_000;
const CACHE_SIZE = 10_000;

/** Verifies bearer tokens into principals: HS256 with a shared secret, or RS/ES keys from an OIDC JWKS. */
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly verified = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly config: AuthConfig) {
    this.key =
      config.mode === 'hs256' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl));
  }

  /**
   * The principal of a valid token; throws on an invalid, expired or malformed one. Verified tokens are
   * remembered for at most a minute (and never past their expiry), so a busy client is verified once.
   */
  async verify(token: string): Promise<Principal> {
    const now = Date.now();
    const cached = this.verified.get(token);
    if (cached && cached.until > now) return cached.principal;
    const { principal, expiresAt } = await this.verifyFully(token);
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { principal, until: Math.min(expiresAt, now + CACHE_MS) });
    return principal;
  }

  private async verifyFully(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    const options = {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: this.config.mode === 'hs256' ? ['HS256'] : ['RS256', 'PS256', 'ES256'],
    };
    const { payload } =
      typeof this.key === 'function'
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key, options);
    const parsed = claims.parse(payload);
    return {
      principal: {
        id: parsed.sub,
        name: parsed.name,
        roles: parsed.roles,
        agencies: parsed.agencies,
        ...(parsed.units ? { units: parsed.units } : {}),
      },
      expiresAt: (payload.exp ?? 0) * 1000,
    };
  }
}

/** Mints a local HS256 token (the `npm run token` helper and the tests). */
export function mintToken(
  secret: string,
  subject: {
    id: string;
    name?: string;
    roles: readonly Role[];
    agencies: readonly string[];
    units?: readonly string[];
  },
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({
    name: subject.name,
    roles: [...subject.roles],
    agencies: [...subject.agencies],
    ...(subject.units ? { units: [...subject.units] } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject.id)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
