import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { Config } from '@motcua/config';
import { CONFIG, TEMPORAL_CLIENT, TEMPORAL_PROBE } from '../tokens';

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

/**
 * A second, retry-free connection for the readiness probe: a probe must answer "down" at once, and
 * the default retry interceptor would keep retrying (past shutdown) against a server that is away.
 */
export const temporalProbeProvider: Provider = {
  provide: TEMPORAL_PROBE,
  inject: [CONFIG],
  useFactory: (config: Config) => Connection.lazy({ address: config.temporal.address, interceptors: [] }),
};

/** Closes the Temporal connections when the application shuts down. */
@Injectable()
export class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(TEMPORAL_PROBE) private readonly probe: Connection,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.client.connection.close(), this.probe.close()]);
  }
}
