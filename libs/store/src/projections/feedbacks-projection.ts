import type { EntityManager } from 'typeorm';
import {
  evolveFeedback,
  feedbackCodeOf,
  feedbackFacts,
  initialFeedbackState,
  type FeedbackEvent,
  type FeedbackState,
} from '@motcua/domain';
import type { FoldableEvent } from '../event-store';
import { applyFactChanges, type FactSubject } from './index766-projection';
import { FEEDBACK_COLUMN_NAMES, upsertSql, type ReadModelTables } from './read-model-tables';

/** One feedback changed by a batch: its state before the batch (if any) and after it. */
export interface FeedbackChange {
  readonly before: FeedbackState | undefined;
  readonly after: FeedbackState;
}

/**
 * Folds a batch onto the feedback it touches (streams `feedback-<code>`), from each one's stored state
 * in the `feedbacks` read model; an event at or below the stored version is skipped (replays apply nothing twice).
 */
export async function foldFeedbackChanges(
  tx: EntityManager,
  tables: ReadModelTables,
  events: readonly FoldableEvent[],
): Promise<FeedbackChange[]> {
  const byCode = new Map<string, FoldableEvent[]>();
  for (const event of events) {
    const code = feedbackCodeOf(event.streamId);
    if (code !== undefined) byCode.set(code, [...(byCode.get(code) ?? []), event]);
  }
  if (byCode.size === 0) return [];
  const rows: { feedback_code: string; state: FeedbackState }[] = await tx.query(
    `SELECT feedback_code, state FROM ${tables.feedbacks} WHERE feedback_code = ANY($1)`,
    [[...byCode.keys()]],
  );
  const stored = new Map(rows.map((r) => [r.feedback_code, r.state]));
  const changes: FeedbackChange[] = [];
  for (const [code, stream] of byCode) {
    const before = stored.get(code);
    const after = foldFeedbackStream(before, stream);
    if (after !== before) changes.push({ before, after });
  }
  return changes;
}

/** Folds one feedback's events (any order) onto `before`; returns `before` itself when nothing applied. */
export function foldFeedbackStream(before: FeedbackState | undefined, stream: FoldableEvent[]): FeedbackState {
  const ordered = [...stream].sort((a, b) => a.streamVersion - b.streamVersion);
  let state = before ?? initialFeedbackState();
  for (const event of ordered) {
    if (event.streamVersion <= state.version) continue;
    state = evolveFeedback(state, { type: event.type, data: event.data } as FeedbackEvent);
  }
  return before && state.version === before.version ? before : state;
}

/** The `feedbacks` rows and the 766 facts (5.1–5.4) of the feedback a batch changed. */
export async function applyToFeedbacks(
  tx: EntityManager,
  tables: ReadModelTables,
  changes: readonly FeedbackChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.query(upsertSql(tables.feedbacks, 'feedback_code', FEEDBACK_COLUMN_NAMES), [
    JSON.stringify(changes.map(({ after }) => feedbackRowOf(after))),
  ]);
  await applyFactChanges(
    tx,
    tables,
    changes.map(({ before, after }) => ({
      subject: feedbackSubject(after),
      before: before ? feedbackFacts(before) : [],
      after: feedbackFacts(after),
    })),
  );
}

/** A feedback's facts are filed under its agency only (no procedure, no channel: those sums are the dossiers'). */
export function feedbackSubject(state: FeedbackState): FactSubject {
  return { code: state.feedbackCode!, agencyCode: state.agencyCode!, procedureCode: '', channel: '' };
}

/** One row of the `feedbacks` read model, keyed by column name. */
export function feedbackRowOf(state: FeedbackState): Record<string, unknown> {
  const current = state.answers.find((a) => a.round === state.round);
  return {
    feedback_code: state.feedbackCode,
    agency_code: state.agencyCode,
    channel: state.channel,
    stage: state.stage,
    category: state.category ?? null,
    subject: state.subject,
    sender_name: state.sender?.name,
    dossier_code: state.dossierCode ?? null,
    assignee_id: state.assigneeId ?? null,
    round: state.round,
    received_at: state.receivedAt,
    answer_due_at: state.answerDueAt,
    overdue: state.overdueAt !== undefined,
    answered_at: current?.at ?? null,
    published_at: current?.publishedAt ?? null,
    rating: state.rating?.round === state.round ? state.rating.value : null,
    state,
    version: state.version,
    last_event_at: state.lastEventAt,
  };
}
