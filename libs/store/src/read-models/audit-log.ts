import type { DataSource } from 'typeorm';
import { SqlFilter, isoOrNull, scopeToAgencies, type AgencyScope } from '../sql-filter';

/** An action supervisors audit (pause, supplementation or completion request, cancellation) and its verdict. */
export interface AuditedActionRow {
  /** `<dossier code>:<action id>`. */
  readonly id: string;
  readonly dossierCode: string;
  readonly actionId: string;
  readonly agencyCode: string;
  readonly kind: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly reason: string;
  readonly endedAt: string | null;
  readonly stoppedWorkingMinutes: number | null;
  readonly verdict: string | null;
  readonly reviewedAt: string | null;
  readonly reviewerId: string | null;
  readonly reviewNote: string | null;
}

/** Which audited actions to read. */
export interface AuditFilter {
  readonly agencies: AgencyScope;
  readonly kind?: string;
  /** Instants (ISO-8601): from inclusive, to exclusive. */
  readonly from?: string;
  readonly to?: string;
}

/** Where an action sits in the newest-first order. */
export interface AuditKey {
  readonly at: string;
  readonly id: string;
}

/** The supervisors' audit log (`audit_actions` read model). */
export class AuditLog {
  constructor(private readonly db: DataSource) {}

  /** Newest first, in keyset pages; `verdict` pending = not yet reviewed. */
  async actions(
    filter: AuditFilter & { readonly verdict?: 'pending' | 'justified' | 'unjustified'; readonly after?: AuditKey },
    limit: number,
  ): Promise<{ rows: AuditedActionRow[]; next: AuditKey | null }> {
    const where = whereOf(filter);
    if (filter.verdict === 'pending') where.add(() => 'verdict IS NULL');
    else if (filter.verdict) where.add((p) => `verdict = ${p(filter.verdict)}`);
    const after = filter.after;
    if (after) where.add((p) => `(at, id) < (${p(after.at)}::timestamptz, ${p(after.id)})`);
    const found = await this.db.query(
      `SELECT * FROM audit_actions ${where.where()} ORDER BY at DESC, id DESC LIMIT ${limit + 1}`,
      where.params,
    );
    const rows = found.slice(0, limit).map(toRow);
    const last = rows[rows.length - 1];
    return { rows, next: found.length > limit && last ? { at: last.at, id: last.id } : null };
  }

  /**
   * A spot-check sample (kiểm tra ngẫu nhiên) of actions not yet reviewed: ordered by a hash of each
   * action with the seed, so the same seed over the same actions gives the same sample.
   */
  async sample(filter: AuditFilter, seed: string, size: number): Promise<AuditedActionRow[]> {
    const where = whereOf(filter).add(() => 'verdict IS NULL');
    const params = [...where.params, seed];
    const rows = await this.db.query(
      `SELECT * FROM audit_actions ${where.where()} ORDER BY md5(id || $${params.length}), id LIMIT ${size}`,
      params,
    );
    return rows.map(toRow);
  }
}

function whereOf(filter: AuditFilter): SqlFilter {
  const where = scopeToAgencies(new SqlFilter(), filter.agencies);
  if (filter.kind) where.add((p) => `kind = ${p(filter.kind)}`);
  if (filter.from) where.add((p) => `at >= ${p(filter.from)}`);
  if (filter.to) where.add((p) => `at < ${p(filter.to)}`);
  return where;
}

function toRow(row: Record<string, unknown>): AuditedActionRow {
  return {
    id: row.id as string,
    dossierCode: row.dossier_code as string,
    actionId: row.action_id as string,
    agencyCode: row.agency_code as string,
    kind: row.kind as string,
    at: isoOrNull(row.at)!,
    actorId: row.actor_id as string | null,
    reason: row.reason as string,
    endedAt: isoOrNull(row.ended_at),
    stoppedWorkingMinutes: row.stopped_working_minutes as number | null,
    verdict: row.verdict as string | null,
    reviewedAt: isoOrNull(row.reviewed_at),
    reviewerId: row.reviewer_id as string | null,
    reviewNote: row.review_note as string | null,
  };
}
