import { WorkflowUpdateRPCTimeoutOrCancelledError, isGrpcServiceError } from '@temporalio/client';
import { BlobStoreUnavailable } from '@motcua/store';

/** What an error says about our dependencies: away (nothing applied), too slow (outcome unknown), or neither. */
export type Outage = 'unavailable' | 'timeout' | undefined;

/** Socket errors of a dependency that is down or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * PostgreSQL's own codes for a server that is away or going away: class 08 (connection exception),
 * 57P01–57P03 (shut down, crashed, starting up), 53300 (too many connections).
 */
const POSTGRES_AWAY = /^(08...|57P0[123]|53300)$/;
/** node-postgres reports a lost or refused connection in words, without a code. */
const POSTGRES_CLIENT_AWAY =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Client was closed|Connection is closed/i;
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

/** Classifies `error` (following its causes) as a dependency outage, or undefined. */
export function outageOf(error: unknown): Outage {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const e = pending.pop();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const found = classify(e);
    if (found) return found;
    const { cause, driverError, errors } = e as { cause?: unknown; driverError?: unknown; errors?: unknown };
    pending.push(cause, driverError, ...(Array.isArray(errors) ? errors : []));
  }
  return undefined;
}

function classify(e: object): Outage {
  if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return 'timeout';
  if (isGrpcServiceError(e)) {
    if (e.code === GRPC_UNAVAILABLE) return 'unavailable';
    if (e.code === GRPC_DEADLINE_EXCEEDED) return 'timeout';
    return undefined;
  }
  if (e instanceof BlobStoreUnavailable) return 'unavailable';
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_AWAY.test(code))) return 'unavailable';
  const message = (e as { message?: unknown }).message;
  if (typeof message === 'string' && POSTGRES_CLIENT_AWAY.test(message)) return 'unavailable';
  return undefined;
}
