import { z } from 'zod';
import {
  liveBlogSchema,
  liveEntryBody,
  liveEntryEditBody,
  liveEntrySchema,
  livePinBody,
  liveVersionBody,
  type LiveEntryWire,
} from '../../contract/live.ts';
import { dataOf } from '../../contract/wire.ts';
import type { LiveEntry } from '../../domain/live-blog.ts';
import type { LiveBlogService } from '../../services/live/live-blog.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf, idParams } from './article-action.ts';

const entryParams = z.object({ entry: z.string().min(1).max(64) });

const wire = (e: LiveEntry): LiveEntryWire => ({
  id: e.id,
  authorName: e.authorName,
  body: e.body,
  pinned: e.pinned,
  closing: e.closing,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

/** The live blog's entries panel: start, list, post, edit, pin, delete, close. */
export function liveEndpoints(live: LiveBlogService): AdminEndpoint[] {
  const state = async (articleId: string) => {
    const blog = await live.find(articleId);
    const entries = blog ? await live.entries(articleId) : [];
    return {
      data: {
        live: Boolean(blog),
        startedAt: blog?.startedAt.toISOString() ?? null,
        endedAt: blog?.endedAt?.toISOString() ?? null,
        entries: entries
          .filter((e) => !e.deletedAt)
          .reverse()
          .map(wire),
      },
    };
  };
  return [
    endpoint({
      method: 'GET',
      path: '/articles/:id/live',
      operationId: 'getLiveBlog',
      summary: 'Whether the article is a live blog, and its entries newest first',
      access: 'newsroom.enter',
      response: dataOf(liveBlogSchema),
      params: idParams,
      handler: ({ params }) => state(params.id),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/live',
      operationId: 'startLiveBlog',
      summary: 'Make the article a live blog (coverage starts now)',
      access: 'articles.write-own',
      response: dataOf(liveBlogSchema),
      params: idParams,
      handler: async ({ params, user }) => {
        await live.start(actorOf(user), params.id);
        return state(params.id);
      },
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/live/entries',
      operationId: 'postLiveEntry',
      summary: 'Post an entry',
      access: 'articles.write-own',
      response: dataOf(liveEntrySchema),
      params: idParams,
      body: liveEntryBody,
      handler: async ({ params, body, user }) => ({
        data: wire(await live.post(actorOf(user), params.id, body)),
      }),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/live/close',
      operationId: 'closeLiveBlog',
      summary: 'Post the closing entry: the coverage ends',
      access: 'articles.write-own',
      response: dataOf(liveEntrySchema),
      params: idParams,
      body: liveEntryBody.omit({ pinned: true }),
      handler: async ({ params, body, user }) => ({
        data: wire(await live.close(actorOf(user), params.id, body)),
      }),
    }),
    endpoint({
      method: 'PUT',
      path: '/live-entries/:entry',
      operationId: 'editLiveEntry',
      summary: 'Edit an entry (its earlier version is kept)',
      access: 'articles.write-own',
      response: dataOf(liveEntrySchema),
      params: entryParams,
      body: liveEntryEditBody,
      handler: async ({ params, body, user }) => ({
        data: wire(await live.edit(actorOf(user), params.entry, body)),
      }),
    }),
    endpoint({
      method: 'POST',
      path: '/live-entries/:entry/pin',
      operationId: 'pinLiveEntry',
      summary: 'Pin an entry as the key points, or unpin it',
      access: 'articles.write-own',
      response: dataOf(liveEntrySchema),
      params: entryParams,
      body: livePinBody,
      handler: async ({ params, body, user }) => ({
        data: wire(await live.pin(actorOf(user), params.entry, body.pinned, body.version)),
      }),
    }),
    endpoint({
      method: 'DELETE',
      path: '/live-entries/:entry',
      operationId: 'deleteLiveEntry',
      summary: 'Delete an entry (audited; its versions remain)',
      access: 'articles.write-own',
      response: dataOf(z.object({ deleted: z.literal(true) })),
      params: entryParams,
      body: liveVersionBody,
      handler: async ({ params, body, user }) => {
        await live.remove(actorOf(user), params.entry, body.version);
        return { data: { deleted: true as const } };
      },
    }),
  ];
}
