import { Client, Connection } from '@temporalio/client';
import type { Provider } from '@nestjs/common';
import type { Config } from '../../../../libs/config/src/config';
import { CONFIG, TEMPORAL_CLIENT } from '../tokens';

/**
 * The Temporal client. The connection is lazy so the API boots (and reports 503 on /health)
 * while Temporal is still coming up or briefly away.
 */
export const temporalClientProvider: Provider = {
  provide: TEMPORAL_CLIENT,
  inject: [CONFIG],
  useFactory: (config: Config) =>
    new Client({
      connection: Connection.lazy({ address: config.temporal.address }),
      namespace: config.temporal.namespace,
    }),
};
