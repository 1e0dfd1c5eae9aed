/** The dossier a route acts on: its `{code}`, or the dossier part of an audited action's `{id}` (`<code>:<action>`). */
export function dossierCodeOfParams(params: { code?: string; id?: string }): string {
  if (params.code !== undefined) return params.code;
  const id = params.id ?? '';
  const at = id.lastIndexOf(':');
  return at > 0 ? id.slice(0, at) : id;
}
