import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors/api-error';
import { unstorableParts } from './storable-json';

/**
 * Replaces Fastify's JSON body parser: an empty body is no body (a command without fields may be
 * sent with `content-type: application/json` and nothing else), and a body that could not be
 * stored or hashed (see {@link unstorableParts}) is refused with 400 before any handler, key or
 * database sees it. The size limit stays Fastify's (413 PAYLOAD_TOO_LARGE).
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['application/json']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

/** Parses a JSON request body; throws 400 VALIDATION_FAILED with every problem found. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw ApiError.of('VALIDATION_FAILED', `the body is not valid JSON: ${(error as Error).message}`, {
      errors: [{ path: '(body)', message: 'not valid JSON' }],
    });
  }
  const errors = unstorableParts(value, '(body)');
  if (errors.length > 0) {
    throw ApiError.of(
      'VALIDATION_FAILED',
      `invalid request: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      {
        errors,
      },
    );
  }
  return value;
}
