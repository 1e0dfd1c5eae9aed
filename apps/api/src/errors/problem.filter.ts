import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DossierRefusal, REFUSAL_CODES, type RefusalCode } from '../../../../libs/domain/src';
import { WrongExpectedVersion } from '../../../../libs/store/src';
import { ApiError } from './api-error';
import { REFUSAL_STATUS } from './refusal-status';
import { VERSION_CONFLICT } from '../../../../workflows/src/messages';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Renders every error as application/problem+json (RFC 9457) with a stable `code`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = toApiError(exception);
    if (problem.status >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problemBodyOf(problem, request.url));
  }
}

/** The RFC 9457 body of an error: standard members, our stable `code`, and the error's extra fields. */
export function problemBodyOf(problem: ApiError, instance: string): Record<string, unknown> {
  return {
    ...problem.extra,
    type: `https://motcua.dev/problems/${problem.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[problem.status] ?? 'Error',
    status: problem.status,
    code: problem.code,
    detail: problem.message,
    instance,
  };
}

/** Maps anything thrown to an ApiError; unknown errors become a 500 without leaking internals. */
export function toApiError(exception: unknown): ApiError {
  if (exception instanceof ApiError) return exception;
  if (exception instanceof DossierRefusal) return refusalError(exception.code, exception.message, exception.details);
  const refusal = refusalInCause(exception);
  if (refusal) return refusal;
  if (exception instanceof WrongExpectedVersion) {
    return new ApiError(412, 'VERSION_CONFLICT', exception.message, { version: exception.actual });
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isFastifyClientError(exception)) {
    return new ApiError(exception.statusCode, 'VALIDATION_FAILED', exception.message);
  }
  return new ApiError(500, 'INTERNAL_ERROR', 'internal error');
}

function refusalError(code: RefusalCode, message: string, details: unknown): ApiError {
  return new ApiError(
    REFUSAL_STATUS[code],
    code,
    message,
    details && typeof details === 'object' ? { ...details } : {},
  );
}

/** A refusal that travelled through Temporal (an Update's ApplicationFailure of type = refusal code). */
function refusalInCause(exception: unknown): ApiError | undefined {
  for (let e: unknown = exception, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const type = (e as { type?: unknown }).type;
    if (type === VERSION_CONFLICT) {
      const failure = e as { message: string; details?: unknown[] };
      return new ApiError(412, 'VERSION_CONFLICT', failure.message, { ...(failure.details?.[0] as object) });
    }
    if (typeof type === 'string' && (REFUSAL_CODES as readonly string[]).includes(type)) {
      const failure = e as { message: string; details?: unknown[] };
      return refusalError(type as RefusalCode, failure.message, failure.details?.[0]);
    }
  }
  return undefined;
}

function fromHttpException(exception: HttpException): ApiError {
  const status = exception.getStatus();
  const code =
    status === 404
      ? 'NOT_FOUND'
      : status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : 'VALIDATION_FAILED';
  return new ApiError(status, code, exception.message);
}

/** Fastify's own 4xx (malformed JSON, wrong content type, body too large). */
function isFastifyClientError(e: unknown): e is { statusCode: number; message: string } {
  const status = (e as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
