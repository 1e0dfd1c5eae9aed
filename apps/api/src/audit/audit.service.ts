import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { isoOrNull } from '../http/sql-values';
import { SqlFilter, agenciesInScope, decodeCursor, encodeCursor } from '../http/cursor';
import type { AuditQuery, AuditSampleQuery } from '../http/query.schemas';
import { DATA_SOURCE } from '../tokens';

export interface AuditedActionView {
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

/** The supervisors' audit queue (pauses, supplementation requests, cancellations) from its read model. */
@Injectable()
export class AuditService {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  async list(
    query: AuditQuery,
    principal: Principal,
  ): Promise<{ items: AuditedActionView[]; nextCursor: string | null }> {
    const filter = this.filter(query, principal);
    if (query.verdict === 'pending') filter.add(() => 'verdict IS NULL');
    else if (query.verdict) filter.add((p) => `verdict = ${p(query.verdict)}`);
    const after = decodeCursor(query.cursor, 2);
    if (after) filter.add((p) => `(at, id) < (${p(after[0])}::timestamptz, ${p(after[1])})`);
    const rows = await this.db.query(
      `SELECT * FROM audit_actions ${filter.where()} ORDER BY at DESC, id DESC LIMIT ${query.limit + 1}`,
      filter.params,
    );
    const page = rows.slice(0, query.limit).map(toView);
    const last = page[page.length - 1];
    return { items: page, nextCursor: rows.length > query.limit && last ? encodeCursor([last.at, last.id]) : null };
  }

  /**
   * A random spot-check sample (kiểm tra ngẫu nhiên) of actions not yet reviewed: the order is a hash
   * of each action with the seed, so the same seed over the same actions gives the same sample.
   */
  async sample(query: AuditSampleQuery, principal: Principal): Promise<{ seed: string; items: AuditedActionView[] }> {
    const seed = query.seed ?? randomBytes(6).toString('hex');
    const filter = this.filter(query, principal).add(() => 'verdict IS NULL');
    const params = [...filter.params, seed];
    const rows = await this.db.query(
      `SELECT * FROM audit_actions ${filter.where()} ORDER BY md5(id || $${params.length}), id LIMIT ${query.size}`,
      params,
    );
    return { seed, items: rows.map(toView) };
  }

  private filter(
    query: { kind?: string; agency?: string; from?: string; to?: string },
    principal: Principal,
  ): SqlFilter {
    const filter = new SqlFilter();
    const agencies = agenciesInScope(principal.agencies, query.agency);
    if (agencies !== '*') filter.add((p) => `agency_code = ANY(${p(agencies)})`);
    if (query.kind) filter.add((p) => `kind = ${p(query.kind)}`);
    if (query.from) filter.add((p) => `at >= ${p(query.from)}`);
    if (query.to) filter.add((p) => `at < ${p(query.to)}`);
    return filter;
  }
}

function toView(row: Record<string, unknown>): AuditedActionView {
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
