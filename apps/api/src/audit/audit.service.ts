import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, StepLateness, type AuditFilter, type AuditedActionRow, type StepLatenessRow } from '@motcua/store';
import type { Principal } from '../auth/principal';
import { agenciesInScope, decodeCursor, encodeCursor } from '../http/cursor';
import type { AuditQuery, AuditSampleQuery, StepsQuery } from '../http/query.schemas';
import { CLOCK, type Clock } from '../tokens';

export type AuditedActionView = AuditedActionRow;

/** The supervisors' audit queue (pauses, supplementation requests, cancellations) and its spot checks. */
@Injectable()
export class AuditService {
  constructor(
    private readonly log: AuditLog,
    private readonly lateness: StepLateness,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Which units, officers or steps make dossiers late: step visits started in the period, by group. */
  async steps(query: StepsQuery, principal: Principal): Promise<{ groupBy: string; items: StepLatenessRow[] }> {
    const agencies = agenciesInScope(principal.agencies, query.agency);
    const items = await this.lateness.byGroup({ ...query, agencies }, this.clock.now());
    return { groupBy: query.groupBy, items };
  }

  async list(
    query: AuditQuery,
    principal: Principal,
  ): Promise<{ items: AuditedActionView[]; nextCursor: string | null }> {
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    const { rows, next } = await this.log.actions(
      { ...filterOf(query, principal), verdict: query.verdict, after: after && { at: after[0], id: after[1] } },
      query.limit,
    );
    return { items: rows, nextCursor: next && encodeCursor([next.at, next.id]) };
  }

  /** A spot-check sample of unreviewed actions, reproducible with its seed (a fresh one when none is given). */
  async sample(query: AuditSampleQuery, principal: Principal): Promise<{ seed: string; items: AuditedActionView[] }> {
    const seed = query.seed ?? randomBytes(6).toString('hex');
    return { seed, items: await this.log.sample(filterOf(query, principal), seed, query.size) };
  }
}

function filterOf(
  query: { kind?: string; agency?: string; from?: string; to?: string },
  principal: Principal,
): AuditFilter {
  return {
    agencies: agenciesInScope(principal.agencies, query.agency),
    kind: query.kind,
    from: query.from,
    to: query.to,
  };
}
