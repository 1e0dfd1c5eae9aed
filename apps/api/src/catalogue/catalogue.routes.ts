import { proceduresBody } from '../openapi/response-bodies';
import { z } from 'zod';
import type { RouteSpec } from '../http/route';
import { AGENCY_CODE } from './catalogue.schemas';

/** `GET /procedures`: the catalogue, optionally only what one agency receives. */
export const catalogueQuery = z.strictObject({ agency: AGENCY_CODE.optional() });

/**
 * The procedure catalogue is public information (Decree 63/2010 on publishing procedures): anyone
 * may read it, signed in or not; the desk needs it to submit.
 */
export const CATALOGUE_ROUTES = {
  procedures: {
    method: 'GET',
    path: '/procedures',
    summary: 'The procedure catalogue (public): every procedure, or those one agency receives',
    tag: 'catalogue',
    roles: 'public',
    scope: 'none',
    status: 200,
    responseBody: proceduresBody,
    query: catalogueQuery,
    response: 'array',
  },
  procedure: {
    method: 'GET',
    path: '/procedures/{procedureCode}',
    summary: 'One procedure of the catalogue (public)',
    tag: 'catalogue',
    roles: 'public',
    scope: 'none',
    status: 200,
  },
} as const satisfies Record<string, RouteSpec>;
