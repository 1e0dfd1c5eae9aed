import type { DataSource } from 'typeorm';
import { queryPrepared } from '../prepared';
import { SqlFilter, isoOrNull, scopeToAgencies, type AgencyScope } from '../sql-filter';

/** Which open dossiers a work-queue page shows. */
export interface QueueFilter {
  readonly agencies: AgencyScope;
  /** One national status; open dossiers of every status when absent. */
  readonly status?: number;
  readonly procedure?: string;
  readonly channel?: string;
  readonly overdue?: boolean;
  readonly breached?: boolean;
  /** The processing clock stopped (dừng tính) or not. */
  readonly paused?: boolean;
  /** Next deadline before this instant (ISO-8601). */
  readonly dueBefore?: string;
  /** Words of the applicant, procedure or code, or a whole dossier code. */
  readonly q?: string;
  /** Dossiers this officer holds at their current step, or that were handed or reassigned to them. */
  readonly assignedTo?: string;
  /** Dossiers whose current step is this unit's, or this step. */
  readonly unit?: string;
  readonly step?: string;
  readonly limit: number;
  /** The key of the last line of the previous page. */
  readonly after?: QueueKey;
}

/** Where a line sits in the queue's order: its next deadline (`infinity` when none), then its code. */
export interface QueueKey {
  readonly nextDeadline: string;
  readonly dossierCode: string;
}

/** One line of the work queue as the read model holds it (remaining time depends on when it is read). */
export interface QueueLine {
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
  readonly overdue: boolean;
  readonly acceptanceWindowBreached: boolean;
  readonly paused: boolean;
  /** Where the dossier is in its internal process: the step, its unit, who holds it, its deadline. */
  readonly currentStep: string | null;
  readonly currentUnit: string | null;
  readonly holder: string | null;
  readonly assignee: string | null;
  readonly stepDeadline: string | null;
  readonly version: number;
}

export interface QueuePage {
  readonly lines: readonly QueueLine[];
  /** Key of the page's last line when more follow. */
  readonly next: QueueKey | null;
}

const FAR_FUTURE = 'infinity';
const ORDER = `COALESCE(next_deadline, '${FAR_FUTURE}'::timestamptz), dossier_code`;

/**
 * The officers' work queue (`dossiers` read model): open dossiers, nearest deadline first, in keyset
 * pages. Prepared statements: for this hot read, planning cost more than executing.
 */
export class DossierQueue {
  constructor(private readonly db: DataSource) {}

  async page(query: QueueFilter): Promise<QueuePage> {
    const filter = scopeToAgencies(new SqlFilter(), query.agencies);
    if (query.status !== undefined) filter.add((p) => `status = ${p(query.status)}`);
    else filter.add(() => `stage <> 'closed'`);
    if (query.procedure) filter.add((p) => `procedure_code = ${p(query.procedure)}`);
    if (query.channel) filter.add((p) => `channel = ${p(query.channel)}`);
    if (query.overdue !== undefined) filter.add((p) => `overdue = ${p(query.overdue)}`);
    if (query.breached !== undefined) filter.add((p) => `acceptance_window_breached = ${p(query.breached)}`);
    if (query.paused !== undefined) filter.add((p) => `paused = ${p(query.paused)}`);
    if (query.dueBefore) filter.add((p) => `next_deadline < ${p(query.dueBefore)}`);
    if (query.assignedTo)
      filter.add((p) => `(holder = ${p(query.assignedTo)} OR (holder IS NULL AND assignee = ${p(query.assignedTo)}))`);
    if (query.unit) filter.add((p) => `current_unit = ${p(query.unit)}`);
    if (query.step) filter.add((p) => `current_step = ${p(query.step)}`);
    if (query.q) {
      filter.add((p) => {
        const q = p(query.q);
        return `(to_tsvector('simple', search_text) @@ plainto_tsquery('simple', ${q}) OR dossier_code = ${q})`;
      });
    }
    const after = query.after;
    if (after) filter.add((p) => `(${ORDER}) > (${p(after.nextDeadline)}::timestamptz, ${p(after.dossierCode)})`);
    const rows = await queryPrepared(
      this.db,
      `SELECT dossier_code, agency_code, procedure_code, procedure_name, channel, status, applicant_name, submitted_at,
              acceptance_deadline, due_at, next_deadline, overdue, acceptance_window_breached, paused, version,
              current_step, current_unit, holder, assignee, step_deadline
       FROM dossiers ${filter.where()} ORDER BY ${ORDER} LIMIT $${filter.params.length + 1}`,
      [...filter.params, query.limit + 1],
    );
    const lines = rows.slice(0, query.limit).map(toLine);
    const last = lines[lines.length - 1];
    const next =
      rows.length > query.limit && last
        ? { nextDeadline: last.nextDeadline ?? FAR_FUTURE, dossierCode: last.dossierCode }
        : null;
    return { lines, next };
  }
}

function toLine(row: Record<string, unknown>): QueueLine {
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
    overdue: row.overdue as boolean,
    acceptanceWindowBreached: row.acceptance_window_breached as boolean,
    paused: row.paused as boolean,
    currentStep: row.current_step as string | null,
    currentUnit: row.current_unit as string | null,
    holder: row.holder as string | null,
    assignee: row.assignee as string | null,
    stepDeadline: isoOrNull(row.step_deadline),
    version: row.version as number,
  };
}
