import { z } from 'zod';
import { outboxEntryBody, outboxPageBody } from '../openapi/response-bodies';
import type { RouteSpec } from '../http/route';

/** A page of dead letters: after the last message id seen. */
export const deadLettersQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type DeadLettersQuery = z.infer<typeof deadLettersQuery>;

/** What the national portal has been sent: dead letters to inspect and replay (admins). */
export const NATIONAL_SYNC_ROUTES = {
  nationalSyncDeadLetters: {
    method: 'GET',
    path: '/admin/national-sync/dead-letters',
    summary:
      'Messages to the national portal that were given up on (refused, or too many failed tries), by dossier and order',
    tag: 'national portal',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    responseBody: outboxPageBody,
    query: deadLettersQuery,
  },
  nationalSyncMessage: {
    method: 'GET',
    path: '/admin/national-sync/messages/{messageId}',
    summary: 'One message to the national portal: its payload, tries, last error and acknowledgement',
    tag: 'national portal',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    responseBody: outboxEntryBody,
  },
  nationalSyncReplay: {
    method: 'POST',
    path: '/admin/national-sync/messages/{messageId}/replay',
    summary: 'Puts a dead letter back in the queue, due now, with its tries counted afresh (409 if it is not dead)',
    tag: 'national portal',
    roles: ['admin'],
    scope: 'none',
    status: 200,
    responseBody: outboxEntryBody,
  },
} as const satisfies Record<string, RouteSpec>;
