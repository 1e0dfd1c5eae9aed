import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError, type FieldProblem } from './errors/api-error';

/**
 * Characters valid in JSON but refused by PostgreSQL's text and jsonb types: NUL and lone UTF-16
 * surrogates. Refused here (400) so that no input can turn into a database error (500).
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Validates a request part against a zod schema; failures are 400 VALIDATION_FAILED with every field. */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    // A problem with the part as a whole is named by the part: a path parameter's name, or "(body)"/"(query)".
    const whole = metadata?.data ?? `(${metadata?.type ?? 'body'})`;
    const errors: FieldProblem[] = parsed.success
      ? unstorableStrings(parsed.data, '', whole)
      : parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || whole, message: issue.message }));
    if (errors.length === 0 && parsed.success) return parsed.data;
    throw new ApiError(
      400,
      'VALIDATION_FAILED',
      `invalid request: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}

function unstorableStrings(value: unknown, path: string, whole: string): FieldProblem[] {
  if (typeof value === 'string') {
    return UNSTORABLE.test(value)
      ? [{ path: path || whole, message: 'contains a NUL or an unpaired surrogate character' }]
      : [];
  }
  const inner = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableStrings(item, inner(i), whole));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unstorableStrings(item, inner(key), whole));
  }
  return [];
}
