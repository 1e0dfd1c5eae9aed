import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { queryRows } from './prepared';

/** What a request with an `Idempotency-Key` finds when it claims the key. */
export type IdempotencyClaim =
  /** This attempt holds the key until its lease ends; the dossier code a former attempt reserved, if any. */
  | { readonly kind: 'claimed'; readonly attempt: string; readonly dossierCode: string | null }
  /** A former attempt answered: replay its status and body. */
  | { readonly kind: 'answered'; readonly status: number; readonly body: unknown }
  /** Another attempt holds the key until `leaseUntil`. */
  | { readonly kind: 'held'; readonly leaseUntil: Date }
  /** The key was used for another request. */
  | { readonly kind: 'reused' };

interface KeyRow {
  request_hash: string;
  status: number | null;
  body: string | null;
  lease_until: Date | null;
}

/**
 * Remembered answers of `Idempotency-Key` requests (table `idempotency_keys`), per caller and key.
 * A key is claimed by one attempt at a time under a lease (the database's clock, so every API
 * instance agrees); only the holder stores the answer; a claim whose lease ended (its attempt died
 * or failed with a 5xx) is taken over by the next retry, which runs the request again.
 */
export class IdempotencyKeys {
  constructor(private readonly db: DataSource) {}

  /** Claims the key for a new attempt, or says who has it or what it answered. */
  async claim(
    principal: string,
    key: string,
    route: string,
    requestHash: string,
    leaseMs: number,
  ): Promise<IdempotencyClaim> {
    for (;;) {
      const attempt = randomUUID();
      // One statement: the row lock makes a takeover exclusive (a concurrent one re-checks the lease and loses).
      const [won] = await queryRows<{ dossier_code: string | null }>(
        this.db,
        `INSERT INTO idempotency_keys AS k (principal, key, route, request_hash, attempt, lease_until)
         VALUES ($1, $2, $3, $4, $5, clock_timestamp() + make_interval(secs => $6::float8 / 1000))
         ON CONFLICT (principal, key) DO UPDATE SET attempt = EXCLUDED.attempt, lease_until = EXCLUDED.lease_until
           WHERE k.status IS NULL AND k.request_hash = EXCLUDED.request_hash
             AND (k.lease_until IS NULL OR k.lease_until < clock_timestamp())
         RETURNING k.dossier_code`,
        [principal, key, route, requestHash, attempt, leaseMs],
      );
      if (won) return { kind: 'claimed', attempt, dossierCode: won.dossier_code };
      const [row] = await queryRows<KeyRow>(
        this.db,
        'SELECT request_hash, status, body, lease_until FROM idempotency_keys WHERE principal = $1 AND key = $2',
        [principal, key],
      );
      if (!row) continue;
      if (row.request_hash !== requestHash) return { kind: 'reused' };
      if (row.status !== null)
        return { kind: 'answered', status: row.status, body: row.body === null ? undefined : JSON.parse(row.body) };
      return { kind: 'held', leaseUntil: row.lease_until ?? new Date(0) };
    }
  }

  /** Stores the answer of the attempt holding the claim; false when the claim was taken over meanwhile. */
  async answer(principal: string, key: string, attempt: string, status: number, body: unknown): Promise<boolean> {
    const rows = await queryRows(
      this.db,
      `UPDATE idempotency_keys SET status = $4, body = $5, lease_until = NULL
       WHERE principal = $1 AND key = $2 AND attempt = $3 AND status IS NULL RETURNING 1`,
      [principal, key, attempt, status, body === undefined ? null : JSON.stringify(body)],
    );
    return rows.length > 0;
  }

  /** Ends the attempt's lease at once (it failed without an answer worth keeping): the next retry runs again. */
  async release(principal: string, key: string, attempt: string): Promise<void> {
    await queryRows(
      this.db,
      `UPDATE idempotency_keys SET lease_until = '-infinity' WHERE principal = $1 AND key = $2 AND attempt = $3 AND status IS NULL`,
      [principal, key, attempt],
    );
  }

  /**
   * Records the dossier code a keyed submission reserved, unless an earlier attempt recorded one:
   * returns the code that holds, so every attempt of one key submits the same dossier.
   */
  async keepDossierCode(principal: string, key: string, code: string): Promise<string> {
    const [row] = await queryRows<{ dossier_code: string }>(
      this.db,
      `UPDATE idempotency_keys SET dossier_code = COALESCE(dossier_code, $3)
       WHERE principal = $1 AND key = $2 RETURNING dossier_code`,
      [principal, key, code],
    );
    return row?.dossier_code ?? code;
  }
}
