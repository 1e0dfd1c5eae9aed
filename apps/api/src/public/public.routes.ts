import { publicLookupBody } from '../openapi/response-bodies';
import { lookupQuery } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';

/** What anyone may read without a token. */
export const PUBLIC_ROUTES = {
  publicLookup: {
    method: 'GET',
    path: '/public/dossiers/{code}',
    summary: 'Status, deadlines and history without personal data, by the key printed on the receipt',
    tag: 'public',
    roles: 'public',
    scope: 'none',
    status: 200,
    responseBody: publicLookupBody,
    query: lookupQuery,
  },
} as const satisfies Record<string, RouteSpec>;
