import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sequence behind dossier codes (`<agency>-<yymmdd>-<number>`), unique across API instances. */
export class DossierCodes1763900000001 implements MigrationInterface {
  name = 'DossierCodes1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SEQUENCE dossier_code_seq');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SEQUENCE dossier_code_seq');
  }
}
