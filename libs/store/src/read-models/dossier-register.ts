import type { DataSource } from 'typeorm';
import type { DossierState } from '@motcua/domain';

/** The dossiers a unit received in a period, for its register (Sổ theo dõi hồ sơ), from the `dossiers` read model. */
export class DossierRegister {
  constructor(private readonly db: DataSource) {}

  /** States of the dossiers submitted to `agencyCode` in [from, to), oldest first. */
  async received(agencyCode: string, from: string, to: string): Promise<DossierState[]> {
    const rows = (await this.db.query(
      `SELECT state FROM dossiers WHERE agency_code = $1 AND submitted_at >= $2 AND submitted_at < $3
       ORDER BY submitted_at, dossier_code`,
      [agencyCode, from, to],
    )) as { state: DossierState }[];
    return rows.map((row) => row.state);
  }
}
