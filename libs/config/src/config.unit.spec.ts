import { ConfigError, loadBaseConfig, loadConfig, loadWorkerConfig } from './config';

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

  it('gives the worker what issuing papers needs: the lookup secret, the public address, the document store', () => {
    const db = { DATABASE_URL: 'postgres://localhost/m' };
    expect(() => loadWorkerConfig(db)).toThrow(/LOOKUP_KEY_SECRET/);
    expect(() => loadWorkerConfig({ ...db, LOOKUP_KEY_SECRET: SECRET, DOCUMENT_STORE: 's3' })).toThrow(/S3_BUCKET/);
    expect(loadWorkerConfig({ ...db, LOOKUP_KEY_SECRET: SECRET, API_PORT: '8080' }).papers).toEqual({
      store: { kind: 'local', dir: '.data/documents' },
      lookupKeySecret: SECRET,
      publicBaseUrl: 'http://127.0.0.1:8080',
    });
    const site = 'https://motcua.khanhhoa.gov.vn';
    expect(loadWorkerConfig({ ...db, LOOKUP_KEY_SECRET: SECRET, PUBLIC_BASE_URL: site }).papers.publicBaseUrl).toBe(
      site,
    );
    expect(() => loadWorkerConfig({ ...db, LOOKUP_KEY_SECRET: SECRET, PUBLIC_BASE_URL: 'ftp://x' })).toThrow(
      /PUBLIC_BASE_URL/,
    );
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

  it('offers the dev sign-in page only when asked and only with HS256; OIDC sign-in needs a client id', () => {
    const hs = { DATABASE_URL: 'postgres://localhost/m', AUTH_JWT_SECRET: SECRET, LOOKUP_KEY_SECRET: SECRET };
    expect(loadConfig(hs).web).toEqual({ signIn: { mode: 'none' } });
    expect(loadConfig({ ...hs, DEV_SIGN_IN: 'true', WEB_DIR: 'dist/web' }).web).toEqual({
      dir: 'dist/web',
      signIn: { mode: 'dev' },
    });
    const oidc = {
      DATABASE_URL: 'postgres://localhost/m',
      AUTH_MODE: 'oidc',
      AUTH_JWKS_URL: 'https://id.example.gov.vn/jwks',
      AUTH_ISSUER: 'https://id.example.gov.vn',
      LOOKUP_KEY_SECRET: SECRET,
    };
    expect(() => loadConfig({ ...oidc, DEV_SIGN_IN: 'true' })).toThrow(/DEV_SIGN_IN: only with AUTH_MODE=hs256/);
    expect(loadConfig(oidc).web.signIn).toEqual({ mode: 'none' });
    expect(loadConfig({ ...oidc, OIDC_CLIENT_ID: 'motcua-web' }).web.signIn).toEqual({
      mode: 'oidc',
      authority: 'https://id.example.gov.vn',
      clientId: 'motcua-web',
      scope: 'openid profile',
    });
    // The pages' content policy admits the issuer's origin: an issuer that is not a URL is refused at boot.
    expect(() => loadConfig({ ...oidc, AUTH_ISSUER: 'motcua-idp', OIDC_CLIENT_ID: 'motcua-web' })).toThrow(
      /AUTH_ISSUER: must be the issuer's http\(s\) URL/,
    );
  });

  describe('documents', () => {
    const base = { DATABASE_URL: 'postgres://localhost/m', AUTH_JWT_SECRET: SECRET, LOOKUP_KEY_SECRET: SECRET };

    it('keeps files on the local disk by default, 25 MB a file and 200 MB a dossier, of the five formats', () => {
      expect(loadConfig(base).documents).toEqual({
        store: { kind: 'local', dir: '.data/documents' },
        maxFileBytes: 25 * 1_048_576,
        maxDossierBytes: 200 * 1_048_576,
        formats: ['pdf', 'jpeg', 'png', 'xml', 'docx'],
      });
    });

    it('takes an S3-compatible store, which needs a bucket', () => {
      expect(() => loadConfig({ ...base, DOCUMENT_STORE: 's3' })).toThrow(/S3_BUCKET: required/);
      const s3 = loadConfig({
        ...base,
        DOCUMENT_STORE: 's3',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_BUCKET: 'motcua-documents',
        DOCUMENTS_DIR: '/var/spool/motcua',
        DOCUMENT_MAX_MB: '0.5',
        DOCUMENT_FORMATS: 'pdf,xml',
      }).documents;
      expect(s3.store).toEqual({
        kind: 's3',
        spoolDir: '/var/spool/motcua',
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        bucket: 'motcua-documents',
        accessKeyId: undefined,
        secretAccessKey: undefined,
      });
      expect(s3.maxFileBytes).toBe(524_288);
      expect(s3.formats).toEqual(['pdf', 'xml']);
    });

    it('refuses a malformed format list and a non-positive limit', () => {
      expect(() => loadConfig({ ...base, DOCUMENT_FORMATS: 'PDF; exe' })).toThrow(/DOCUMENT_FORMATS/);
      expect(() => loadConfig({ ...base, DOCUMENT_MAX_MB: '0' })).toThrow(/DOCUMENT_MAX_MB/);
    });
  });
});
