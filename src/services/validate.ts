import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';

/** Parses input with a schema or throws VALIDATION_FAILED naming every failing field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      r.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
      r.error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message })),
    );
  }
  return r.data;
}
