import { z } from 'zod';
import { articleBodySchema, blockSchema } from '../domain/body.ts';
import { isoDateTime } from './wire.ts';

/** A live blog's entry as the newsroom's entries panel shows it. */
export const liveEntrySchema = z.object({
  id: z.string(),
  authorName: z.string(),
  body: z.array(blockSchema),
  pinned: z.boolean(),
  closing: z.boolean(),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type LiveEntryWire = z.infer<typeof liveEntrySchema>;

/** The panel's state: whether the article is a live blog, since when, until when, its entries (newest first). */
export const liveBlogSchema = z.object({
  live: z.boolean(),
  startedAt: isoDateTime.nullable(),
  endedAt: isoDateTime.nullable(),
  entries: z.array(liveEntrySchema),
});

export const liveEntryBody = z.object({ body: articleBodySchema, pinned: z.boolean().optional() });
export const liveEntryEditBody = liveEntryBody.extend({
  version: z.number().int().min(1).max(2_147_483_647),
});
export const liveVersionBody = z.object({ version: z.number().int().min(1).max(2_147_483_647) });
export const livePinBody = liveVersionBody.extend({ pinned: z.boolean() });
