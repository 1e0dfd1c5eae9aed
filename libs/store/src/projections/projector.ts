import type { DataSource, EntityManager } from 'typeorm';
import { EventStore, START, type Checkpoint } from '../event-store';
import { ListeningConnection } from '../listening-connection';
import { applyToDossierSteps, applyToDossiers, foldDossierChanges, type FoldedChange } from './dossiers-projection';
import { appendToOutbox, owedPortalMessages } from '../national-sync/portal-outbox';
import { applyToIndex766 } from './index766-projection';
import { applyToFeedbacks, foldFeedbackChanges } from './feedbacks-projection';
import { announceReadModelChanges } from './read-model-changes';
import { LIVE_TABLES, type ReadModelTables } from './read-model-tables';

/**
 * A read model fed by the projector: applies the dossiers a batch changed (each folded once, before
 * and after) inside the projector's transaction, so every read model and the checkpoint move together.
 */
export interface Projection {
  readonly name: string;
  apply(tx: EntityManager, tables: ReadModelTables, changes: readonly FoldedChange[]): Promise<void>;
}

/**
 * The live read models of dossiers, in order: `dossiers` first (the next batch's "before" states are
 * read from it), then the Decision 766 facts and sums. Feedback streams feed `feedbacks` and their own
 * 766 facts after these (see applyBatch).
 */
export const READ_MODELS: readonly Projection[] = [
  { name: 'dossiers and audit actions', apply: applyToDossiers },
  { name: 'index 766', apply: applyToIndex766 },
  { name: 'dossier steps', apply: applyToDossierSteps },
];

/** Channel on which the events table's trigger announces every append (migration 1763900000002). */
const EVENTS_CHANNEL = 'motcua_events';

/** Checkpoint row shared by all read models (they advance together, in one transaction). */
export const READ_MODELS_CHECKPOINT = 'read-models';

/** What a committed batch contained: for metrics (projection lag) and progress bars. */
export interface ProjectedBatch {
  readonly events: number;
  readonly lastPosition: string;
  /** When each event of the batch was appended (ISO-8601). */
  readonly recordedAt: readonly string[];
}

export interface ProjectorOptions {
  readonly batchSize?: number;
  /** Poll interval when no notification arrives (a safety net; notifications wake it). */
  readonly idleMs?: number;
  /**
   * How long a notification waits before the catch-up starts: appends arriving meanwhile share one
   * batch, and the command that appended finishes its workflow task before the projector competes
   * with it for the process and the database. Adds at most this to the projection lag.
   */
  readonly settleMs?: number;
  readonly tables?: ReadModelTables;
  readonly checkpointName?: string;
  readonly projections?: readonly Projection[];
  /** Called after each committed batch (metrics, progress bars). */
  readonly onBatch?: (batch: ProjectedBatch) => void;
  /**
   * The events whose portal messages this projector writes: those past this checkpoint. By default
   * every event for the live tables, none for others (a rebuild's, unless it stands in for a live
   * projection behind it — see rebuildReadModels).
   */
  readonly owesPortalAfter?: Checkpoint;
}

/**
 * The catch-up consumer behind every read model. Each batch runs in one transaction that locks the
 * checkpoint row, reads the next events in global order, applies them to every projection and moves
 * the checkpoint: the projections and their checkpoint change together or not at all (exactly-once
 * effect), and concurrent projectors (several worker processes) take turns on the lock.
 */
export class Projector {
  private readonly store: EventStore;
  private readonly options: Required<Omit<ProjectorOptions, 'onBatch' | 'owesPortalAfter'>> &
    Pick<ProjectorOptions, 'onBatch' | 'owesPortalAfter'>;
  private running = false;
  /** Set by a notification; a catch-up that started before it must run once more. */
  private dirty = false;
  private wake: (() => void) | undefined;
  private listener: ListeningConnection | undefined;
  private loop: Promise<void> | undefined;
  private checkpointExists = false;

  constructor(
    private readonly db: DataSource,
    options: ProjectorOptions = {},
  ) {
    this.store = new EventStore(db);
    this.options = {
      batchSize: options.batchSize ?? 1000,
      idleMs: options.idleMs ?? 1000,
      settleMs: options.settleMs ?? 0,
      tables: options.tables ?? LIVE_TABLES,
      checkpointName: options.checkpointName ?? READ_MODELS_CHECKPOINT,
      projections: options.projections ?? READ_MODELS,
      onBatch: options.onBatch,
      owesPortalAfter: options.owesPortalAfter ?? ((options.tables ?? LIVE_TABLES) === LIVE_TABLES ? START : undefined),
    };
  }

