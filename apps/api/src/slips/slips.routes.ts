import { slipListBody } from '../openapi/response-bodies';
import { z } from 'zod';
import { lookupQuery } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';

const day = z.iso.date();

/** A unit and a period of days (both ends included), at most a year. */
export const registerQuery = z
  .strictObject({
    agency: z.string().min(1).max(32),
    from: day.optional().meta({ description: 'First day (Vietnam time); goes with `to`' }),
    to: day.optional().meta({ description: 'Last day, included (at most a year after `from`)' }),
  })
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined))
      ctx.addIssue({ code: 'custom', path: [q.from ? 'to' : 'from'], message: 'from and to go together' });
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
    if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > 366 * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'a register spans at most a year' });
  });
export type RegisterQuery = z.infer<typeof registerQuery>;

/** A file the applicant downloads without a token, by the key printed on the receipt. */
const BY_RECEIPT_KEY = {
  tag: 'public',
  roles: 'public',
  scope: 'none',
  status: 200,
  query: lookupQuery,
  response: 'binary',
  mediaType: 'application/pdf',
} as const;

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
    responseBody: slipListBody,
  },
  slip: {
    method: 'GET',
    path: '/dossiers/{code}/slips/{slip}',
    summary:
      'One paper as an A4 PDF in Vietnamese: the issued file (the latest of its kind; ETag, Range), or the control slip rendered from the events now (whole)',
    tag: 'slips',
    roles: READERS,
    scope: 'dossier',
    status: 200,
    response: 'binary',
    mediaType: 'application/pdf',
  },
  publicSlip: {
    method: 'GET',
    path: '/public/dossiers/{code}/slips/{slip}',
    summary:
      'The applicant’s own paper (receipt, requests, refusal, apology, stop notice) by the key printed on the receipt',
    ...BY_RECEIPT_KEY,
  },
  publicEResult: {
    method: 'GET',
    path: '/public/dossiers/{code}/e-results/{documentId}',
    summary:
      'The e-signed result returned online, by the key printed on the receipt (the lookup lists them under eResults)',
    ...BY_RECEIPT_KEY,
  },
  register: {
    method: 'GET',
    path: '/registers',
    summary:
      'The unit’s register of dossiers (Sổ theo dõi hồ sơ) for a period, as an XLSX workbook: from/to days in Vietnam time (default: this month)',
    tag: 'slips',
    roles: ['officer', 'leader', 'supervisor'],
    scope: 'agency',
    status: 200,
    query: registerQuery,
    response: 'generated',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const satisfies Record<string, RouteSpec>;

export const slipKindSchema = z.enum(
  ['receipt', 'supplementRequest', 'refusal', 'apology', 'stopNotice', 'controlSlip'],
  {
    error: 'one of receipt, supplementRequest, refusal, apology, stopNotice, controlSlip',
  },
);
