/** Builds `WHERE` clauses with numbered parameters (the read models' dynamic filters). */
export class SqlFilter {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: (p: (value: unknown) => string) => string): this {
    this.clauses.push(clause((value) => `$${this.params.push(value)}`));
    return this;
  }

  where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Agencies a read may cover: a list, or every agency. */
export type AgencyScope = readonly string[] | '*';

/** Adds the agency condition; one agency by equality (so an index ordered by agency serves the page without a sort). */
export function scopeToAgencies(filter: SqlFilter, agencies: AgencyScope): SqlFilter {
  if (agencies === '*') return filter;
  if (agencies.length === 1) return filter.add((p) => `agency_code = ${p(agencies[0])}`);
  return filter.add((p) => `agency_code = ANY(${p(agencies)})`);
}

/** A timestamp column as ISO-8601, or null. */
export function isoOrNull(value: unknown): string | null {
  return value instanceof Date ? value.toISOString() : null;
}
