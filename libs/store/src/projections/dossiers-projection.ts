import type { EntityManager } from 'typeorm';
import { evolve, initialState, type DossierEvent, type DossierState } from '../../../domain/src';
import type { StoredEvent } from '../event-store';
import { dossierRowOf } from './dossier-row';
import { applyToIndex766, type DossierChange } from './index766-projection';
import { AUDIT_COLUMN_NAMES, DOSSIER_COLUMN_NAMES, upsertSql, type ReadModelTables } from './read-model-tables';

const STREAM_PREFIX = 'dossier-';

/** Where upcasters of older event schema versions go; every stored event is at version 1 today. */
export function toDossierEvent(stored: StoredEvent): DossierEvent {
  return { type: stored.type, data: stored.data } as DossierEvent;
}

/**
 * Applies a batch of events to the `dossiers` and `audit_actions` read models, and hands every
 * changed dossier (before and after) to the 766 read models: loads the folded
 * state of each affected dossier, folds the new events with the domain's own `evolve`, and upserts
 * every changed row in one statement per table. Idempotent per event: an event at or below the
 * row's version is skipped, so a replay never applies anything twice.
 */
export async function applyToDossiers(
  tx: EntityManager,
  tables: ReadModelTables,
  events: readonly StoredEvent[],
): Promise<void> {
  const byDossier = new Map<string, StoredEvent[]>();
  for (const event of events) {
    if (!event.streamId.startsWith(STREAM_PREFIX)) continue;
    const code = event.streamId.slice(STREAM_PREFIX.length);
    byDossier.set(code, [...(byDossier.get(code) ?? []), event]);
  }
  if (byDossier.size === 0) return;
  const current = await loadStates(tx, tables, [...byDossier.keys()]);
  const rows = [];
  const audit = [];
  const changes: DossierChange[] = [];
  for (const [code, stream] of byDossier) {
    stream.sort((a, b) => a.streamVersion - b.streamVersion);
    const before = current.get(code);
    let state = before ? { ...initialState(), ...before } : initialState();
    const actors = new Map<string, { actorId?: string; reviewerId?: string }>();
    for (const event of stream) {
      if (event.streamVersion <= state.version) continue;
      state = evolve(state, toDossierEvent(event));
      noteActors(actors, event);
    }
    if (state === before) continue;
    changes.push({ before, after: state });
    rows.push(dossierRowOf(state, state.lastEventAt!));
    audit.push(...auditRowsOf(state, actors));
  }
  await tx.query(upsertSql(tables.dossiers, 'dossier_code', DOSSIER_COLUMN_NAMES), [JSON.stringify(rows)]);
  if (audit.length > 0) {
    await tx.query(upsertSql(tables.auditActions, 'id', AUDIT_COLUMN_NAMES, ['actor_id', 'reviewer_id']), [
      JSON.stringify(audit),
    ]);
  }
  await applyToIndex766(tx, tables, changes);
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

/** Who created or reviewed an audited action comes from the event metadata, not from the state. */
function noteActors(actors: Map<string, { actorId?: string; reviewerId?: string }>, event: StoredEvent): void {
  const actionId = (event.data as { actionId?: string }).actionId;
  if (!actionId) return;
  const entry = actors.get(actionId) ?? {};
  if (event.type === 'AuditedActionReviewed') entry.reviewerId = event.metadata.actorId;
  else if (event.type !== 'ProcessingResumed') entry.actorId ??= event.metadata.actorId;
  actors.set(actionId, entry);
}

function auditRowsOf(
  state: DossierState,
  actors: Map<string, { actorId?: string; reviewerId?: string }>,
): Record<string, unknown>[] {
  return state.auditedActions.map((a) => ({
    id: `${state.dossierCode}:${a.id}`,
    dossier_code: state.dossierCode,
    action_id: a.id,
    agency_code: state.agencyCode,
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
