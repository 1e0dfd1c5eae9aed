/** The claims the pages show, read from a token the API will verify (the page trusts nothing else of it). */
export interface TokenClaims {
  readonly sub: string;
  readonly name?: string;
  readonly roles: readonly string[];
  readonly agencies: readonly string[];
  readonly units?: readonly string[];
}

/** Decodes a JWT's payload (base64url JSON), without verifying it: the API verifies every call. */
export function claimsOf(token: string): TokenClaims {
  const payload = token.split('.')[1] ?? '';
  const json = atob(
    payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '='),
  );
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes)) as Partial<TokenClaims>;
  return {
    sub: claims.sub ?? '',
    name: claims.name,
    roles: claims.roles ?? [],
    agencies: claims.agencies ?? [],
    units: claims.units,
  };
}
