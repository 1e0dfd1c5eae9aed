import { HttpCode, Get, Post, Put, SetMetadata, applyDecorators } from '@nestjs/common';
import type { z } from 'zod';
import type { Role } from '../auth/principal';

/**
 * One HTTP route, described once: Nest routing, the roles allowed (checked by the auth guard), the
 * OpenAPI document and the authorisation-matrix test are all derived from this.
 */
export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** OpenAPI-style path, e.g. `/dossiers/{code}/accept`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** Who may call it; `public` routes need no token. */
  readonly roles: readonly Role[] | 'public';
  /** Whether the route acts on one dossier, feedback or agency and so is scoped by the caller's agencies. */
  readonly scope: 'dossier' | 'feedback' | 'agency' | 'none';
  readonly status: number;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  /**
   * Shape of the success response (OpenAPI); default a JSON object. `binary`: a stored file's bytes, with
   * ETag and byte ranges; `generated`: a file made for this request (a rendered slip, a workbook), whole;
   * `events`: a stream of server-sent events.
   */
  readonly response?: 'array' | 'text' | 'binary' | 'generated' | 'events';
  /**
   * Shape of a JSON success body, for the OpenAPI document (and so the web app's generated client);
   * loose objects: the fields clients rely on, more may come.
   */
  readonly responseBody?: z.ZodType;
  /** Media type of a `binary` or `generated` response, when the route always gives one (default any). */
  readonly mediaType?: string;
  /** The body is a streamed `multipart/form-data` upload (a `kind` field, then one `file` part). */
  readonly upload?: boolean;
  /** Served from a cache kept current by the projector's announcements (`Cache-Control: no-cache` reads past it). */
  readonly cached?: boolean;
  /** A public route limited per client address (429 `RATE_LIMITED` with `Retry-After` past the limit). */
  readonly rateLimited?: boolean;
  /** Example request body (OpenAPI, fuzzing, docs). */
  readonly example?: unknown;
}

export const ROUTE_SPEC = Symbol('ROUTE_SPEC');

/** Nest method decorator for a {@link RouteSpec}. */
export function Route(spec: RouteSpec): MethodDecorator {
  const path = spec.path.replace(/\{(\w+)\}/g, ':$1');
  const method = { GET: Get, POST: Post, PUT: Put }[spec.method];
  return applyDecorators(method(path), HttpCode(spec.status), SetMetadata(ROUTE_SPEC, spec));
}
