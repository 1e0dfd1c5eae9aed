import { createHash } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Config } from '@motcua/config';
import { IdempotencyKeys, type IdempotencyClaim } from '@motcua/store';
import type { Principal } from '../auth/principal';
import { ApiError } from '../errors/api-error';
import { problemBodyOf, toApiError } from '../errors/problem.filter';
import { CONFIG } from '../tokens';

/** What a POST handler may use of its `Idempotency-Key`. */
export interface Idempotency {
  /** Temporal Update id derived from the key: a re-sent Update is deduplicated by Temporal and the workflow. */
  readonly updateId: string;
  /** The dossier code a submission reserved on an earlier attempt, if any. */
  readonly dossierCode: string | null;
  /** Records the code this attempt reserved, unless an earlier one recorded another: returns the code that holds. */
  keepDossierCode(code: string): Promise<string>;
}

type IdempotentRequest = FastifyRequest & { principal?: Principal; idempotency?: Idempotency };
type Claimed = Extract<IdempotencyClaim, { kind: 'claimed' }>;

const KEY = /^[\w.:-]{8,128}$/;
const POLL_MS = 100;

/**
 * `Idempotency-Key` on every POST. The first answer (success or client error) is remembered per
 * caller and key and replayed to every retry; a key reused with another request is refused (422).
 * An attempt holds the key under a lease longer than the command timeout: a retry that arrives
 * meanwhile waits for its answer; a retry after the lease ended (the attempt died, or failed with a
 * 5xx) runs the request again, with the same Update id and dossier code, so nothing is applied twice
 * and every retry gets an answer.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly leaseMs: number;

  constructor(
    private readonly keys: IdempotencyKeys,
    @Inject(CONFIG) config: Config,
  ) {
    this.leaseMs = config.api.idempotencyLeaseMs;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const key = request.headers['idempotency-key'];
    // An upload is idempotent by its content (the same bytes filed again answer with the first
    // document), and its body is a stream this interceptor could neither hash nor replay.
    if (request.method !== 'POST' || key === undefined || request.isMultipart()) return next.handle();
    return from(this.run(request, context.switchToHttp().getResponse<FastifyReply>(), String(key), next));
  }

  private async run(request: IdempotentRequest, reply: FastifyReply, key: string, next: CallHandler): Promise<unknown> {
    if (!KEY.test(key)) {
      throw ApiError.of(
        'VALIDATION_FAILED',
        'Idempotency-Key must be 8–128 letters, digits, dots, colons, dashes or underscores',
      );
    }
    const principal = request.principal?.id ?? 'anonymous';
    const route = `${request.method} ${request.routeOptions.url}`;
    // The body passed the JSON parser's checks (bounded depth, storable text), so it serialises safely.
    const hash = createHash('sha256')
      .update(`${route}\n${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const claim = await this.claimOrWait(principal, key, route, hash);
    if (claim.kind === 'answered') {
      void reply.status(claim.status);
      if (claim.status >= 400) void reply.header('content-type', 'application/problem+json; charset=utf-8');
      return claim.body;
    }
    request.idempotency = {
      updateId: createHash('sha256').update(`${principal}\n${key}`).digest('hex').slice(0, 32),
      dossierCode: claim.dossierCode,
      keepDossierCode: (code) => this.keys.keepDossierCode(principal, key, code),
    };
    return this.runUnderClaim(principal, key, claim, request, reply, next);
  }

  /** Runs the request under the claim and stores its answer; a 5xx releases the claim for the next retry. */
  private async runUnderClaim(
    principal: string,
    key: string,
    claim: Claimed,
    request: FastifyRequest,
    reply: FastifyReply,
    next: CallHandler,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      const problem = toApiError(error);
      const stored =
        problem.status >= 500
          ? this.keys.release(principal, key, claim.attempt)
          : this.keys.answer(principal, key, claim.attempt, problem.status, problemBodyOf(problem, request.url));
      await stored.catch((e: unknown) => this.unstored(key, e));
      throw error;
    }
    // The effect is applied: answer it even if remembering fails (the lease then lets a retry ask again).
    await this.keys
      .answer(principal, key, claim.attempt, reply.statusCode, body)
      .catch((e: unknown) => this.unstored(key, e));
    return body;
  }

  /** Claims the key, waiting while another attempt holds it (its answer, or the end of its lease, comes first). */
  private async claimOrWait(
    principal: string,
    key: string,
    route: string,
    hash: string,
  ): Promise<Claimed | Extract<IdempotencyClaim, { kind: 'answered' }>> {
    const waitUntil = Date.now() + this.leaseMs + POLL_MS;
    for (;;) {
      const claim = await this.keys.claim(principal, key, route, hash, this.leaseMs);
      if (claim.kind === 'reused') {
        throw ApiError.of('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another request');
      }
      if (claim.kind !== 'held') return claim;
      if (Date.now() >= waitUntil) {
        const seconds = Math.max(1, Math.ceil((claim.leaseUntil.getTime() - Date.now()) / 1000));
        throw ApiError.of('IDEMPOTENCY_KEY_IN_USE', 'the first request with this Idempotency-Key is still running', {
          retryAfterSeconds: seconds,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private unstored(key: string, error: unknown): void {
    this.logger.warn(`answer of Idempotency-Key ${key} not stored: ${error instanceof Error ? error.message : error}`);
  }
}
