/**
 * Roles of API callers (the `roles` claim of their token). `leader` is a unit's head (lãnh đạo): they
 * take and move dossiers at the signing steps (ký duyệt) of an internal process, and read the queue.
 */
export const ROLES = ['officer', 'leader', 'supervisor', 'metrics', 'admin', 'applicant'] as const;
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
  /**
   * The units of their agency they work in (the `units` claim: `desk`, a department's code,
   * `leadership`); who may take and move a dossier between the steps of its internal process.
   * Absent: the desk (a leader: leadership), see the domain's `unitsOf`.
   */
  readonly units?: readonly string[];
}

export function canActFor(principal: Principal, agencyCode: string): boolean {
  return principal.agencies.includes('*') || principal.agencies.includes(agencyCode);
}
