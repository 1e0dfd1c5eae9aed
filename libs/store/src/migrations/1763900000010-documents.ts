import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The files of dossiers: one row per upload (which dossier, what kind of paper, its name as given,
 * its format as recognised, size, content hash, who and when). The bytes live in the blob store
 * under their hash. Rows are never updated nor deleted: they are the legal record.
 */
export class Documents1763900000010 implements MigrationInterface {
  name = 'Documents1763900000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents (
        id             UUID PRIMARY KEY,
        dossier_code   TEXT NOT NULL,
        agency_code    TEXT NOT NULL,
        kind           TEXT NOT NULL,
        file_name      TEXT NOT NULL,
        media_type     TEXT NOT NULL,
        size           BIGINT NOT NULL,
        content_hash   TEXT NOT NULL,
        uploaded_by    TEXT NOT NULL,
        uploaded_at    TIMESTAMPTZ NOT NULL)`);
    await q.query('CREATE INDEX documents_dossier ON documents (dossier_code, uploaded_at)');
    await q.query('CREATE INDEX documents_dossier_hash ON documents (dossier_code, content_hash)');
    await q.query(`
      CREATE FUNCTION documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'documents are the legal record: no UPDATE or DELETE'; END $$`);
    await q.query(`
      CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents
      FOR EACH ROW EXECUTE FUNCTION documents_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE documents');
    await q.query('DROP FUNCTION documents_immutable');
  }
}
