import { RuleRefusal } from '../rule-refusal';
import type { StatusCode } from './vocabulary';

/** Every reason a dossier command can be refused. Stable: clients and tests match on them. */
export const REFUSAL_CODES = [
  'INVALID_COMMAND',
  'INVALID_TRANSITION',
  'DOSSIER_CLOSED',
  'ALREADY_SUBMITTED',
  'NOT_SUBMITTED',
  'REASON_REQUIRED',
  'MISSING_COMPONENTS_REQUIRED',
  'SUPPLEMENT_LIMIT_REACHED',
  'PAUSE_REASON_CODE_REQUIRED',
  'PAUSE_REASON_REQUIRED',
  'PAUSE_ATTACHMENT_REQUIRED',
  'PAUSE_NOTICE_REQUIRED',
  'ALREADY_PAUSED',
  'NOT_PAUSED',
  'APOLOGY_LIMIT_REACHED',
  'APOLOGY_DATE_NOT_AFTER_DUE',
  'RESULT_DOCUMENT_REQUIRED',
  'ALREADY_RATED',
  'AUDITED_ACTION_NOT_FOUND',
  'ALREADY_REVIEWED',
  'DEADLINE_NOT_REACHED',
  'INSTANT_BEFORE_LAST_EVENT',
  // The internal process (hand-overs between units).
  'NO_INTERNAL_PROCESS',
  'NOT_HOLDER',
  'ALREADY_RECEIVED',
  'NOT_IN_YOUR_UNIT',
  'NOT_ASSIGNED_TO_YOU',
  'ALREADY_ASSIGNED',
  'LEADER_REQUIRED',
  'UNIT_NOT_IN_PROCESS',
  'NOT_NEXT_STEP',
  'NO_NEXT_STEP',
  'STEP_NOT_FOUND',
  'NOT_AN_EARLIER_STEP',
  // Papers motcua issues.
  'SLIP_NOT_PENDING',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A command the rules refuse. Carries a stable code, a readable message and, for transitions, the dossier status. */
export class DossierRefusal extends RuleRefusal<RefusalCode> {
  override readonly name = 'DossierRefusal';
  declare readonly details: { readonly dossierStatus?: StatusCode; readonly [key: string]: unknown };
}

/** Throws a refusal with `code` unless `condition` holds. */
export function ensure(
  condition: unknown,
  code: RefusalCode,
  message: string,
  details?: DossierRefusal['details'],
): asserts condition {
  if (!condition) throw new DossierRefusal(code, message, details);
}
