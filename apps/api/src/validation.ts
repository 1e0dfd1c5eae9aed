import { Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError } from './errors/api-error';

/** Validates a request part against a zod schema; failures are 400 VALIDATION_FAILED with every field. */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    const errors = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.') || '(body)',
      message: issue.message,
    }));
    throw new ApiError(
      400,
      'VALIDATION_FAILED',
      `invalid request: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}
