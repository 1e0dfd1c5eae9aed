import { Inject, Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@motcua/domain';
import { DossierQueue, type QueueLine, type QueuePage } from '@motcua/store';
import type { Principal } from '../auth/principal';
import { CatalogueService } from '../catalogue/catalogue.service';
import { agenciesInScope, decodeCursor, encodeCursor } from '../http/cursor';
import type { QueueQuery } from '../http/query.schemas';
import { ApiReadModelVersions } from '../http/read-model-versions.provider';
import { StampedCache } from '../http/stamped-cache';
import { CLOCK, type Clock } from '../tokens';

/** One line of the work queue, with the working time left until its next deadline. */
export interface QueueItem extends QueueLine {
  /** Working minutes from now to the next deadline; negative once it has passed. */
  readonly remainingWorkingMinutes: number | null;
}

const CALENDAR_TTL_MS = 5_000;
/** Distinct queue pages kept (officers of one unit mostly read the same few). */
const CACHED_PAGES = 512;

/**
 * The officer's work queue: open dossiers, nearest deadline first. Pages are kept until the projector
 * announces a change to one of their agencies (see ReadModelVersions), so officers polling the same
 * queue cost one query per change, not one per read; the remaining time is computed per read, so a
 * kept page is never stale in time.
 */
@Injectable()
export class QueueService {
  private readonly calendars = new Map<string, { calendar: WorkingCalendar; until: number }>();
  private readonly pages = new StampedCache<QueuePage>(CACHED_PAGES);

  constructor(
    private readonly queue: DossierQueue,
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
    const agencies = agenciesInScope(principal.agencies, query.agency);
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    const filter = {
      agencies,
      status: query.status,
      procedure: query.procedure,
      channel: query.channel,
      overdue: query.overdue,
      breached: query.breached,
      paused: query.paused,
      dueBefore: query.dueBefore,
      q: query.q,
      assignedTo: query.assignee === 'me' ? principal.id : undefined,
      unit: query.unit,
      step: query.step,
      limit: query.limit,
      after: after && { nextDeadline: after[0], dossierCode: after[1] },
    };
    const stamp = fresh ? undefined : this.versions.stamp(agencies);
    const page = await this.pages.get(JSON.stringify(filter), stamp, () => this.queue.page(filter));
    const now = this.clock.now();
    const calendars = await this.calendarsOf(page.lines.map((line) => line.agencyCode));
    const items = page.lines.map((line) => ({
      ...line,
      remainingWorkingMinutes: line.nextDeadline
        ? remaining(calendars.get(line.agencyCode)!, now, new Date(line.nextDeadline))
        : null,
    }));
    return { items, nextCursor: page.next && encodeCursor([page.next.nextDeadline, page.next.dossierCode]) };
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

function remaining(calendar: WorkingCalendar, now: Date, deadline: Date): number {
  const minutes =
    deadline >= now ? calendar.workingMinutesBetween(now, deadline) : -calendar.workingMinutesBetween(deadline, now);
  return Math.round(minutes);
}
