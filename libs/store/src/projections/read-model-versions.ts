import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { EVERY_AGENCY, READ_MODELS_CHANNEL, changedAgenciesOf } from './read-model-changes';

const RECONNECT_MS = { first: 100, max: 5_000 };
/** Payload prefix of this process's own markers (agency codes never contain a colon). */
const MARKER = 'marker:';

/**
 * The versions of the live read models as this process has heard them announced (LISTEN on
 * {@link READ_MODELS_CHANNEL}): a counter per agency, one for any agency, and an epoch bumped when
 * everything may have changed (tables replaced, or the listening connection lost). A reader stamps a
 * cached result with {@link stamp} taken *before* it queried; the result is still the read model's
 * while the stamp is unchanged, because every commit is announced after it is visible. While the
 * connection is down nothing is known: `stamp` is undefined and readers go to the database.
 */
export class ReadModelVersions {
  private listener: pg.Client | undefined;
  private listening = false;
  private stopped = false;
  private epoch = 0;
  private anyAgency = 0;
  private readonly byAgency = new Map<string, number>();
  private retryMs = RECONNECT_MS.first;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly markers = new Map<string, () => void>();

  constructor(private readonly databaseUrl: string) {}

  /** Starts listening; resolves once the first attempt succeeded or failed (it retries in the background). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  /** The versions of `agencies`' rows (of every agency for '*'), or undefined while not listening. */
  stamp(agencies: readonly string[] | typeof EVERY_AGENCY): string | undefined {
    if (!this.listening) return undefined;
    if (agencies === EVERY_AGENCY) return `${this.epoch}/${this.anyAgency}`;
    return `${this.epoch}:${agencies.map((agency) => this.byAgency.get(agency) ?? 0).join(',')}`;
  }

  /**
   * Resolves once every announcement committed before the call has been heard (read-your-writes for
   * whoever just waited for the projector): PostgreSQL delivers notifications in commit order, so
   * hearing a marker sent now means everything committed earlier was heard first.
   */
  async caughtUp(): Promise<void> {
    const listener = this.listener;
    if (!this.listening || !listener) return;
    const marker = `${MARKER}${randomUUID()}`;
    const heard = new Promise<void>((resolve) => this.markers.set(marker, resolve));
    await listener.query('SELECT pg_notify($1, $2)', [READ_MODELS_CHANNEL, marker]);
    await heard;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'motcua-read-models' });
    this.listener = client;
    client.on('notification', (message) => this.heard(message.payload ?? EVERY_AGENCY));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${READ_MODELS_CHANNEL}`);
      // Whatever changed while nobody listened is unknown: every stamp taken before is stale.
      this.epoch += 1;
      this.listening = true;
      this.retryMs = RECONNECT_MS.first;
    } catch {
      this.lost(client);
    }
  }

  private heard(payload: string): void {
    if (payload.startsWith(MARKER)) {
      this.markers.get(payload)?.();
      this.markers.delete(payload);
      return;
    }
    const agencies = changedAgenciesOf(payload);
    if (agencies === EVERY_AGENCY) {
      this.epoch += 1;
      return;
    }
    this.anyAgency += 1;
    for (const agency of agencies) this.byAgency.set(agency, (this.byAgency.get(agency) ?? 0) + 1);
  }

  private lost(client: pg.Client): void {
    if (client !== this.listener) return;
    this.listener = undefined;
    this.listening = false;
    this.epoch += 1;
    // Nothing more will be heard on this connection: whoever waits for a marker may go on (stamps are undefined).
    for (const resolve of this.markers.values()) resolve();
    this.markers.clear();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MS.max);
  }
}
