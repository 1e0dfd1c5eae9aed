import type { FieldProblem } from '../errors/api-error';

/**
 * Characters valid in JSON but refused by PostgreSQL's text and jsonb types: NUL and lone UTF-16
 * surrogates. Refused with a 400 wherever they appear (keys too), so that no input can turn into a
 * database error: a remembered answer or an event must always be storable.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Deeper than any request of ours; a deeper one is refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 32;
/** Problems reported at most (a hostile body could hold a million). */
const MAX_PROBLEMS = 20;

/**
 * What makes a parsed request part unstorable or unsafe: characters PostgreSQL refuses, nesting
 * past {@link MAX_JSON_DEPTH}, or a `__proto__` key. Walks without recursion (a hostile body may
 * nest a hundred thousand levels). `whole` names the part when the problem is at its root.
 */
export function unstorableParts(value: unknown, whole: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value: item, path, depth } = pending.pop()!;
    const at = path || whole;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item))
        problems.push({ path: at, message: 'contains a NUL or an unpaired surrogate character' });
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.push({ path: at, message: `nested deeper than ${MAX_JSON_DEPTH} levels` });
      continue;
    }
    for (const [key, child] of Object.entries(item)) {
      if (UNSTORABLE.test(key) || key === '__proto__') {
        // JSON.stringify escapes NUL and lone surrogates, so the message itself is storable.
        problems.push({ path: at, message: `has a key that cannot be accepted: ${JSON.stringify(key)}` });
        continue;
      }
      pending.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.slice(0, MAX_PROBLEMS);
}
