import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { WorkingCalendar } from '../../../../libs/domain/src';
import { queryPrepared } from '../../../../libs/store/src';
import type { Principal } from '../auth/principal';
import { CatalogueService } from '../catalogue/catalogue.service';
import { isoOrNull } from '../http/sql-values';
import { SqlFilter, agenciesInScope, decodeCursor, encodeCursor } from '../http/cursor';
import type { QueueQuery } from '../http/query.schemas';
import { ApiReadModelVersions } from '../http/read-model-versions.provider';
import { StampedCache } from '../http/stamped-cache';
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

/**
 * A page as read from the read model. The remaining time depends on the instant of reading: it is null
 * here and set on a copy per read (the copy keeps the item's shape, which keeps copying it cheap).
 */
interface StoredPage {
  readonly lines: readonly { readonly item: QueueItem; readonly next: Date | null }[];
  readonly nextCursor: string | null;
}

const FAR_FUTURE = 'infinity';
const CALENDAR_TTL_MS = 5_000;
/** Distinct queue pages kept (officers of one unit mostly read the same few). */
const CACHED_PAGES = 512;

/**
 * The officer's work queue from the `dossiers` read model: open dossiers, nearest deadline first.
 * Pages are kept until the projector announces a change to one of their agencies (see
 * ReadModelVersions), so officers polling the same queue cost one query per change, not one per read.
 */
@Injectable()
export class QueueService {
  private readonly calendars = new Map<string, { calendar: WorkingCalendar; until: number }>();
  private readonly pages = new StampedCache<StoredPage>(CACHED_PAGES);

  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalogue: CatalogueService,
    private readonly versions: ApiReadModelVersions,
  ) {}

  /** The page `query` asks for; `fresh` reads past the cache (a client's `Cache-Control: no-cache`). */
  async list(
    query: QueueQuery,
    principal: Principal,
    fresh = false,
  ): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
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
    const sql = `SELECT dossier_code, agency_code, procedure_code, procedure_name, channel, status, applicant_name, submitted_at,
              acceptance_deadline, due_at, next_deadline, overdue, acceptance_window_breached, paused, version
       FROM dossiers ${filter.where()}
       ORDER BY COALESCE(next_deadline, '${FAR_FUTURE}'::timestamptz), dossier_code
       LIMIT $${filter.params.length + 1}`;
    const params = [...filter.params, query.limit + 1];
    const stamp = fresh ? undefined : this.versions.stamp(agencies);
    const page = await this.pages.get(`${sql}\n${JSON.stringify(params)}`, stamp, () =>
      this.readPage(sql, params, query.limit),
    );
    const now = this.clock.now();
    const calendars = await this.calendarsOf(page.lines.map((line) => line.item.agencyCode));
    const items = page.lines.map(({ item, next }) => ({
      ...item,
      remainingWorkingMinutes: next ? this.remaining(calendars.get(item.agencyCode)!, now, next) : null,
    }));
    return { items, nextCursor: page.nextCursor };
  }

  private async readPage(sql: string, params: unknown[], limit: number): Promise<StoredPage> {
    const rows: Record<string, unknown>[] = await queryPrepared(this.db, sql, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor([
            last.next_deadline ? (last.next_deadline as Date).toISOString() : FAR_FUTURE,
            last.dossier_code,
          ])
        : null;
    return {
      lines: page.map((row) => ({ item: this.item(row), next: row.next_deadline as Date | null })),
      nextCursor,
    };
  }

  private item(row: Record<string, unknown>): QueueItem {
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
      nextDeadline: isoOrNull(row.next_deadline),
      remainingWorkingMinutes: null,
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
