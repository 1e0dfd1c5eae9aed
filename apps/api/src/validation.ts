import { Injectable, type PipeTransform } from '@nestjs/common';
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

  transform(value: unknown): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    const errors: FieldProblem[] = parsed.success
      ? unstorableStrings(parsed.data)
      : parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
    if (errors.length === 0 && parsed.success) return parsed.data;
    throw new ApiError(
      400,
      'VALIDATION_FAILED',
      `invalid request: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}

function unstorableStrings(value: unknown, path = ''): FieldProblem[] {
  if (typeof value === 'string') {
    return UNSTORABLE.test(value)
      ? [{ path: path || '(value)', message: 'contains a NUL or an unpaired surrogate character' }]
      : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => unstorableStrings(item, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unstorableStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}
