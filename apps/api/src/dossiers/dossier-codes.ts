import type { DataSource } from 'typeorm';
import { formatDossierCode } from '../../../../libs/domain/src';

/** Issues dossier codes `<agency>-<yymmdd>-<number>` (local date of receipt; the number from a database sequence). */
export async function nextDossierCode(db: DataSource, agencyCode: string, at: Date): Promise<string> {
  const [{ n }] = await db.query("SELECT nextval('dossier_code_seq')::text AS n");
  return formatDossierCode(agencyCode, at, n);
}
