import type { RouteSpec } from '../http/route';

/** Liveness and readiness. */
export const HEALTH_ROUTES = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Readiness: PostgreSQL and Temporal',
    tag: 'operations',
    roles: 'public',
    scope: 'none',
    status: 200,
  },
  live: {
    method: 'GET',
    path: '/health/live',
    summary: 'Liveness',
    tag: 'operations',
    roles: 'public',
    scope: 'none',
    status: 200,
  },
} as const satisfies Record<string, RouteSpec>;
