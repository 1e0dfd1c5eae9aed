import { auditQuery, auditSampleQuery, reviewBody } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';

/** The supervisors' audit of pauses, supplementation requests and cancellations. */
export const AUDIT_ROUTES = {
  auditActions: {
    method: 'GET',
    path: '/audit/actions',
    summary: 'Pauses, supplementation requests and cancellations to audit',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'agency',
    status: 200,
    query: auditQuery,
  },
  auditSample: {
    method: 'GET',
    path: '/audit/sample',
    summary: 'A random spot-check sample, reproducible with its seed',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'agency',
    status: 200,
    query: auditSampleQuery,
  },
  auditReview: {
    method: 'POST',
    path: '/audit/actions/{id}/review',
    summary:
      'Judge an audited action justified or unjustified (an unjustified pause stops extending the due date in statistics)',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'dossier',
    status: 200,
    body: reviewBody,
    example: { verdict: 'unjustified', note: 'Không có văn bản làm căn cứ dừng tính thời gian' },
  },
} as const satisfies Record<string, RouteSpec>;
