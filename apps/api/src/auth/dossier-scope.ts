/**
 * Dossier codes are `<agency>-<yymmdd>-<number>` (see dossier-codes.ts), so the agency a dossier
 * belongs to is known from its code, without I/O: the guard scopes every dossier route with it.
 */
export function agencyOfDossierCode(code: string): string | undefined {
  const match = /^(.+)-\d{6}-\d{6,12}$/.exec(code);
  return match?.[1];
}

/** The dossier a route acts on: its `{code}`, or the dossier part of an audited action's `{id}` (`<code>:<action>`). */
export function dossierCodeOfParams(params: { code?: string; id?: string }): string {
  if (params.code !== undefined) return params.code;
  const id = params.id ?? '';
  const at = id.lastIndexOf(':');
  return at > 0 ? id.slice(0, at) : id;
}
