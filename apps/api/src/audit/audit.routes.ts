import { auditPageBody, auditSampleBody, stepLatenessBody } from '../openapi/response-bodies';
import { auditQuery, auditSampleQuery, reviewBody, stepsQuery } from '../http/query.schemas';
import type { RouteSpec } from '../http/route';

/** The supervisors' audit of pauses, supplementation requests, cancellations, reassignments and send-backs. */
export const AUDIT_ROUTES = {
  auditSteps: {
    method: 'GET',
    path: '/audit/steps',
    summary:
      'Lateness of internal-process steps by unit, officer or step: visits started in the period, early / on time / late, running and overdue',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'agency',
    status: 200,
    responseBody: stepLatenessBody,
    query: stepsQuery,
  },
  auditActions: {
    method: 'GET',
    path: '/audit/actions',
    summary: 'Pauses, supplementation requests and cancellations to audit',
    tag: 'audit',
    roles: ['supervisor'],
    scope: 'agency',
    status: 200,
    responseBody: auditPageBody,
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
    responseBody: auditSampleBody,
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
