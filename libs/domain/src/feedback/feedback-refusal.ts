import { RuleRefusal } from '../rule-refusal';

/** Every reason a feedback command can be refused. Stable: clients and tests match on them. */
export const FEEDBACK_REFUSAL_CODES = [
  'INVALID_FEEDBACK_COMMAND',
  'FEEDBACK_ALREADY_RECEIVED',
  'FEEDBACK_NOT_RECEIVED',
  'FEEDBACK_ALREADY_ANSWERED',
  'FEEDBACK_NOT_CLASSIFIED',
  'FEEDBACK_NOT_ASSIGNED',
  'FEEDBACK_NOT_ASSIGNED_TO_YOU',
  'FEEDBACK_NOT_ANSWERED',
  'FEEDBACK_ANSWER_ALREADY_PUBLISHED',
  'FEEDBACK_ANSWER_NOT_PUBLISHED',
  'FEEDBACK_ALREADY_RATED',
  'FEEDBACK_REASON_REQUIRED',
  'FEEDBACK_EXTENSION_LIMIT_REACHED',
  'FEEDBACK_DEADLINE_PASSED',
  'FEEDBACK_RAISE_AGAIN_LIMIT_REACHED',
  'FEEDBACK_DEADLINE_NOT_REACHED',
] as const;
export type FeedbackRefusalCode = (typeof FEEDBACK_REFUSAL_CODES)[number];

/** A feedback command the rules refuse, with a stable code and a readable message. */
export class FeedbackRefusal extends RuleRefusal<FeedbackRefusalCode> {
  override readonly name = 'FeedbackRefusal';
}

/** Throws a refusal with `code` unless `condition` holds. */
export function ensureFeedback(condition: unknown, code: FeedbackRefusalCode, message: string): asserts condition {
  if (!condition) throw new FeedbackRefusal(code, message);
}
