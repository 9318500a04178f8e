import type { FastifyInstance } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { z } from 'zod';
import type { Article } from '../../domain/article.ts';
import { AppError } from '../../domain/errors.ts';
import type { LiveEntry } from '../../domain/live-blog.ts';
import type { MessageCatalogs } from '../../lib/messages.ts';
import type { ArticleReader } from '../../services/articles/article-reader.ts';
import type { LiveBlogService } from '../../services/live/live-blog.service.ts';
import type { LiveNews } from '../../services/live/live-news.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import { LiveEntryView } from '../components/LiveBlog.tsx';
import { LiveStreams, type LiveStreamLimits } from './live-streams.ts';

export interface LiveRouteDeps {
  reader: ArticleReader;
  live: LiveBlogService;
  news: LiveNews;
  site: SiteService;
  messages: MessageCatalogs;
  limits: LiveStreamLimits;
  /** Browsers wait this long before polling again (the fallback without a stream). */
  pollMs: number;
  onError?: (err: unknown) => void;
}

/** An entry's change as the page's script takes it: from the stream and from polling alike. */
export interface LiveChangeMessage {
  id: string;
  change: 'posted' | 'edited' | 'deleted';
  version: number;
  /** The entry's last change: the reader's cursor for catching up. */
  at: string;
  html: string;
}

const idParams = z.object({ id: z.uuid() });
const pollQuery = z.object({ since: z.iso.datetime().optional() });

/** How many changes one poll answers at most (the next poll takes the rest). */
const POLL_LIMIT = 100;

function messageOf(entry: LiveEntry, article: Article, deps: LiveRouteDeps): LiveChangeMessage {
  const ec = {
    language: article.language,
    timeZone: deps.site.settings().timeZone,
    t: deps.messages.translator(article.language),
  };
  return {
    id: entry.id,
    change: entry.deletedAt ? 'deleted' : entry.version > 1 ? 'edited' : 'posted',
    version: entry.version,
    at: entry.updatedAt.toISOString(),
    html: entry.deletedAt ? '' : renderToString(<LiveEntryView ec={ec} entry={entry} />),
  };
}

function idOf(params: unknown): string {
  const p = idParams.safeParse(params);
  if (!p.success) throw new AppError('NOT_FOUND', 'No such live blog.');
  return p.data.id;
}

/** A published live blog, or NOT_FOUND: readers cannot open the stream of a draft. */
async function liveArticle(deps: LiveRouteDeps, id: string): Promise<Article> {
  const [article, blog] = await Promise.all([deps.reader.byId(id), deps.live.find(id)]);
  if (!article || article.status !== 'published' || !blog)
    throw new AppError('NOT_FOUND', 'No such live blog.');
  return article;
}

/**
 * Live blogs' readers: `/live/<id>/stream` (Server-Sent Events, one `entry` event per change) and
 * `/live/<id>/entries?since=` (the same changes, for polling and for catching up after a
 * reconnect). Outside the page cache: both answer what is new at this moment.
 */
export function registerLiveRoutes(server: FastifyInstance, deps: LiveRouteDeps): LiveStreams {
  const languages = new Map<string, Article>();
  const streams = new LiveStreams(
    deps.news,
    async (notice) => {
      const [entry, article] = await Promise.all([
        deps.live.entry(notice.entryId),
        languages.get(notice.articleId) ?? deps.reader.byId(notice.articleId),
      ]);
      if (!entry || !article) return null;
      return `event: entry\ndata: ${JSON.stringify(messageOf(entry, article, deps))}\n\n`;
    },
    deps.limits,
    deps.onError,
  );
  server.addHook('preClose', (done) => {
    streams.close();
    done();
  });

  server.get('/live/:id/stream', async (request, reply) => {
    const id = idOf(request.params);
    const article = await liveArticle(deps, id);
    if (!streams.hasRoom()) {
      // Past the cap the page polls instead (its script falls back on an error).
      return reply.code(503).header('retry-after', '30').header('cache-control', 'no-store').send('busy');
    }
    languages.set(id, article);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    res.write(`retry: ${String(deps.pollMs)}\n: open\n\n`);
    streams.join(id, res);
    return reply;
  });

  server.get('/live/:id/entries', async (request, reply) => {
    const id = idOf(request.params);
    const query = pollQuery.safeParse(request.query);
    if (!query.success)
      throw new AppError('VALIDATION_FAILED', 'since must be an ISO 8601 time', [
        { field: 'since', message: 'must be an ISO 8601 time' },
      ]);
    const { since } = query.data;
    const article = await liveArticle(deps, id);
    const changed = await deps.live.changedSince(id, since ? new Date(since) : new Date(0), POLL_LIMIT);
    const blog = await deps.live.find(id);
    return reply.header('cache-control', 'no-store').send({
      changes: changed.map((e) => messageOf(e, article, deps)),
      ended: Boolean(blog?.endedAt),
      pollMs: deps.pollMs,
    });
  });
  return streams;
}
