/**
 * Dossier codes are `<agency>-<yymmdd>-<number>` (see dossier-codes.ts), so the agency a dossier
 * belongs to is known from its code, without I/O: the guard scopes every dossier route with it.
 */
export function agencyOfDossierCode(code: string): string | undefined {
  const match = /^(.+)-\d{6}-\d{6,12}$/.exec(code);
  return match?.[1];
}
