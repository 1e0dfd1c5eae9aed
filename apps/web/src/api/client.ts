import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type ProblemCode = components['schemas']['ProblemCode'];
export type Problem = components['schemas']['Problem'];

/**
 * The bearer token of the signed-in person: in this module's memory only (never localStorage or a
 * cookie), so closing the tab signs out and no script of another page can read it.
 */
let bearerToken: string | undefined;

export function useToken(token: string | undefined): void {
  bearerToken = token;
}

const authorise: Middleware = {
  onRequest({ request }) {
    if (bearerToken) request.headers.set('Authorization', `Bearer ${bearerToken}`);
    return request;
  },
};

/** The API, typed from its OpenAPI document (schema.d.ts is generated: `npm run web:client`). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(authorise);

/** A refusal from the API: its stable code, the status and the API's own (English) detail. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode | 'NETWORK',
    readonly status: number,
    detail: string,
    readonly fields: readonly { path?: string; message?: string }[] = [],
  ) {
    super(detail);
  }
}

/** The data of a call, or its refusal thrown as an {@link ApiProblem} (what TanStack Query expects). */
export async function answerOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ApiProblem('NETWORK', 0, error instanceof Error ? error.message : String(error));
  }
  if (result.error !== undefined || !result.response.ok) {
    const problem = result.error as Partial<Problem> | undefined;
    throw new ApiProblem(
      problem?.code ?? 'INTERNAL_ERROR',
      result.response.status,
      problem?.detail ?? result.response.statusText,
      problem?.errors ?? [],
    );
  }
  return result.data as T;
}
