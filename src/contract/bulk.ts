import { z } from 'zod';
import { articleStatuses } from '../domain/statuses.ts';

/** What the article list does to several articles at once. */
export const bulkActions = ['publish', 'unpublish', 'move', 'tag'] as const;
export type BulkAction = (typeof bulkActions)[number];

/** POST /admin/api/articles/bulk: the articles and the action (checked by the newsroom service's `bulkBody`). */
export interface BulkBody {
  ids: string[];
  action: BulkAction;
  /** The section `move` puts the articles in (its slug). */
  section?: string;
  /** The tag `tag` adds (its name). */
  tag?: string;
}

/**
 * One article's outcome: done (its status after, and whether the change waits as a pending
 * version of a live article) or refused with the error it got alone.
 */
export const bulkResultSchema = z.discriminatedUnion('ok', [
  z.object({
    id: z.string(),
    ok: z.literal(true),
    headline: z.string(),
    status: z.enum(articleStatuses),
    pending: z.boolean(),
  }),
  z.object({
    id: z.string(),
    ok: z.literal(false),
    headline: z.string().nullable(),
    code: z.string(),
    message: z.string(),
  }),
]);
export type BulkResult = z.output<typeof bulkResultSchema>;
export const bulkAnswer = z.object({ data: z.array(bulkResultSchema) });
