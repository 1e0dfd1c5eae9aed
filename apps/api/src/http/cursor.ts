import { ApiError } from '../errors/api-error';

/** Opaque keyset-pagination cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    /* fall through */
  }
  throw ApiError.of('VALIDATION_FAILED', 'invalid cursor', {
    errors: [{ path: 'cursor', message: 'not a cursor of this list' }],
  });
}

/** Agencies a query may read: the caller's, narrowed to `agency` when given (403 outside the scope). */
export function agenciesInScope(callerAgencies: readonly string[], agency: string | undefined): string[] | '*' {
  if (agency) {
    if (!callerAgencies.includes('*') && !callerAgencies.includes(agency)) {
      throw ApiError.of('FORBIDDEN', `agency ${agency} is outside your scope`);
    }
    return [agency];
  }
  return callerAgencies.includes('*') ? '*' : [...callerAgencies];
}
