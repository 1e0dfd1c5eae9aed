import { join } from 'node:path';
import type { ThrowawayServers } from '../scripts/infra/throwaway-servers';

/**
 * The environment of an API or worker process a benchmark starts on its throwaway servers: their
 * addresses, the run's secret, a port, quiet logs, the documents (and the papers issued) in the run's
 * scratch folder; `extra` adds or overrides what one benchmark needs.
 */
export function benchProcessEnvironment(
  servers: ThrowawayServers,
  secret: string,
  port: number,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DATABASE_URL: servers.databaseUrl,
    TEMPORAL_ADDRESS: servers.temporalAddress!,
    AUTH_JWT_SECRET: secret,
    LOOKUP_KEY_SECRET: secret,
    API_PORT: String(port),
    LOG_LEVEL: 'error',
    DOCUMENTS_DIR: join(servers.workDir, 'documents'),
    ...extra,
  };
}
