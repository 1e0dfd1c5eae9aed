import { z } from 'zod';
import { ROUTES } from '../routes';
import type { RouteSpec } from '../http/route';
import {
  DOSSIER_CODE,
  DOSSIER_CODE_PATTERN,
  FEEDBACK_CODE_PATTERN,
  FEEDBACK_REFUSAL_CODES,
  REFUSAL_CODES,
  indicatorIds,
} from '@motcua/domain';
import { API_ERROR_STATUS } from '../errors/api-error';
import { DOCUMENT_KINDS } from '@motcua/store';

/** Every stable code a refusal can carry: the API's own and the domain's. Clients key their messages on it. */
const PROBLEM_CODES = [...Object.keys(API_ERROR_STATUS), ...REFUSAL_CODES, ...FEEDBACK_REFUSAL_CODES];

const PROBLEM_SCHEMAS = {
  ProblemCode: { type: 'string', enum: PROBLEM_CODES },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'code', 'detail'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      code: { $ref: '#/components/schemas/ProblemCode' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  },
};

const PROBLEM = {
  description: 'application/problem+json with a stable `code` (see README, "Errors")',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** 503 and 504: a problem with `Retry-After`. */
const RETRY_LATER = {
  ...PROBLEM,
  headers: { 'Retry-After': { description: 'seconds to wait before retrying', schema: { type: 'integer' } } },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** Path parameters by name: a dossier code, an audited action (`<code>:<action>-<n>`), a 766 indicator… */
const PATH_PARAMS: Record<string, () => Record<string, unknown>> = {
  code: () => ({ type: 'string', pattern: DOSSIER_CODE.source }),
  id: () => ({ type: 'string', pattern: `^${DOSSIER_CODE_PATTERN}:[a-z]+-\\d+$` }),
  feedbackCode: () => ({ type: 'string', pattern: `^${FEEDBACK_CODE_PATTERN}$` }),
  indicator: () => ({ type: 'string', enum: [...indicatorIds()] }),
  procedureCode: () => ({ type: 'string', pattern: '^[0-9A-Za-z.]{1,32}$' }),
  agency: () => ({ type: 'string', pattern: '^[A-Z0-9.-]{1,32}$' }),
  documentId: () => ({ type: 'string', format: 'uuid' }),
};

/** A streamed upload: the field `kind` first (the parser reads parts in order), then the file. */
const UPLOAD_BODY = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['kind', 'file'],
        properties: {
          kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
          file: { type: 'string', format: 'binary', description: 'PDF, JPEG, PNG, XML or DOCX (as configured)' },
        },
      },
      encoding: { file: { contentType: 'application/octet-stream' } },
    },
  },
};

/** A file's bytes: of the route's media type, or as recognised at upload. */
const fileContent = (spec: RouteSpec) => ({
  [spec.mediaType ?? '*/*']: { schema: { type: 'string', format: 'binary' } },
});
const FILE_HEADERS = {
  ETag: { description: 'the content hash, quoted', schema: { type: 'string' } },
  'Content-Disposition': { description: 'the file name as uploaded', schema: { type: 'string' } },
};

