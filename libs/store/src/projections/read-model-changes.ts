import type { EntityManager } from 'typeorm';

/**
 * The channel on which committed changes to the live read models are announced (NOTIFY inside the
 * writing transaction, so listeners hear of a change only once it is committed). The payload lists the
 * agencies whose rows changed, comma-separated, or {@link EVERY_AGENCY} when the tables were replaced.
 */
export const READ_MODELS_CHANNEL = 'motcua_read_models';

export const EVERY_AGENCY = '*';

/** NOTIFY payloads must stay under 8,000 bytes; a longer list is announced as every agency. */
const MAX_PAYLOAD_LENGTH = 7_000;

/** Announces, in `tx`, that the read rows of `agencies` (or of every agency) change when it commits. */
export async function announceReadModelChanges(
  tx: EntityManager,
  agencies: Iterable<string> | typeof EVERY_AGENCY,
): Promise<void> {
  const listed = agencies === EVERY_AGENCY ? EVERY_AGENCY : [...new Set(agencies)].join(',');
  if (listed === '') return;
  const payload = listed.length > MAX_PAYLOAD_LENGTH ? EVERY_AGENCY : listed;
  await tx.query('SELECT pg_notify($1, $2)', [READ_MODELS_CHANNEL, payload]);
}

/** The agencies an announcement names (see {@link announceReadModelChanges}). */
export function changedAgenciesOf(payload: string): readonly string[] | typeof EVERY_AGENCY {
  return payload === EVERY_AGENCY ? EVERY_AGENCY : payload.split(',').filter((agency) => agency !== '');
}
