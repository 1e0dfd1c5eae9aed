import type { DataSource } from 'typeorm';
import { formatDossierCode, type DossierState } from '@motcua/domain';

/**
 * Dossiers as the `dossiers` read model holds them: one state per dossier, as the projector last
 * folded it (eventually consistent with the event store).
 */
export class DossierRecords {
  constructor(private readonly db: DataSource) {}

  /** The dossier's projected state, or undefined when it is not (yet) in the read model. */
  async state(dossierCode: string): Promise<DossierState | undefined> {
    const [row] = await this.db.query('SELECT state FROM dossiers WHERE dossier_code = $1', [dossierCode]);
    return row?.state;
  }

  /** The procedure of a projected dossier, or undefined when it is not (yet) in the read model. */
  async procedureCodeOf(dossierCode: string): Promise<string | undefined> {
    const [row] = await this.db.query('SELECT procedure_code FROM dossiers WHERE dossier_code = $1', [dossierCode]);
    return row?.procedure_code;
  }

  /** Codes of the unit's dossiers still open (at receipt or in processing). */
  async openCodes(agencyCode: string): Promise<string[]> {
    const rows: { dossier_code: string }[] = await this.db.query(
      "SELECT dossier_code FROM dossiers WHERE agency_code = $1 AND stage IN ('receipt', 'processing')",
      [agencyCode],
    );
    return rows.map((row) => row.dossier_code);
  }

  /** How many dossiers are at each national status code. */
  async countsByStatus(): Promise<{ status: number; count: number }[]> {
    return this.db.query('SELECT status, count(*)::int AS count FROM dossiers GROUP BY status ORDER BY status');
  }
}

/** Issues dossier codes `<agency>-<yymmdd>-<number>`: the local day of receipt, the number from a sequence. */
export class DossierCodes {
  constructor(private readonly db: DataSource) {}

  /** A code never issued before (unique across API instances). */
  async next(agencyCode: string, at: Date): Promise<string> {
    const [{ n }] = await this.db.query("SELECT nextval('dossier_code_seq')::text AS n");
    return formatDossierCode(agencyCode, at, n);
  }
}