function parameters(spec: RouteSpec): Record<string, unknown>[] {
  const path = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: PATH_PARAMS[name]?.() ?? { type: 'string', pattern: '^.+$' },
  }));
  const query = spec.query
    ? (jsonSchema(spec.query) as { properties?: Record<string, { description?: string }>; required?: string[] })
    : undefined;
  // A field's description (the rules it shares with other fields) documents the parameter itself.
  const fromQuery = Object.entries(query?.properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: 'query',
    required: query?.required?.includes(name) ?? false,
    ...(description ? { description } : {}),
    schema,
  }));
  const headers = [];
  if (spec.method === 'POST') {
    headers.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', pattern: '^[\\w.:-]{8,128}$' },
    });
  }
  if (spec.cached) {
    headers.push({
      name: 'Cache-Control',
      in: 'header',
      required: false,
      description: '`no-cache` reads the read model itself rather than the page kept since its last change',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  if (spec.response === 'binary') {
    const header = (name: string, description: string) => ({
      name,
      in: 'header',
      required: false,
      description,
      schema: { type: 'string', maxLength: 200 },
    });
    headers.push(
      header('Range', 'one byte range, e.g. `bytes=0-1023` or `bytes=-500`'),
      header('If-None-Match', 'the ETag of the copy held: 304 when it is current'),
      header('If-Range', 'the ETag the range was computed against: the whole file when it changed'),
    );
  }
  return [...path, ...fromQuery, ...headers];
}

function successContent(spec: RouteSpec): Record<string, unknown> {
  if (spec.response === 'text') return { 'text/plain': { schema: { type: 'string' } } };
  if (spec.response === 'events') return { 'text/event-stream': { schema: { type: 'string' } } };
  if (spec.response === 'binary' || spec.response === 'generated') return fileContent(spec);
  if (spec.responseBody) return { 'application/json': { schema: jsonSchema(spec.responseBody, 'output') } };
  return { 'application/json': { schema: { type: spec.response === 'array' ? 'array' : 'object' } } };
}

type RouteName = keyof typeof ROUTES;

/**
 * OpenAPI links from a response to the routes of the same dossier: from a submission (its new code
 * and lookup key) and from each command (the code it was sent to). A client learns the flow from them,
 * and the fuzzer's stateful phase follows them to act on dossiers that exist.
 */
function dossierLinks(name: RouteName, spec: RouteSpec): Record<string, unknown> | undefined {
  const fromSubmission = name === 'submit';
  if (!fromSubmission && !(spec.method === 'POST' && spec.path.startsWith('/dossiers/{code}/'))) return undefined;
  const code = fromSubmission ? '$response.body#/dossierCode' : '$request.path.code';
  const links: Record<string, unknown> = {};
  for (const [target, route] of Object.entries(ROUTES) as [RouteName, RouteSpec][]) {
    if (!route.path.includes('{code}')) continue;
    if (route.roles !== 'public') links[target] = { operationId: target, parameters: { code } };
    // The lookup key is printed on the receipt: only the submission's answer carries it.
    else if (fromSubmission)
      links[target] = { operationId: target, parameters: { code, 'query.key': '$response.body#/lookupKey' } };
  }
  return links;
}

function operation(name: RouteName, spec: RouteSpec): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    [spec.status]: { description: 'Success', content: successContent(spec), links: dossierLinks(name, spec) },
    '400': PROBLEM,
    '404': PROBLEM,
  };
  if (spec.roles !== 'public') Object.assign(responses, { '401': PROBLEM, '403': PROBLEM });
  if (spec.response === 'binary') {
    Object.assign(responses, {
      [spec.status]: { description: 'The whole file', headers: FILE_HEADERS, content: fileContent(spec) },
      '206': { description: 'One byte range of the file (`Range`)', headers: FILE_HEADERS, content: fileContent(spec) },
      '304': { description: 'The copy named by `If-None-Match` is current' },
      '416': PROBLEM,
    });
  }
  if (spec.method !== 'GET') {
    Object.assign(responses, { '409': PROBLEM, '412': PROBLEM, '413': PROBLEM, '415': PROBLEM, '422': PROBLEM });
  }
  // Any route that reads or writes may find PostgreSQL or Temporal away; commands may time out.
  responses['503'] = spec.path === '/health' ? { description: 'A dependency is down' } : RETRY_LATER;
  if (spec.method === 'POST') responses['504'] = RETRY_LATER;
  if (spec.rateLimited) responses['429'] = RETRY_LATER;
  return {
    operationId: name,
    summary: spec.summary,
    tags: [spec.tag],
    security: spec.roles === 'public' ? [] : [{ bearer: [] }],
    'x-roles': spec.roles,
    parameters: parameters(spec),
    ...(spec.upload ? { requestBody: UPLOAD_BODY } : {}),
    ...(spec.body
      ? {
          requestBody: {
            // A command without fields takes an empty body too.
            required: !spec.body.safeParse({}).success,
            content: { 'application/json': { schema: jsonSchema(spec.body), example: spec.example } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the API, built from the route table (the same one the guard enforces). */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(ROUTES) as [RouteName, RouteSpec][]) {
    paths[spec.path] = { ...paths[spec.path], [spec.method.toLowerCase()]: operation(name, spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua — one-stop dossier engine',
      version: '0.1.0',
      description:
        'Dossiers (hồ sơ TTHC) of Vietnamese one-stop desks: submission, every lifecycle command, the work queue, the audit queue and the public status lookup. Bearer JWT on every route but health, docs and the public lookup; roles in `x-roles`.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: PROBLEM_SCHEMAS,
    },
    paths,
  };
}
