import type { DataSource } from 'typeorm';
import { copyRows } from '../copy-rows';
import { EventStore, type Checkpoint, type FoldableEvent } from '../event-store';
import { appendToOutbox, owedPortalMessages, type OutboxMessage } from '../national-sync/portal-outbox';
import { dossierRowOf, dossierStepRowsOf, type DossierRow, type DossierStepRow } from './dossier-row';
import { auditRowsOf, dossierCodeOf, foldDossierStream, type AuditRow } from './dossiers-projection';
import { feedbackCodeOf, feedbackFacts } from '@motcua/domain';
import { FACT_COLUMN_NAMES, dossierFactRowsOf, factRowsOf } from './index766-projection';
import { feedbackRowOf, feedbackSubject, foldFeedbackStream } from './feedbacks-projection';
import {
  AUDIT_COLUMN_NAMES,
  DOSSIER_COLUMN_NAMES,
  DOSSIER_STEP_COLUMN_NAMES,
  FEEDBACK_COLUMN_NAMES,
  type ReadModelTables,
} from './read-model-tables';

/**
 * Folds every dossier and feedback stream below the snapshot whole and inserts its rows: keyset pages in stream
 * order, the last stream of a full page held back until its end is read; the next page is read and
 * folded while the previous one is written. Events past `owesPortalAfter` (those a live projection has
 * not applied) also leave the messages they owe the national portal in its outbox.
 */
export async function loadStreams(
  db: DataSource,
  tables: ReadModelTables,
  belowTransactionId: string,
  pageSize: number,
  onRead: (events: number) => void,
  owesPortalAfter?: Checkpoint,
): Promise<void> {
  const store = new EventStore(db);
  const below = BigInt(belowTransactionId);
  const readAfter = (event?: FoldableEvent) =>
    store.readInStreamOrder({ streamId: event?.streamId ?? '', streamVersion: event?.streamVersion ?? 0 }, pageSize);
  const inSnapshot = (event: FoldableEvent) =>
    BigInt(event.transactionId) < below &&
    (dossierCodeOf(event.streamId) !== undefined || feedbackCodeOf(event.streamId) !== undefined);
  let read = 0;
  let held: FoldableEvent[] = [];
  let writing: Promise<void> = Promise.resolve();
  for (let next: Promise<FoldableEvent[]> | undefined = readAfter(); next;) {
    const page: FoldableEvent[] = await next;
    const more: boolean = page.length === pageSize;
    next = more ? handledLater(readAfter(page[page.length - 1])) : undefined;
    const events = held.concat(page.filter(inSnapshot));
    const cut = more && events.length > 0 ? startOfLastStream(events) : events.length;
    held = events.slice(cut);
    const rows = rowsOfWholeStreams(events.slice(0, cut), owesPortalAfter);
    await writing;
    writing = handledLater(insertRows(db, tables, rows));
    read += page.length;
    onRead(read);
  }
  await writing;
}

/**
 * Marks a promise that is awaited only after other awaits as handled meanwhile: its failure must not
 * crash the process as an unhandled rejection before the loop gets to it (the await still throws).
 */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function startOfLastStream(events: readonly FoldableEvent[]): number {
  const last = events[events.length - 1].streamId;
  let i = events.length - 1;
  while (i > 0 && events[i - 1].streamId === last) i -= 1;
  return i;
}

interface BulkRows {
  readonly dossiers: DossierRow[];
  readonly audit: AuditRow[];
  readonly facts: ReturnType<typeof factRowsOf>;
  readonly steps: DossierStepRow[];
  readonly feedbacks: Record<string, unknown>[];
  readonly portal: readonly OutboxMessage[];
}

/** Rows of dossiers whose events are all in `events` (in stream order), each folded from nothing. */
function rowsOfWholeStreams(events: readonly FoldableEvent[], owesPortalAfter?: Checkpoint): BulkRows {
  const portal = owedPortalMessages(owesPortalAfter);
  const rows: BulkRows = {
    dossiers: [],
    audit: [],
    facts: [],
    steps: [],
    feedbacks: [],
    portal: portal?.messages ?? [],
  };
  for (let start = 0; start < events.length;) {
    let end = start + 1;
    while (end < events.length && events[end].streamId === events[start].streamId) end += 1;
    const stream = events.slice(start, end);
    if (feedbackCodeOf(stream[0].streamId) !== undefined) addFeedbackRows(rows, foldFeedbackStream(undefined, stream));
    else addDossierRows(rows, foldDossierStream(undefined, stream, portal?.onEvent));
    start = end;
  }
  return rows;
}

function addDossierRows(rows: BulkRows, folded: ReturnType<typeof foldDossierStream>): void {
  rows.dossiers.push(dossierRowOf(folded.state, folded.state.lastEventAt!));
  rows.audit.push(...auditRowsOf(folded));
  rows.facts.push(...dossierFactRowsOf(folded.state));
  rows.steps.push(...dossierStepRowsOf(folded.state));
}

function addFeedbackRows(rows: BulkRows, state: ReturnType<typeof foldFeedbackStream>): void {
  rows.feedbacks.push(feedbackRowOf(state));
  rows.facts.push(...factRowsOf(feedbackSubject(state), feedbackFacts(state)));
}

async function insertRows(db: DataSource, tables: ReadModelTables, rows: BulkRows): Promise<void> {
  await Promise.all([
    copyRows(db, tables.dossiers, DOSSIER_COLUMN_NAMES, rows.dossiers),
    copyRows(db, tables.auditActions, AUDIT_COLUMN_NAMES, rows.audit),
    copyRows(db, tables.index766Facts, FACT_COLUMN_NAMES, rows.facts),
    copyRows(db, tables.dossierSteps, DOSSIER_STEP_COLUMN_NAMES, rows.steps),
    copyRows(db, tables.feedbacks, FEEDBACK_COLUMN_NAMES, rows.feedbacks),
    appendToOutbox(db.manager, rows.portal),
  ]);
}
