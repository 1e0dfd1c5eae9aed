import { z } from 'zod';
import { lookupQuery } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';

/** Who reads a dossier's papers: whoever works or audits it, and the applicant's channel. */
const READERS = ['officer', 'leader', 'supervisor', 'applicant'] as const;

/** The papers of the desk motcua issues (shared/forms.md), and the applicant's own through the public lookup. */
export const SLIP_ROUTES = {
  slips: {
    method: 'GET',
    path: '/dossiers/{code}/slips',
    summary: 'The papers issued for the dossier (form, number, hash, file), those still owed, and the control slip',
    tag: 'slips',
    roles: READERS,
    scope: 'dossier',
    status: 200,
  },
  slip: {
    method: 'GET',
    path: '/dossiers/{code}/slips/{slip}',
    summary:
      'One paper as an A4 PDF in Vietnamese: the issued file (the latest of its kind), or the control slip rendered from the events now',
    tag: 'slips',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    response: 'binary',
  },
  publicSlip: {
    method: 'GET',
    path: '/public/dossiers/{code}/slips/{slip}',
    summary:
      'The applicant’s own paper (receipt, requests, refusal, apology, stop notice) by the key printed on the receipt',
    tag: 'public',
    roles: 'public',
    scope: 'none',
    status: 200,
    query: lookupQuery,
    response: 'binary',
  },
} as const satisfies Record<string, RouteSpec>;

export const slipKindSchema = z.enum(
  ['receipt', 'supplementRequest', 'refusal', 'apology', 'stopNotice', 'controlSlip'],
  {
    error: 'one of receipt, supplementRequest, refusal, apology, stopNotice, controlSlip',
  },
);
