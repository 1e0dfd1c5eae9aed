/** Roles of API callers (the `roles` claim of their token). */
export const ROLES = ['officer', 'supervisor', 'metrics', 'admin', 'applicant'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The authenticated caller: who, in which roles, for which agencies (`*` = every agency, e.g. a
 * provincial administrator). `applicant` is the applicant's channel (the public-service portal or
 * its integration), scoped to agencies like every other role.
 */
export interface Principal {
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly Role[];
  readonly agencies: readonly string[];
}

export function canActFor(principal: Principal, agencyCode: string): boolean {
  return principal.agencies.includes('*') || principal.agencies.includes(agencyCode);
}
