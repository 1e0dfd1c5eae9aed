import type { DataSource } from 'typeorm';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Issues dossier codes `<agency>-<yymmdd>-<number>` (local date of receipt; the number from a database sequence). */
export async function nextDossierCode(db: DataSource, agencyCode: string, at: Date): Promise<string> {
  const [{ n }] = await db.query("SELECT nextval('dossier_code_seq')::text AS n");
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString();
  const yymmdd = `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
  return `${agencyCode}-${yymmdd}-${String(n).padStart(6, '0')}`;
}