  /** Applies one batch in its own transaction; returns how many events it applied (0 when caught up). */
  async step(): Promise<number> {
    if (!this.checkpointExists) {
      await this.db.query('INSERT INTO projection_checkpoints (projection) VALUES ($1) ON CONFLICT DO NOTHING', [
        this.options.checkpointName,
      ]);
      this.checkpointExists = true;
    }
    const batch = await this.db.transaction((tx) => this.applyBatch(tx));
    if (!batch) return 0;
    this.options.onBatch?.(batch);
    return batch.events;
  }

  /**
   * Locks the checkpoint, applies the next batch to every projection and moves the checkpoint, all in
   * `tx`. Returns what it applied, or undefined when there was nothing to apply.
   */
  async applyBatch(tx: EntityManager): Promise<ProjectedBatch | undefined> {
    const { checkpointName, batchSize, projections, tables } = this.options;
    const [row] = await tx.query(
      'SELECT transaction_id::text AS tx, position::text AS pos FROM projection_checkpoints WHERE projection = $1 FOR UPDATE',
      [checkpointName],
    );
    const checkpoint: Checkpoint = { transactionId: row.tx, position: row.pos };
    const events = await this.store.readAll(checkpoint, batchSize, tx);
    if (events.length === 0) return undefined;
    // What the events owe the national portal goes into its outbox with the read models.
    const portal = owedPortalMessages(this.options.owesPortalAfter);
    const changes = await foldDossierChanges(tx, tables, events, portal?.onEvent);
    for (const projection of projections) await projection.apply(tx, tables, changes);
    const feedback = await foldFeedbackChanges(tx, tables, events);
    await applyToFeedbacks(tx, tables, feedback);
    if (portal) await appendToOutbox(tx, portal.messages);
    if (tables === LIVE_TABLES)
      await announceReadModelChanges(tx, [
        ...changes.map((change) => change.after.agencyCode!),
        ...feedback.map((change) => change.after.agencyCode!),
      ]);
    const last = events[events.length - 1];
    await tx.query(
      'UPDATE projection_checkpoints SET transaction_id = $2::xid8, position = $3, updated_at = now() WHERE projection = $1',
      [checkpointName, last.transactionId, last.position],
    );
    return { events: events.length, lastPosition: last.position, recordedAt: events.map((e) => e.recordedAt) };
  }

  /**
   * Applies batches until no event is left (a batch short of the batch size was the last one: no
   * empty probe after it). Returns the number applied.
   */
  async catchUp(): Promise<number> {
    let total = 0;
    for (;;) {
      const applied = await this.step();
      total += applied;
      if (applied < this.options.batchSize) return total;
    }
  }

  /**
   * Catches up until every event committed before the call is projected. A batch can come back empty
   * while an older transaction anywhere in the cluster is still open (events are never read past the
   * oldest running transaction, see EventStore.readAll), so this waits for it rather than returning.
   */
  async drain(timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let total = 0;
    for (;;) {
      total += await this.catchUp();
      const [{ behind }] = await this.db.query(
        `SELECT EXISTS (
           SELECT 1 FROM events e LEFT JOIN projection_checkpoints c ON c.projection = $1
           WHERE (e.transaction_id, e.position) > (COALESCE(c.transaction_id, '0'::xid8), COALESCE(c.position, 0))
         ) AS behind`,
        [this.options.checkpointName],
      );
      if (!behind) return total;
      if (Date.now() > deadline) throw new Error(`projection still behind after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Runs until {@link stop}: catches up whenever events are appended (LISTEN/NOTIFY, re-established
   * after PostgreSQL restarts) or every `idleMs`.
   */
  async start(databaseUrl: string): Promise<void> {
    this.running = true;
    const woken = () => {
      this.dirty = true;
      this.wake?.();
    };
    // Listening again after a loss: appends made meanwhile were announced to nobody, so catch up.
    this.listener = new ListeningConnection({
      databaseUrl,
      channel: EVENTS_CHANNEL,
      applicationName: 'motcua-projector',
      onNotification: woken,
      onListening: woken,
    });
    await this.listener.start();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.stop();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.dirty = false;
      try {
        await this.catchUp();
      } catch (error) {
        console.error('[projector]', error instanceof Error ? error.message : error);
      }
      if (!this.running) break;
      if (!this.dirty) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.idleMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      if (this.running && this.options.settleMs > 0) await new Promise((r) => setTimeout(r, this.options.settleMs));
    }
  }
}
