import { randomUUID } from 'node:crypto';
import { ListeningConnection } from '../listening-connection';
import { EVERY_AGENCY, READ_MODELS_CHANNEL, changedAgenciesOf } from './read-model-changes';

/** Hears which agencies' read-model rows changed (`EVERY_AGENCY`: possibly all). */
export type ChangeListener = (agencies: readonly string[] | typeof EVERY_AGENCY) => void;

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
  private readonly connection: ListeningConnection;
  private epoch = 0;
  private anyAgency = 0;
  private readonly byAgency = new Map<string, number>();
  private readonly markers = new Map<string, () => void>();
  private readonly listeners = new Set<ChangeListener>();

  constructor(databaseUrl: string) {
    this.connection = new ListeningConnection({
      databaseUrl,
      channel: READ_MODELS_CHANNEL,
      applicationName: 'motcua-read-models',
      onNotification: (payload) => this.heard(payload),
      // Whatever changed while nobody listened is unknown: every stamp taken before is stale.
      onListening: () => {
        this.epoch += 1;
        this.announce(EVERY_AGENCY);
      },
      onLost: () => this.lost(),
    });
  }

  /** Starts listening; resolves once the first attempt succeeded or failed (it retries in the background). */
  start(): Promise<void> {
    return this.connection.start();
  }

  stop(): Promise<void> {
    return this.connection.stop();
  }

  /** The versions of `agencies`' rows (of every agency for '*'), or undefined while not listening. */
  stamp(agencies: readonly string[] | typeof EVERY_AGENCY): string | undefined {
    if (!this.connection.listening) return undefined;
    if (agencies === EVERY_AGENCY) return `${this.epoch}/${this.anyAgency}`;
    return `${this.epoch}:${agencies.map((agency) => this.byAgency.get(agency) ?? 0).join(',')}`;
  }

  /**
   * Calls `listener` with the agencies of each change heard (every agency when anything may have
   * changed: tables replaced, or the connection back after a loss). Returns the unsubscribe.
   */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private announce(agencies: readonly string[] | typeof EVERY_AGENCY): void {
    for (const listener of this.listeners) listener(agencies);
  }

  /**
   * Resolves once every announcement committed before the call has been heard (read-your-writes for
   * whoever just waited for the projector): PostgreSQL delivers notifications in commit order, so
   * hearing a marker sent now means everything committed earlier was heard first.
   */
  async caughtUp(): Promise<void> {
    if (!this.connection.listening) return;
    const marker = `${MARKER}${randomUUID()}`;
    const heard = new Promise<void>((resolve) => this.markers.set(marker, resolve));
    await this.connection.notify(marker);
    await heard;
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
    } else {
      this.anyAgency += 1;
      for (const agency of agencies) this.byAgency.set(agency, (this.byAgency.get(agency) ?? 0) + 1);
    }
    this.announce(agencies);
  }

  private lost(): void {
    this.epoch += 1;
    // Nothing more will be heard on this connection: whoever waits for a marker may go on (stamps are undefined).
    for (const resolve of this.markers.values()) resolve();
    this.markers.clear();
  }
}
