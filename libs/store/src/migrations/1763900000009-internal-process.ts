import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns the `dossiers` read model gained with internal processes: where the dossier is, and who holds it. */
export const DOSSIER_PROCESS_COLUMNS = `
  current_step               TEXT,
  current_unit               TEXT,
  holder                     TEXT,
  assignee                   TEXT,
  step_deadline              TIMESTAMPTZ`;

/** One row per passage of a dossier through a step of its process (the control slip's rows). */
export const DOSSIER_STEPS_COLUMNS = `
  dossier_code               TEXT NOT NULL,
  seq                        SMALLINT NOT NULL,
  agency_code                TEXT NOT NULL,
  procedure_code             TEXT NOT NULL,
  step_id                    TEXT NOT NULL,
  unit                       TEXT NOT NULL,
  holder                     TEXT,
  started_at                 TIMESTAMPTZ NOT NULL,
  deadline                   TIMESTAMPTZ NOT NULL,
  finished_at                TIMESTAMPTZ,
  result                     TEXT,
  overdue                    BOOLEAN NOT NULL,
  sent_back                  BOOLEAN NOT NULL`;

/** Indexes of the steps read model, by table name (a rebuild creates them on its fresh copy). */
export function dossierStepsIndexes(steps: string): string[] {
  return [`CREATE INDEX ${steps}_agency_started ON ${steps} (agency_code, started_at)`];
}

/**
 * Internal processes: the work queue learns each dossier's current step, unit, holder and step
 * deadline; `dossier_steps` keeps every step visit for lateness by unit, officer and step. The read
 * models are emptied and their checkpoint reset: the projector replays every event into all of them.
 */
export class InternalProcess1763900000009 implements MigrationInterface {
  name = 'InternalProcess1763900000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE dossiers ${DOSSIER_PROCESS_COLUMNS.trim()
        .split(',\n')
        .map((column) => `ADD COLUMN ${column.trim()}`)
        .join(', ')}`,
    );
    await q.query('CREATE INDEX dossiers_agency_unit ON dossiers (agency_code, current_unit)');
    await q.query('CREATE INDEX dossiers_holder ON dossiers (holder)');
    await q.query(`CREATE TABLE dossier_steps (${DOSSIER_STEPS_COLUMNS}, PRIMARY KEY (dossier_code, seq))`);
    for (const sql of dossierStepsIndexes('dossier_steps')) await q.query(sql);
    await q.query('TRUNCATE dossiers, audit_actions, index766_facts, index766_daily, index766_monthly');
    await q.query(`DELETE FROM projection_checkpoints WHERE projection = 'read-models'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE dossier_steps');
    await q.query('DROP INDEX dossiers_holder');
    await q.query('DROP INDEX dossiers_agency_unit');
    await q.query(
      'ALTER TABLE dossiers DROP COLUMN current_step, DROP COLUMN current_unit, DROP COLUMN holder, DROP COLUMN assignee, DROP COLUMN step_deadline',
    );
  }
}
