import { ConfigError, loadBaseConfig, loadConfig } from './config';

const SECRET = 'x'.repeat(32);

describe('loadConfig', () => {
  it('applies defaults around the required database URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@localhost:5432/motcua',
      AUTH_JWT_SECRET: SECRET,
      LOOKUP_KEY_SECRET: SECRET,
    });
    expect(config.temporal).toEqual({ address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'dossiers' });
    expect(config.api.port).toBe(3000);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', API_PORT: 'eighty', TEMPORAL_ADDRESS: 'nohost' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/API_PORT/);
    expect(problems).toMatch(/TEMPORAL_ADDRESS/);
  });

  it('asks the worker only for what it needs', () => {
    expect(loadBaseConfig({ DATABASE_URL: 'postgres://localhost/m' }).temporal.taskQueue).toBe('dossiers');
  });

  it('requires the database URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it('requires the secrets of the chosen authentication mode', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/m', LOOKUP_KEY_SECRET: SECRET })).toThrow(
      /AUTH_JWT_SECRET/,
    );
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://localhost/m', AUTH_MODE: 'oidc', LOOKUP_KEY_SECRET: SECRET }),
    ).toThrow(/AUTH_JWKS_URL[\s\S]*AUTH_ISSUER/);
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://localhost/m', AUTH_JWT_SECRET: 'short', LOOKUP_KEY_SECRET: SECRET }),
    ).toThrow(/at least 32/);
    const oidc = loadConfig({
      DATABASE_URL: 'postgres://localhost/m',
      AUTH_MODE: 'oidc',
      AUTH_JWKS_URL: 'https://id.example.gov.vn/jwks',
      AUTH_ISSUER: 'https://id.example.gov.vn',
      LOOKUP_KEY_SECRET: SECRET,
    });
    expect(oidc.auth).toEqual({
      mode: 'oidc',
      jwksUrl: 'https://id.example.gov.vn/jwks',
      issuer: 'https://id.example.gov.vn',
      audience: undefined,
    });
  });
});
