import type { DataSource } from 'typeorm';
import { formatFeedbackCode, type FeedbackStage, type FeedbackState } from '@motcua/domain';

/** One line of the officers' feedback list. */
export interface FeedbackSummary {
  readonly feedbackCode: string;
  readonly agencyCode: string;
  readonly channel: string;
  readonly stage: FeedbackStage;
  readonly category: string | null;
  readonly subject: string;
  readonly senderName: string;
  readonly dossierCode: string | null;
  readonly assigneeId: string | null;
  readonly round: number;
  readonly receivedAt: string;
  readonly answerDueAt: string;
  readonly overdue: boolean;
  readonly answeredAt: string | null;
  readonly publishedAt: string | null;
  readonly rating: string | null;
}

export interface FeedbackListQuery {
  /** The agencies whose feedback to list ('*': all). */
  readonly agencies: readonly string[] | '*';
  readonly stage?: Exclude<FeedbackStage, 'none'>;
  /** Only those whose current round's due instant has passed unanswered. */
  readonly overdue?: boolean;
  readonly limit: number;
  /** Keyset cursor: the last row of the previous page. */
  readonly after?: { readonly answerDueAt: string; readonly feedbackCode: string };
}

/** Feedback as the `feedbacks` read model holds it (eventually consistent with the event store). */
export class FeedbackRecords {
  constructor(private readonly db: DataSource) {}

  /** The feedback's projected state, or undefined when it is not (yet) in the read model. */
  async state(feedbackCode: string): Promise<FeedbackState | undefined> {
    const [row] = await this.db.query('SELECT state FROM feedbacks WHERE feedback_code = $1', [feedbackCode]);
    return row?.state;
  }

  /** A page of feedback, nearest due first (then by code). */
  async page(query: FeedbackListQuery): Promise<FeedbackSummary[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (clause: (p: string) => string, value: unknown) => where.push(clause(`$${params.push(value)}`));
    if (query.agencies !== '*') add((p) => `agency_code = ANY(${p})`, query.agencies);
    if (query.stage) add((p) => `stage = ${p}`, query.stage);
    if (query.overdue !== undefined) add((p) => `overdue = ${p}`, query.overdue);
    if (query.after) {
      const due = `$${params.push(query.after.answerDueAt)}::timestamptz`;
      add((p) => `(answer_due_at, feedback_code) > (${due}, ${p})`, query.after.feedbackCode);
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT feedback_code, agency_code, channel, stage, category, subject, sender_name, dossier_code, assignee_id,
              round, received_at, answer_due_at, overdue, answered_at, published_at, rating
       FROM feedbacks ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY answer_due_at, feedback_code LIMIT $${params.push(query.limit)}`,
      params,
    );
    return rows.map(summaryOf);
  }
}

function summaryOf(row: Record<string, unknown>): FeedbackSummary {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value as string | null));
  return {
    feedbackCode: row.feedback_code as string,
    agencyCode: row.agency_code as string,
    channel: row.channel as string,
    stage: row.stage as FeedbackStage,
    category: row.category as string | null,
    subject: row.subject as string,
    senderName: row.sender_name as string,
    dossierCode: row.dossier_code as string | null,
    assigneeId: row.assignee_id as string | null,
    round: row.round as number,
    receivedAt: iso(row.received_at)!,
    answerDueAt: iso(row.answer_due_at)!,
    overdue: row.overdue as boolean,
    answeredAt: iso(row.answered_at),
    publishedAt: iso(row.published_at),
    rating: row.rating as string | null,
  };
}

/** Issues feedback codes `<agency>-<yymmdd>-PA<number>`, the number from a sequence (unique across API instances). */
export class FeedbackCodes {
  constructor(private readonly db: DataSource) {}

  async next(agencyCode: string, at: Date): Promise<string> {
    const [{ n }] = await this.db.query("SELECT nextval('feedback_code_seq')::text AS n");
    return formatFeedbackCode(agencyCode, at, n);
  }
}
