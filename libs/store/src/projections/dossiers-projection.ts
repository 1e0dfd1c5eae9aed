import type { EntityManager } from 'typeorm';
import { DOSSIER_STREAM_PREFIX, evolve, initialState, type DossierEvent, type DossierState } from '@motcua/domain';
import type { FoldableEvent, StoredEvent } from '../event-store';
import { dossierRowOf, dossierStepRowsOf, type DossierRow } from './dossier-row';
import type { DossierChange } from './index766-projection';
import {
  AUDIT_COLUMN_NAMES,
  DOSSIER_COLUMN_NAMES,
  DOSSIER_STEP_COLUMN_NAMES,
  upsertSql,
  type ReadModelTables,
} from './read-model-tables';

/** Where upcasters of older event schema versions go; every stored event is at version 1 today. */
export function toDossierEvent(stored: Pick<StoredEvent, 'type' | 'data'>): DossierEvent {
  return { type: stored.type, data: stored.data } as DossierEvent;
}

/** One dossier changed by a batch: its state before (if it had one) and after, with who acted in the batch. */
export interface FoldedChange extends DossierChange {
  readonly folded: FoldedDossier;
}

/**
 * Folds a batch onto the dossiers it touches: loads each one's stored state from the `dossiers` read
 * model and folds its new events with the domain's own `evolve`. Idempotent per event: an event at
 * or below the row's version is skipped, so a replay never applies anything twice. Every read model
 * is then a function of these changes (see READ_MODELS).
 */
export async function foldDossierChanges(
  tx: EntityManager,
  tables: ReadModelTables,
  events: readonly StoredEvent[],
  onEvent?: EachEvent,
): Promise<FoldedChange[]> {
  const byDossier = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const code = dossierCodeOf(event.streamId);
    if (code === undefined) continue;
    byDossier.set(code, [...(byDossier.get(code) ?? []), event]);
  }
  if (byDossier.size === 0) return [];
  const current = await loadStates(tx, tables, [...byDossier.keys()]);
  const changes: FoldedChange[] = [];
  for (const [code, stream] of byDossier) {
    const before = current.get(code);
    const folded = foldDossierStream(before, stream, onEvent);
    if (folded.state !== before) changes.push({ before, after: folded.state, folded });
  }
  return changes;
}

/** The `dossiers` read model (one row per dossier, with its state) and the supervisors' `audit_actions`. */
export async function applyToDossiers(
  tx: EntityManager,
  tables: ReadModelTables,
  changes: readonly FoldedChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const rows: DossierRow[] = changes.map(({ after }) => dossierRowOf(after, after.lastEventAt!));
  const audit = changes.flatMap(({ folded }) => auditRowsOf(folded));
  await tx.query(upsertSql(tables.dossiers, 'dossier_code', DOSSIER_COLUMN_NAMES), [JSON.stringify(rows)]);
  if (audit.length > 0) {
    await tx.query(upsertSql(tables.auditActions, 'id', AUDIT_COLUMN_NAMES, ['actor_id', 'reviewer_id']), [
      JSON.stringify(audit),
    ]);
  }
}

/**
 * The steps read model (`dossier_steps`): every visit of every changed dossier, upserted (a visit
 * only ever gains its taker, deadline moves and end).
 */
export async function applyToDossierSteps(
  tx: EntityManager,
  tables: ReadModelTables,
  changes: readonly FoldedChange[],
): Promise<void> {
  const rows = changes.flatMap(({ after }) => dossierStepRowsOf(after));
  if (rows.length === 0) return;
  await tx.query(upsertSql(tables.dossierSteps, 'dossier_code, seq', DOSSIER_STEP_COLUMN_NAMES), [
    JSON.stringify(rows),
  ]);
}

/** The dossier code of a dossier stream's id; undefined for other streams (catalogue, calendars). */
export function dossierCodeOf(streamId: string): string | undefined {
  return streamId.startsWith(DOSSIER_STREAM_PREFIX) ? streamId.slice(DOSSIER_STREAM_PREFIX.length) : undefined;
}

/** Who created or reviewed each audited action, by action id (from the event metadata, not the state). */
type ActorsByAction = Map<string, { actorId?: string; reviewerId?: string }>;

/** A dossier's state after a run of its events, and who acted on its audited actions in that run. */
export interface FoldedDossier {
  readonly state: DossierState;
  readonly actors: ActorsByAction;
}

/** Told of each event a fold applies, with the state before and after it (e.g. what the event owes the portal). */
export type EachEvent = (before: DossierState, after: DossierState, event: FoldableEvent) => void;

/**
 * Folds `stream` (one dossier's events, any order) onto its state `before` with the domain's own
 * `evolve`, skipping events at or below the state's version. Returns `before` itself when nothing applied.
 */
export function foldDossierStream(
  before: DossierState | undefined,
  stream: FoldableEvent[],
  onEvent?: EachEvent,
): FoldedDossier {
  stream.sort((a, b) => a.streamVersion - b.streamVersion);
  let state = before ? { ...initialState(), ...before } : initialState();
  const actors: ActorsByAction = new Map();
  let applied = 0;
  for (const event of stream) {
    if (event.streamVersion <= state.version) continue;
    const next = evolve(state, toDossierEvent(event));
    onEvent?.(state, next, event);
    state = next;
    noteActors(actors, event);
    applied += 1;
  }
  return { state: applied === 0 && before ? before : state, actors };
}

async function loadStates(
  tx: EntityManager,
  tables: ReadModelTables,
  codes: string[],
): Promise<Map<string, DossierState>> {
  const rows: { dossier_code: string; state: DossierState }[] = await tx.query(
    `SELECT dossier_code, state FROM ${tables.dossiers} WHERE dossier_code = ANY($1)`,
    [codes],
  );
  return new Map(rows.map((r) => [r.dossier_code, r.state]));
}

function noteActors(actors: ActorsByAction, event: FoldableEvent): void {
  const actionId = (event.data as { actionId?: string }).actionId;
  if (!actionId) return;
  const entry = actors.get(actionId) ?? {};
  if (event.type === 'AuditedActionReviewed') entry.reviewerId = event.metadata.actorId;
  else if (event.type !== 'ProcessingResumed') entry.actorId ??= event.metadata.actorId;
  actors.set(actionId, entry);
}

/** One row of the supervisors' audit queue, keyed by column name. */
export type AuditRow = Record<string, string | number | null>;

/**
 * The audit-queue rows of a folded dossier. Actors not seen in this run stay null, and the upsert
 * keeps the stored ones (see `keepWhenNull` in applyToDossiers).
 */
export function auditRowsOf({ state, actors }: FoldedDossier): AuditRow[] {
  return state.auditedActions.map((a) => ({
    id: `${state.dossierCode}:${a.id}`,
    dossier_code: state.dossierCode!,
    action_id: a.id,
    agency_code: state.agencyCode!,
    kind: a.kind,
    at: a.at,
    actor_id: actors.get(a.id)?.actorId ?? null,
    reason: a.reason,
    ended_at: a.endedAt ?? null,
    stopped_working_minutes: a.stoppedWorkingMinutes ?? null,
    verdict: a.verdict ?? null,
    reviewed_at: a.reviewedAt ?? null,
    reviewer_id: actors.get(a.id)?.reviewerId ?? null,
    review_note: a.reviewNote ?? null,
  }));
}
