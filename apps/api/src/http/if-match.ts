import { ApiError } from '../errors/api-error';

/** `If-Match: "7"` (or `7`, or a weak `W/"7"`) → 7; undefined when absent. 400 when not a version. */
export function expectedVersionOf(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) throw ApiError.of('VALIDATION_FAILED', 'If-Match must be a version, e.g. "7"');
  return Number(match[1]);
}
