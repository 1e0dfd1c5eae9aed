import { reportingDayOf } from '../calendar/reporting-days';

/**
 * Feedback and petitions (phản ánh, kiến nghị — PAKN): a person or organisation raises feedback
 * about a procedure's rules or about how a dossier or an officer handled them; the unit classifies,
 * assigns and answers it in writing within a deadline, and publishes the answer (national-sync.md).
 */

/** Where the feedback came in: at the desk, through the applicant's account, or the public page (no account). */
export type FeedbackChannel = 'desk' | 'online' | 'public';
export const FEEDBACK_CHANNELS: readonly FeedbackChannel[] = ['desk', 'online', 'public'];

/** What it is about: a procedure's rules (TTHC) or staff conduct (cán bộ) — the dashboard's 5.1 counts. */
export type FeedbackCategory = 'procedure' | 'staff';
export const FEEDBACK_CATEGORIES: readonly FeedbackCategory[] = ['procedure', 'staff'];

/** The sender's rating of a published answer. */
export type FeedbackRating = 'satisfied' | 'unsatisfied';

/** Who raised the feedback: enough to answer them in writing. */
export interface FeedbackSender {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
}

/**
 * A feedback code: `<agency>-<yymmdd>-PA<number>` (PA: phản ánh). It cannot be read as a dossier code
 * (those end in digits after the day), so the two never collide in routes or lookups.
 */
export const FEEDBACK_CODE_PATTERN = '([A-Z0-9.-]{1,32})-\\d{6}-PA\\d{6,12}';
export const FEEDBACK_CODE = new RegExp(`^${FEEDBACK_CODE_PATTERN}$`);

/** The agency a feedback belongs to, read off its code (undefined when malformed): scopes its routes. */
export function agencyOfFeedbackCode(code: string): string | undefined {
  return FEEDBACK_CODE.exec(code)?.[1];
}

/** A feedback code for the agency, the local day of receipt and a number of at least six digits. */
export function formatFeedbackCode(agencyCode: string, receivedAt: Date, number: number | string): string {
  const day = reportingDayOf(receivedAt);
  return `${agencyCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-PA${String(number).padStart(6, '0')}`;
}

/** Event-store streams of feedback are named `feedback-<code>`. */
export const FEEDBACK_STREAM_PREFIX = 'feedback-';

export function feedbackStreamId(feedbackCode: string): string {
  return `${FEEDBACK_STREAM_PREFIX}${feedbackCode}`;
}

/** The feedback code of a feedback stream's id; undefined for other streams. */
export function feedbackCodeOf(streamId: string): string | undefined {
  return streamId.startsWith(FEEDBACK_STREAM_PREFIX) ? streamId.slice(FEEDBACK_STREAM_PREFIX.length) : undefined;
}
