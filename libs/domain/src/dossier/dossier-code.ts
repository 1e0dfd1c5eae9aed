import { reportingDayOf } from '../calendar/reporting-days';

/**
 * What a dossier code looks like, unanchored, for validators and the API's documentation: the agency
 * code (capitals, digits, dots, dashes) as group 1, the local day of receipt, a number of 6–12 digits.
 */
export const DOSSIER_CODE_PATTERN = '([A-Z0-9.-]{1,32})-\\d{6}-\\d{6,12}';
/** A whole dossier code, anchored. */
export const DOSSIER_CODE = new RegExp(`^${DOSSIER_CODE_PATTERN}$`);

/**
 * The agency a dossier belongs to, read off its code without I/O (undefined when the code is malformed):
 * the API's guard scopes every dossier route with it.
 */
export function agencyOfDossierCode(code: string): string | undefined {
  return DOSSIER_CODE.exec(code)?.[1];
}

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
