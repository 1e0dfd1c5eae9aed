import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
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

/** Closes the Temporal connection when the application shuts down. */
@Injectable()
export class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
