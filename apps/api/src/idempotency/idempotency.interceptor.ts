import { createHash } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ApiError } from '../errors/api-error';
import { problemBodyOf, toApiError } from '../errors/problem.filter';
import { DATA_SOURCE } from '../tokens';

/** What a POST handler may use of its `Idempotency-Key`. */
export interface Idempotency {
  /** Temporal Update id derived from the key: a re-sent Update is deduplicated by Temporal itself. */
  readonly updateId: string;
  /** The dossier code a submission reserved on its first attempt, if any. */
  readonly dossierCode: string | null;
  rememberDossierCode(code: string): Promise<void>;
}

type IdempotentRequest = FastifyRequest & { principal?: Principal; idempotency?: Idempotency };

const IN_PROGRESS_WAIT_MS = 15_000;
const KEY = /^[\w.:-]{8,128}$/;
/** `status` of a remembered attempt that failed with a 5xx: the next retry takes it over. */
const RETRYABLE = -1;

/**
 * `Idempotency-Key` on every POST: the first response (success or client error) is remembered per
 * caller and key and replayed to every retry; a retry that races the first attempt waits for it; a
 * key reused with another request is refused (422). After a server error the retry runs again, with
 * the same Update id and dossier code, so nothing is applied twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    return from(this.run(request, context.switchToHttp().getResponse<FastifyReply>(), String(key), next));
  }

  private async run(request: IdempotentRequest, reply: FastifyReply, key: string, next: CallHandler): Promise<unknown> {
    if (!KEY.test(key)) {
      throw new ApiError(
        400,
        'VALIDATION_FAILED',
        'Idempotency-Key must be 8–128 letters, digits, dots, colons, dashes or underscores',
      );
    }
    const principal = request.principal?.id ?? 'anonymous';
    const route = `${request.method} ${request.routeOptions.url}`;
    const hash = createHash('sha256')
      .update(`${route}\n${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const claimed = await this.claim(principal, key, route, hash);
    if (claimed.replay) {
      void reply.status(claimed.replay.status);
      if (claimed.replay.status >= 400) void reply.header('content-type', 'application/problem+json; charset=utf-8');
      return claimed.replay.body;
    }
    request.idempotency = {
      updateId: createHash('sha256').update(`${principal}\n${key}`).digest('hex').slice(0, 32),
      dossierCode: claimed.dossierCode,
      rememberDossierCode: async (code) => {
        await this.db.query('UPDATE idempotency_keys SET dossier_code = $3 WHERE principal = $1 AND key = $2', [
          principal,
          key,
          code,
        ]);
      },
    };
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.remember(principal, key, reply.statusCode, body);
      return body;
    } catch (error) {
      const problem = toApiError(error);
      if (problem.status >= 500) await this.remember(principal, key, RETRYABLE, null);
      else await this.remember(principal, key, problem.status, problemBodyOf(problem, request.url));
      throw error;
    }
  }

  /** Claims the key for this attempt, or returns the response to replay. */
  private async claim(
    principal: string,
    key: string,
    route: string,
    hash: string,
  ): Promise<{ replay?: { status: number; body: unknown }; dossierCode: string | null }> {
    const deadline = Date.now() + IN_PROGRESS_WAIT_MS;
    for (;;) {
      const inserted = await this.db.query(
        `INSERT INTO idempotency_keys (principal, key, route, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING key`,
        [principal, key, route, hash],
      );
      if (inserted.length > 0) return { dossierCode: null };
      const [row] = await this.db.query('SELECT * FROM idempotency_keys WHERE principal = $1 AND key = $2', [
        principal,
        key,
      ]);
      if (!row) continue;
      if (row.request_hash !== hash) {
        throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another request');
      }
      if (row.status === RETRYABLE) {
        const taken = await this.db.query(
          `UPDATE idempotency_keys SET status = NULL WHERE principal = $1 AND key = $2 AND status = ${RETRYABLE} RETURNING dossier_code`,
          [principal, key],
        );
        if (taken.length > 0) return { dossierCode: taken[0].dossier_code };
        continue;
      }
      if (row.status !== null) return { replay: { status: row.status, body: row.body }, dossierCode: row.dossier_code };
      if (Date.now() > deadline)
        throw new ApiError(
          409,
          'IDEMPOTENCY_KEY_REUSED',
          'the first request with this Idempotency-Key is still running',
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async remember(principal: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.query('UPDATE idempotency_keys SET status = $3, body = $4 WHERE principal = $1 AND key = $2', [
      principal,
      key,
      status,
      body === undefined ? null : JSON.stringify(body),
    ]);
  }
}
