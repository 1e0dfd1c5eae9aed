import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns of the `feedbacks` read model; shared by the live table and a rebuild's fresh copy. */
export const FEEDBACKS_COLUMNS = `
  feedback_code  TEXT PRIMARY KEY,
  agency_code    TEXT NOT NULL,
  channel        TEXT NOT NULL,
  stage          TEXT NOT NULL,
  category       TEXT,
  subject        TEXT NOT NULL,
  sender_name    TEXT NOT NULL,
  dossier_code   TEXT,
  assignee_id    TEXT,
  round          SMALLINT NOT NULL,
  received_at    TIMESTAMPTZ NOT NULL,
  answer_due_at  TIMESTAMPTZ NOT NULL,
  overdue        BOOLEAN NOT NULL,
  answered_at    TIMESTAMPTZ,
  published_at   TIMESTAMPTZ,
  rating         TEXT,
  state          JSONB NOT NULL,
  version        INTEGER NOT NULL,
  last_event_at  TIMESTAMPTZ NOT NULL`;

/**
 * Feedback and petitions (phản ánh, kiến nghị): codes from their own sequence, and the `feedbacks` read
 * model the projector keeps (one row per feedback, its state beside the columns lists filter on).
 */
export class Feedbacks1763900000013 implements MigrationInterface {
  name = 'Feedbacks1763900000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SEQUENCE feedback_code_seq');
    await q.query(`CREATE TABLE feedbacks (${FEEDBACKS_COLUMNS})`);
    // The officers' list: an agency's open feedback, nearest due first.
    await q.query('CREATE INDEX feedbacks_agency_due ON feedbacks (agency_code, stage, answer_due_at, feedback_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE feedbacks');
    await q.query('DROP SEQUENCE feedback_code_seq');
  }
}
