import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DossierRefusal,
  FEEDBACK_REFUSAL_CODES,
  FeedbackRefusal,
  REFUSAL_CODES,
  type FeedbackRefusalCode,
  type RefusalCode,
} from '@motcua/domain';
import { WrongExpectedVersion } from '@motcua/store';
import { ApiError, type ApiErrorCode } from './api-error';
import { outageOf } from './outages';
import { VERSION_CONFLICT } from '@motcua/workflows/messages';

/** Reason phrases (RFC 9110) used as problem titles. */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Seconds a client should wait before retrying after an outage or a timeout. */
const RETRY_AFTER_SECONDS = 2;

/** Renders every error as application/problem+json (RFC 9457) with a stable `code`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = toApiError(exception);
    if (problem.status === 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (problem.extra.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(problem.extra.retryAfterSeconds));
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problemBodyOf(problem, request.url));
  }
}

/** The RFC 9457 body of an error: standard members, our stable `code`, and the error's extra fields. */
export function problemBodyOf(problem: ApiError, instance: string): Record<string, unknown> {
  const { retryAfterSeconds: _header, ...extra } = problem.extra;
  return {
    ...extra,
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
  if (exception instanceof FeedbackRefusal) return ApiError.feedbackRefusal(exception.code, exception.message);
  const refusal = refusalInCause(exception);
  if (refusal) return refusal;
  if (exception instanceof WrongExpectedVersion) {
    return ApiError.of('VERSION_CONFLICT', exception.message, { version: exception.actual });
  }
  if (exception instanceof HttpException) return fromStatus(exception.getStatus(), exception.message);
  if (isFastifyClientError(exception)) return fromStatus(exception.statusCode, exception.message);
  const outage = outageOf(exception);
  if (outage === 'unavailable') {
    return ApiError.of(
      'SERVICE_UNAVAILABLE',
      'PostgreSQL, Temporal or the document store cannot be reached; nothing was applied',
      {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    );
  }
  if (outage === 'timeout') {
    return ApiError.of(
      'COMMAND_TIMEOUT',
      'the dossier did not answer in time; the command may still be applied: retry with the same Idempotency-Key',
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  }
  return ApiError.of('INTERNAL_ERROR', 'internal error');
}

function refusalError(code: RefusalCode, message: string, details: unknown): ApiError {
  return ApiError.refusal(code, message, details && typeof details === 'object' ? { ...details } : {});
}

/** A refusal that travelled through Temporal (an Update's ApplicationFailure of type = refusal code). */
function refusalInCause(exception: unknown): ApiError | undefined {
  for (let e: unknown = exception, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const type = (e as { type?: unknown }).type;
    if (type === VERSION_CONFLICT) {
      const failure = e as { message: string; details?: unknown[] };
      return ApiError.of('VERSION_CONFLICT', failure.message, { ...(failure.details?.[0] as object) });
    }
    if (typeof type === 'string' && (REFUSAL_CODES as readonly string[]).includes(type)) {
      const failure = e as { message: string; details?: unknown[] };
      return refusalError(type as RefusalCode, failure.message, failure.details?.[0]);
    }
    if (typeof type === 'string' && (FEEDBACK_REFUSAL_CODES as readonly string[]).includes(type)) {
      return ApiError.feedbackRefusal(type as FeedbackRefusalCode, (e as { message: string }).message);
    }
  }
  return undefined;
}

/** Codes of the client errors raised by Nest or Fastify themselves (routing, body parsing). */
const CLIENT_ERROR_CODES: Record<number, ApiErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

function fromStatus(status: number, message: string): ApiError {
  if (status >= 500) return ApiError.of('INTERNAL_ERROR', 'internal error');
  return ApiError.of(CLIENT_ERROR_CODES[status] ?? 'VALIDATION_FAILED', message);
}

/** Fastify's own 4xx (malformed JSON, wrong content type, body too large). */
function isFastifyClientError(e: unknown): e is { statusCode: number; message: string } {
  const status = (e as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
