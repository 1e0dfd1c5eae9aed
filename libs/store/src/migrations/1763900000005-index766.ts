import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the 766 index. `index766_facts` holds each dossier's dated facts (domain
 * `dossierFacts`), for drill-down and for the part of a day a query ends in; `index766_daily` holds
 * their per-day sums at four levels (`level`): d = agency × procedure × channel, a = agency,
 * p = procedure across the province, t = the province's total (dimensions not kept are ''), so a figure costs time proportional to the days it spans.
 * Existing read models are emptied and their checkpoint reset: the projector replays every event
 * into all of them, so the new tables start complete.
 */
export class Index7661763900000005 implements MigrationInterface {
  name = 'Index7661763900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE index766_facts (
        dossier_code   TEXT NOT NULL,
        kind           TEXT NOT NULL,
        at             TIMESTAMPTZ NOT NULL,
        agency_code    TEXT NOT NULL,
        procedure_code TEXT NOT NULL,
        channel        TEXT NOT NULL,
        amount         DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (dossier_code, kind))`);
    await q.query('CREATE INDEX index766_facts_at ON index766_facts (at)');
    await q.query('CREATE INDEX index766_facts_kind_agency_at ON index766_facts (kind, agency_code, at)');
    await q.query(`
      CREATE TABLE index766_daily (
        level          CHAR(1) NOT NULL,
        agency_code    TEXT NOT NULL,
        procedure_code TEXT NOT NULL,
        channel        TEXT NOT NULL,
        day            DATE NOT NULL,
        kind           TEXT NOT NULL,
        n              BIGINT NOT NULL,
        amount         DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (level, agency_code, procedure_code, channel, day, kind))`);
    // Reference data is read by type among millions of dossier events: a small partial index.
    await q.query(
      `CREATE INDEX events_catalogue ON events (stream_id, stream_version) WHERE type IN ('ProcedureRevised', 'UnitCalendarRevised')`,
    );
    await q.query('TRUNCATE dossiers, audit_actions');
    await q.query(`DELETE FROM projection_checkpoints WHERE projection = 'read-models'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX events_catalogue');
    await q.query('DROP TABLE index766_daily');
    await q.query('DROP TABLE index766_facts');
  }
}
