import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { WorkingCalendar } from '../../../../libs/domain/src';
import { queryPrepared } from '../../../../libs/store/src';
import type { Principal } from '../auth/principal';
import { CatalogueService } from '../catalogue/catalogue.service';
import { isoOrNull } from '../http/sql-values';
import { SqlFilter, agenciesInScope, decodeCursor, encodeCursor } from '../http/cursor';
import type { QueueQuery } from '../http/query.schemas';
import { CLOCK, DATA_SOURCE, type Clock } from '../tokens';

/** One line of the work queue. */
export interface QueueItem {
  readonly dossierCode: string;
  readonly agencyCode: string;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly channel: string;
  readonly status: number;
  readonly applicantName: string | null;
  readonly submittedAt: string;
  readonly acceptanceDeadline: string | null;
  readonly dueAt: string | null;
  readonly nextDeadline: string | null;
  /** Working minutes from now to the next deadline; negative once it has passed. */
  readonly remainingWorkingMinutes: number | null;
  readonly overdue: boolean;
  readonly acceptanceWindowBreached: boolean;
  readonly paused: boolean;
  readonly version: number;
}

const FAR_FUTURE = 'infinity';
const CALENDAR_TTL_MS = 5_000;

/** The officer's work queue from the `dossiers` read model: open dossiers, nearest deadline first. */
@Injectable()
export class QueueService {
  private readonly calendars = new Map<string, { calendar: WorkingCalendar; until: number }>();

  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalogue: CatalogueService,
  ) {}

  async list(query: QueueQuery, principal: Principal): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
    const filter = new SqlFilter();
    const agencies = agenciesInScope(principal.agencies, query.agency);
    // Equality (not ANY) for one agency, so the ordered index serves the page without a sort.
    if (agencies !== '*' && agencies.length === 1) filter.add((p) => `agency_code = ${p(agencies[0])}`);
    else if (agencies !== '*') filter.add((p) => `agency_code = ANY(${p(agencies)})`);
    if (query.status !== undefined) filter.add((p) => `status = ${p(query.status)}`);
    else filter.add(() => `stage <> 'closed'`);
    if (query.procedure) filter.add((p) => `procedure_code = ${p(query.procedure)}`);
    if (query.channel) filter.add((p) => `channel = ${p(query.channel)}`);
    if (query.overdue !== undefined) filter.add((p) => `overdue = ${p(query.overdue)}`);
    if (query.breached !== undefined) filter.add((p) => `acceptance_window_breached = ${p(query.breached)}`);
    if (query.dueBefore) filter.add((p) => `next_deadline < ${p(query.dueBefore)}`);
    if (query.q) {
      filter.add((p) => {
        const q = p(query.q);
        return `(to_tsvector('simple', search_text) @@ plainto_tsquery('simple', ${q}) OR dossier_code = ${q})`;
      });
    }
    const after = decodeCursor(query.cursor, 2);
    if (after) {
      filter.add(
        (p) =>
          `(COALESCE(next_deadline, '${FAR_FUTURE}'::timestamptz), dossier_code) > (${p(after[0])}::timestamptz, ${p(after[1])})`,
      );
    }
    const rows: Record<string, unknown>[] = await queryPrepared(
      this.db,
      `SELECT dossier_code, agency_code, procedure_code, procedure_name, channel, status, applicant_name, submitted_at,
              acceptance_deadline, due_at, next_deadline, overdue, acceptance_window_breached, paused, version
       FROM dossiers ${filter.where()}
       ORDER BY COALESCE(next_deadline, '${FAR_FUTURE}'::timestamptz), dossier_code
       LIMIT $${filter.params.length + 1}`,
      [...filter.params, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const now = this.clock.now();
    const calendars = await this.calendarsOf(page.map((row) => row.agency_code as string));
    const items = page.map((row) => this.item(row, now, calendars.get(row.agency_code as string)!));
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor([
            last.next_deadline ? (last.next_deadline as Date).toISOString() : FAR_FUTURE,
            last.dossier_code,
          ])
        : null;
    return { items, nextCursor };
  }

  private item(row: Record<string, unknown>, now: Date, calendar: WorkingCalendar): QueueItem {
    const next = row.next_deadline as Date | null;
    return {
      dossierCode: row.dossier_code as string,
      agencyCode: row.agency_code as string,
      procedureCode: row.procedure_code as string,
      procedureName: row.procedure_name as string,
      channel: row.channel as string,
      status: row.status as number,
      applicantName: row.applicant_name as string | null,
      submittedAt: isoOrNull(row.submitted_at)!,
      acceptanceDeadline: isoOrNull(row.acceptance_deadline),
      dueAt: isoOrNull(row.due_at),
      nextDeadline: isoOrNull(next),
      remainingWorkingMinutes: next ? this.remaining(calendar, now, next) : null,
      overdue: row.overdue as boolean,
      acceptanceWindowBreached: row.acceptance_window_breached as boolean,
      paused: row.paused as boolean,
      version: row.version as number,
    };
  }

  private remaining(calendar: WorkingCalendar, now: Date, deadline: Date): number {
    const minutes =
      deadline >= now ? calendar.workingMinutesBetween(now, deadline) : -calendar.workingMinutesBetween(deadline, now);
    return Math.round(minutes);
  }

  /** Working calendars of the agencies on a page, kept for {@link CALENDAR_TTL_MS} (a revision shows within it). */
  private async calendarsOf(agencies: readonly string[]): Promise<Map<string, WorkingCalendar>> {
    const now = Date.now();
    const result = new Map<string, WorkingCalendar>();
    for (const agency of new Set(agencies)) {
      let cached = this.calendars.get(agency);
      if (!cached || cached.until < now) {
        cached = {
          calendar: new WorkingCalendar(await this.catalogue.calendarOf(agency)),
          until: now + CALENDAR_TTL_MS,
        };
        this.calendars.set(agency, cached);
      }
      result.set(agency, cached.calendar);
    }
    return result;
  }
}
