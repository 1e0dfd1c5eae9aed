import type { WorkingCalendar } from '../calendar/working-calendar';
import { pendingDeadlines, type PendingDeadline, type TimerCommandType } from './deadlines';
import { DossierRefusal, ensure, type RefusalCode } from './refusal';
import { ruleSetById } from './rule-sets';
import type { DossierState } from './state';
import type { AttachedDocument, StatusCode } from './vocabulary';

/** What a decision may consult besides the state: the unit's working calendar. */
export interface DecisionContext {
  readonly calendar: WorkingCalendar;
  /**
   * Accept without an internal process: how dossiers were accepted before processes existed, so that
   * their recorded workflow histories replay as they ran.
   */
  readonly withoutInternalProcess?: boolean;
}

/** Refuses with `INVALID_TRANSITION` (and the current status) unless the status is one of `allowed`. */
export function ensureStatus(state: DossierState, allowed: readonly StatusCode[], action: string): void {
  if (!(allowed as readonly number[]).includes(state.status)) {
    throw new DossierRefusal('INVALID_TRANSITION', `cannot ${action} a dossier in status ${state.status}`, {
      dossierStatus: state.status || undefined,
    });
  }
}

/** Refuses unless `text` has content. */
export function ensureText(text: string | undefined, code: RefusalCode, what: string): string {
  ensure(typeof text === 'string' && text.trim() !== '', code, `${what} is required`);
  return text.trim();
}

const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

/** True for a document with a file name and a sha256 content hash. */
export function isDocument(doc: Partial<AttachedDocument> | undefined): doc is AttachedDocument {
  return (
    !!doc && typeof doc.fileName === 'string' && doc.fileName.trim() !== '' && CONTENT_HASH.test(doc.contentHash ?? '')
  );
}

/** The document as an event keeps it: name, hash and, when it is one, the stored document's id. */
export function attachedDocumentOf(doc: AttachedDocument): AttachedDocument {
  return {
    fileName: doc.fileName,
    contentHash: doc.contentHash,
    ...(doc.documentId ? { documentId: doc.documentId } : {}),
  };
}

/** Parses an ISO instant or refuses with INVALID_COMMAND. */
export function parseInstant(text: string, what = 'instant'): Date {
  const at = new Date(text);
  ensure(
    typeof text === 'string' && !Number.isNaN(at.getTime()),
    'INVALID_COMMAND',
    `"${text}" is not a valid ${what}`,
  );
  return at;
}

/** The pending deadline a timer command records, after checking it is due at `at`. */
export function dueDeadline(
  state: DossierState,
  context: DecisionContext,
  type: TimerCommandType,
  at: Date,
): PendingDeadline {
  const deadline = pendingDeadlines(state, context.calendar).find((d) => d.command === type);
  ensure(deadline, 'INVALID_TRANSITION', `no pending deadline for ${type}`, {
    dossierStatus: state.status || undefined,
  });
  ensure(at.getTime() >= Date.parse(deadline.at), 'DEADLINE_NOT_REACHED', `the deadline is ${deadline.at}`);
  return deadline;
}

/** Id of the next audited action of a kind, e.g. `pause-2`. */
export function nextActionId(state: DossierState, prefix: string): string {
  return `${prefix}-${state.auditedActions.filter((a) => a.id.startsWith(`${prefix}-`)).length + 1}`;
}

/** Supplementation (before or after acceptance) is allowed at most `supplementLimit` times in a dossier's life. */
export function ensureSupplementAllowed(state: DossierState): void {
  const limit = ruleSetById(state.ruleSetId!).supplementLimit;
  ensure(
    state.supplementCount < limit,
    'SUPPLEMENT_LIMIT_REACHED',
    `supplementation may be requested at most ${limit} time(s) in a dossier's life; refuse the dossier with a reason instead`,
  );
}
