/** A timestamp column as ISO-8601, or null. */
export function isoOrNull(value: unknown): string | null {
  return value instanceof Date ? value.toISOString() : null;
}
