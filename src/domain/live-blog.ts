import { z } from 'zod';
import { blockSchema, bodySchema, type Block } from './body.ts';

/** An entry is short: a few paragraphs, an image or an embed. */
export const MAX_ENTRY_BLOCKS = 50;

/** What the newsroom sends to post or edit an entry. */
export const liveEntryInputSchema = z.strictObject({
  body: bodySchema.pipe(
    z.array(blockSchema).max(MAX_ENTRY_BLOCKS, `must have at most ${MAX_ENTRY_BLOCKS} blocks`),
  ),
  /** Pinned as the key points (at most one entry is; pinning one unpins the other). */
  pinned: z.boolean().optional(),
});
export type LiveEntryInput = z.infer<typeof liveEntryInputSchema>;

/** An edit names the version it started from, as article saves do. */
export const liveEntryEditSchema = liveEntryInputSchema.extend({ version: z.number().int().min(1) });
export type LiveEntryEdit = z.infer<typeof liveEntryEditSchema>;

export interface LiveBlog {
  articleId: string;
  startedAt: Date;
  /** When the closing entry was posted; null while the coverage runs. */
  endedAt: Date | null;
}

export interface LiveEntry {
  id: string;
  articleId: string;
  authorId: string | null;
  authorName: string;
  body: Block[];
  bodyText: string;
  pinned: boolean;
  /** The entry that ended the coverage. */
  closing: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Deleted entries stay as tombstones so pages already open can drop them. */
  deletedAt: Date | null;
}

export interface LiveEntryRevision {
  id: string;
  entryId: string;
  version: number;
  userId: string | null;
  action: 'posted' | 'edited' | 'pinned' | 'unpinned' | 'deleted';
  body: Block[];
  createdAt: Date;
}

/** What a change to a live blog tells the readers connected to it (through the outbox). */
export type LiveChange = 'posted' | 'edited' | 'deleted' | 'closed';

/** Entries as readers see them: the pinned one apart, the others newest first. */
export function arrangeEntries(entries: readonly LiveEntry[]): {
  pinned: LiveEntry | null;
  stream: LiveEntry[];
} {
  const shown = entries.filter((e) => !e.deletedAt);
  const pinned = shown.find((e) => e.pinned) ?? null;
  const stream = shown
    .filter((e) => e !== pinned)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
  return { pinned, stream };
}
