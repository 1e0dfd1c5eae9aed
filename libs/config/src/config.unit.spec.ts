import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults around the required database URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/motcua' });
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

  it('requires the database URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });
});
