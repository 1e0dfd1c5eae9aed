import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns of the `dossiers` read model; shared by the live table and a rebuild's fresh copy. */
export const DOSSIERS_COLUMNS = `
  dossier_code               TEXT PRIMARY KEY,
  agency_code                TEXT NOT NULL,
  procedure_code             TEXT NOT NULL,
  procedure_name             TEXT NOT NULL,
  channel                    TEXT NOT NULL,
  status                     SMALLINT NOT NULL,
  stage                      TEXT NOT NULL,
  applicant_name             TEXT,
  submitted_at               TIMESTAMPTZ NOT NULL,
  acceptance_deadline        TIMESTAMPTZ,
  accepted_at                TIMESTAMPTZ,
  due_at                     TIMESTAMPTZ,
  original_due_at            TIMESTAMPTZ,
  statistical_due_at         TIMESTAMPTZ,
  rescheduled_at             TIMESTAMPTZ,
  supplement_due_at          TIMESTAMPTZ,
  next_deadline              TIMESTAMPTZ,
  finished_at                TIMESTAMPTZ,
  returned_at                TIMESTAMPTZ,
  timeliness                 TEXT,
  accepted_late              BOOLEAN NOT NULL,
  acceptance_window_breached BOOLEAN NOT NULL,
  overdue                    BOOLEAN NOT NULL,
  paused                     BOOLEAN NOT NULL,
  apology                    BOOLEAN NOT NULL,
  apology_late               BOOLEAN NOT NULL,
  e_result                   BOOLEAN NOT NULL,
  digitised                  BOOLEAN NOT NULL,
  reused_data                BOOLEAN NOT NULL,
  paid_online                BOOLEAN NOT NULL,
  fee                        BIGINT NOT NULL,
  supplement_count           SMALLINT NOT NULL,
  satisfied                  BOOLEAN,
  search_text                TEXT NOT NULL,
  version                    INTEGER NOT NULL,
  last_event_at              TIMESTAMPTZ NOT NULL,
  state                      JSONB NOT NULL`;

/** Columns of the supervisors' audit queue. */
export const AUDIT_ACTIONS_COLUMNS = `
  id                     TEXT PRIMARY KEY,
  dossier_code           TEXT NOT NULL,
  action_id              TEXT NOT NULL,
  agency_code            TEXT NOT NULL,
  kind                   TEXT NOT NULL,
  at                     TIMESTAMPTZ NOT NULL,
  actor_id               TEXT,
  reason                 TEXT NOT NULL,
  ended_at               TIMESTAMPTZ,
  stopped_working_minutes DOUBLE PRECISION,
  verdict                TEXT,
  reviewed_at            TIMESTAMPTZ,
  reviewer_id            TEXT,
  review_note            TEXT`;

/** Indexes of the read models, by table name (a rebuild creates them on its fresh copy). */
export function projectionIndexes(dossiers: string, audit: string): string[] {
  return [
    `CREATE INDEX ${dossiers}_agency_next_deadline ON ${dossiers} (agency_code, next_deadline, dossier_code)`,
    `CREATE INDEX ${dossiers}_agency_status ON ${dossiers} (agency_code, status)`,
    `CREATE INDEX ${dossiers}_search ON ${dossiers} USING gin (to_tsvector('simple', search_text))`,
    `CREATE INDEX ${audit}_agency_kind_at ON ${audit} (agency_code, kind, at)`,
  ];
}

/**
 * Read models kept by the projector: `dossiers` (one row per dossier) and `audit_actions` (pauses,
 * supplementation requests and cancellations for supervisors). Both can be dropped and rebuilt from
 * the events. A trigger notifies the projector of every append (LISTEN/NOTIFY keeps the lag low).
 */
export class Projections1763900000002 implements MigrationInterface {
  name = 'Projections1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE dossiers (${DOSSIERS_COLUMNS})`);
    await q.query(`CREATE TABLE audit_actions (${AUDIT_ACTIONS_COLUMNS})`);
    for (const sql of projectionIndexes('dossiers', 'audit_actions')) await q.query(sql);
    await q.query(`
      CREATE FUNCTION events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('motcua_events', ''); RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER events_appended AFTER INSERT ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER events_appended ON events');
    await q.query('DROP FUNCTION events_notify');
    await q.query('DROP TABLE audit_actions');
    await q.query('DROP TABLE dossiers');
  }
}
