import type { RefusalCode } from '../../../../libs/domain/src';

/** Codes of errors the API itself raises (besides the domain's refusal codes). */
export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'DOSSIER_NOT_FOUND'
  | 'PROCEDURE_NOT_FOUND'
  | 'AGENCY_NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'VERSION_CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'DEPENDENCY_UNAVAILABLE'
  | 'INTERNAL_ERROR';

export type ProblemCode = ApiErrorCode | RefusalCode;

/** One failing field of a request. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An error with an HTTP status and a stable code, rendered as application/problem+json. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly extra: { readonly errors?: readonly FieldProblem[]; readonly [key: string]: unknown } = {},
  ) {
    super(message);
  }
}
