import type { RouteSpec } from '../http/route';

/** Prometheus metrics. */
export const METRICS_ROUTES = {
  metrics: {
    method: 'GET',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tag: 'operations',
    roles: ['metrics', 'admin'],
    scope: 'none',
    status: 200,
    response: 'text',
  },
} as const satisfies Record<string, RouteSpec>;
