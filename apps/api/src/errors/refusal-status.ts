import type { RefusalCode } from '../../../../libs/domain/src';

/**
 * HTTP status of each domain refusal: 400 malformed command, 404 missing target, 409 the dossier's
 * status does not allow it, 422 a business rule refuses it. Exhaustive: a new code will not compile
 * until it is placed here.
 */
export const REFUSAL_STATUS: Readonly<Record<RefusalCode, 400 | 404 | 409 | 422>> = {
  INVALID_COMMAND: 400,
  NOT_SUBMITTED: 404,
  AUDITED_ACTION_NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  DOSSIER_CLOSED: 409,
  ALREADY_SUBMITTED: 409,
  ALREADY_PAUSED: 409,
  NOT_PAUSED: 409,
  ALREADY_RATED: 409,
  ALREADY_REVIEWED: 409,
  REASON_REQUIRED: 422,
  MISSING_COMPONENTS_REQUIRED: 422,
  SUPPLEMENT_LIMIT_REACHED: 422,
  PAUSE_REASON_REQUIRED: 422,
  PAUSE_ATTACHMENT_REQUIRED: 422,
  PAUSE_NOTICE_REQUIRED: 422,
  APOLOGY_LIMIT_REACHED: 422,
  APOLOGY_DATE_NOT_AFTER_DUE: 422,
  APOLOGY_SLIP_REQUIRED: 422,
  RESULT_DOCUMENT_REQUIRED: 422,
  DEADLINE_NOT_REACHED: 422,
  INSTANT_BEFORE_LAST_EVENT: 422,
};
