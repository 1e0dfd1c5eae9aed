import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError, type FieldProblem } from './errors/api-error';
import { unstorableParts } from './http/storable-json';

/** Validates a request part against a zod schema; failures are 400 VALIDATION_FAILED with every field. */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    // A problem with the part as a whole is named by the part: a path parameter's name, or "(body)"/"(query)".
    const whole = metadata?.data ?? `(${metadata?.type ?? 'body'})`;
    const errors: FieldProblem[] = parsed.success
      ? unstorableParts(parsed.data, whole)
      : parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || whole, message: issue.message }));
    if (errors.length === 0 && parsed.success) return parsed.data;
    throw ApiError.of(
      'VALIDATION_FAILED',
      `invalid request: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}
