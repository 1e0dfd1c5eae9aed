import { z } from 'zod';
import type { RouteSpec } from '../http/route';

/** `GET /changes`: how long to listen (the client reconnects after); 0 answers the handshake only. */
export const changesQuery = z.strictObject({
  seconds: z.coerce.number().int().min(0).max(3600).default(600),
});

/** Live updates for the web app's pages. */
export const CHANGES_ROUTES = {
  changes: {
    method: 'GET',
    path: '/changes',
    summary:
      'Server-sent events: `changed` (data: the agencies) each time the read models of the caller’s agencies change, at most every 250 ms; a comment every 25 s keeps the line open',
    tag: 'web app',
    roles: ['officer', 'leader', 'supervisor', 'metrics', 'admin'],
    scope: 'none',
    status: 200,
    query: changesQuery,
    response: 'events',
  },
} as const satisfies Record<string, RouteSpec>;
