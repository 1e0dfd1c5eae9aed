import type { DataSource } from 'typeorm';

/** A paper to number: which dossier and unit, which paper for which event, in which series and year. */
export interface SlipNumberRequest {
  readonly dossierCode: string;
  readonly agencyCode: string;
  readonly slip: string;
  readonly ofVersion: number;
  /** The series numbered together: the form's symbol ("PXL"). */
  readonly series: string;
  readonly year: number;
}

/**
 * The numbers of issued papers (tables `slip_numbers`, `slip_counters`): the next number of the unit's
 * series for the year, or the one a paper already got (a retried issuance after a crash). One
 * transaction: the counter row is locked by its upsert, so two papers never share a number.
 */
export class SlipNumbers {
  constructor(private readonly db: DataSource) {}

  async numberOf(request: SlipNumberRequest): Promise<number> {
    return this.db.transaction(async (tx) => {
      const key = [request.dossierCode, request.slip, request.ofVersion];
      const given = 'SELECT seq FROM slip_numbers WHERE dossier_code = $1 AND slip = $2 AND of_version = $3';
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('slip:' || $1 || ':' || $2 || ':' || $3))", key);
      const [existing] = (await tx.query(given, key)) as { seq: number }[];
      if (existing) return existing.seq;
      const [counter] = (await tx.query(
        `INSERT INTO slip_counters (agency_code, series, year, last) VALUES ($1, $2, $3, 1)
         ON CONFLICT (agency_code, series, year) DO UPDATE SET last = slip_counters.last + 1
         RETURNING last`,
        [request.agencyCode, request.series, request.year],
      )) as { last: number }[];
      await tx.query(
        `INSERT INTO slip_numbers (dossier_code, slip, of_version, agency_code, series, year, seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [...key, request.agencyCode, request.series, request.year, counter.last],
      );
      return counter.last;
    });
  }
}
