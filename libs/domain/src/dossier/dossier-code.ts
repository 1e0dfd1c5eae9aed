import { reportingDayOf } from '../index766/reporting-periods';

/** A dossier code `<agency>-<yymmdd>-<number>`: the local day of receipt and a number of at least six digits. */
export function formatDossierCode(agencyCode: string, receivedAt: Date, number: number | string, digits = 6): string {
  const day = reportingDayOf(receivedAt);
  return `${agencyCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(number).padStart(digits, '0')}`;
}

/** Event-store streams of dossiers are named `dossier-<code>`. */
export const DOSSIER_STREAM_PREFIX = 'dossier-';

/** The event-store stream of a dossier. */
export function dossierStreamId(dossierCode: string): string {
  return `${DOSSIER_STREAM_PREFIX}${dossierCode}`;
}
