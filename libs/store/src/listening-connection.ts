import pg from 'pg';

const RECONNECT_MS = { first: 100, max: 5_000 };

export interface ListeningOptions {
  readonly databaseUrl: string;
  readonly channel: string;
  readonly applicationName: string;
  /** Called with each notification's payload. */
  readonly onNotification: (payload: string) => void;
  /** Called each time the connection listens again after a start or a loss (whatever was sent meanwhile was missed). */
  readonly onListening?: () => void;
  /** Called when the connection is lost (nothing will be heard until {@link onListening}). */
  readonly onLost?: () => void;
}

/**
 * A dedicated connection that LISTENs on one channel and keeps listening: when PostgreSQL restarts
 * or the connection drops it reconnects with exponential backoff (100 ms doubling to 5 s), for as
 * long as it is not stopped. Shared by the projector (woken by appends) and the API (read-model
 * announcements).
 */
export class ListeningConnection {
  private client: pg.Client | undefined;
  private connected = false;
  private stopped = false;
  private retryMs = RECONNECT_MS.first;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ListeningOptions) {}

  /** Whether the connection currently listens. */
  get listening(): boolean {
    return this.connected;
  }

  /** Starts listening; resolves once the first attempt succeeded or failed (it retries in the background). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.connected = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Sends a notification on the listening connection itself (markers: PostgreSQL delivers in commit order). */
  async notify(payload: string): Promise<void> {
    await this.client?.query('SELECT pg_notify($1, $2)', [this.options.channel, payload]);
  }

  private async connect(): Promise<void> {
    const { databaseUrl, applicationName, channel } = this.options;
    const client = new pg.Client({ connectionString: databaseUrl, application_name: applicationName });
    this.client = client;
    client.on('notification', (message) => this.options.onNotification(message.payload ?? ''));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      if (client !== this.client) return;
      this.connected = true;
      this.retryMs = RECONNECT_MS.first;
      this.options.onListening?.();
    } catch {
      this.lost(client);
    }
  }

  private lost(client: pg.Client): void {
    if (client !== this.client) return;
    this.client = undefined;
    const wasConnected = this.connected;
    this.connected = false;
    client.end().catch(() => undefined);
    if (wasConnected) this.options.onLost?.();
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MS.max);
  }
}
