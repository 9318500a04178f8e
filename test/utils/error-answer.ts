import { z } from 'zod';
import type { ErrorBody } from '../../src/http/errors.ts';

/** An error answer as src/http/errors.ts writes it, for tests to read; another shape fails the test. */
export const errorAnswer: z.ZodType<ErrorBody> = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
