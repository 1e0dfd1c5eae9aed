import type { FeedbackRefusalCode, RefusalCode } from '@motcua/domain';
import { FEEDBACK_REFUSAL_STATUS, REFUSAL_STATUS } from './refusal-status';

/**
 * HTTP status of every error the API itself raises (besides the domain's refusals, see
 * refusal-status.ts). One table: a code always answers with the same status.
 */
export const API_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DOSSIER_NOT_FOUND: 404,
  FEEDBACK_NOT_FOUND: 404,
  /** Too many requests from one address to a public route: wait `Retry-After` seconds. */
  RATE_LIMITED: 429,
  /** Public feedback about a dossier must carry the dossier's lookup key (printed on its receipt). */
  DOSSIER_KEY_MISMATCH: 422,
  /** The first request with this Idempotency-Key is still running (its claim is held): retry later. */
  IDEMPOTENCY_KEY_IN_USE: 409,
  /** Only a dead letter to the national portal can be replayed. */
  NOT_A_DEAD_LETTER: 409,
  VERSION_CONFLICT: 412,
  PAYLOAD_TOO_LARGE: 413,
  /** The upload passed the limit per file or per dossier: nothing was stored. */
  DOCUMENT_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The upload's bytes are not of an allowed format (PDF, JPEG, PNG, XML, DOCX by default): nothing was stored. */
  DOCUMENT_TYPE_NOT_ALLOWED: 415,
  /** The upload's body ended before its last part did: nothing was stored. */
  UPLOAD_INCOMPLETE: 400,
  RANGE_NOT_SATISFIABLE: 416,
  PROCEDURE_NOT_FOUND: 422,
  /** A command names a document the dossier does not hold (upload it first): nothing was applied. */
  DOCUMENT_NOT_FOUND: 422,
  E_SIGNATURE_INVALID: 422,
  SLIP_PENDING: 503,
  AGENCY_NOT_FOUND: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  INTERNAL_ERROR: 500,
  /** PostgreSQL, Temporal or the document store cannot be reached: nothing was applied, retry later. */
  SERVICE_UNAVAILABLE: 503,
  /** Temporal did not answer in time: the command may still be applied, retry with the same key. */
  COMMAND_TIMEOUT: 504,
} as const satisfies Record<string, number>;

/** Codes of errors the API itself raises. */
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export type ProblemCode = ApiErrorCode | RefusalCode | FeedbackRefusalCode;

/** One failing field of a request. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** Extra members of a problem body, and how soon a retry makes sense (the `Retry-After` header). */
export interface ProblemExtra {
  readonly errors?: readonly FieldProblem[];
  readonly retryAfterSeconds?: number;
  readonly [key: string]: unknown;
}

/** An error with an HTTP status and a stable code, rendered as application/problem+json. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  private constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly extra: ProblemExtra = {},
  ) {
    super(message);
  }

  /** An error of the API's own, its status read from {@link API_ERROR_STATUS}. */
  static of(code: ApiErrorCode, message: string, extra: ProblemExtra = {}): ApiError {
    return new ApiError(API_ERROR_STATUS[code], code, message, extra);
  }

  /** A domain refusal, its status read from {@link REFUSAL_STATUS}. */
  static refusal(code: RefusalCode, message: string, extra: ProblemExtra = {}): ApiError {
    return new ApiError(REFUSAL_STATUS[code], code, message, extra);
  }

  /** A feedback command's refusal, its status read from {@link FEEDBACK_REFUSAL_STATUS}. */
  static feedbackRefusal(code: FeedbackRefusalCode, message: string): ApiError {
    return new ApiError(FEEDBACK_REFUSAL_STATUS[code], code, message);
  }
}
