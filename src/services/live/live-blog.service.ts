import { z } from 'zod';
import type { Article } from '../../domain/article.ts';
import { bodyToPlainText, safeBody } from '../../domain/body.ts';
import { AppError } from '../../domain/errors.ts';
import { payloadOf, type LiveChangedEvent } from '../../domain/events.ts';
import {
  liveEntryEditSchema,
  liveEntryInputSchema,
  type LiveBlog,
  type LiveEntry,
  type LiveEntryRevision,
} from '../../domain/live-blog.ts';
import { can, type Role } from '../../domain/roles.ts';
import type { Repositories, Store } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';

/** Who writes to a live blog. */
export interface LiveActor {
  /** The newsroom account; null for the demo's desk, which has none. */
  id: string | null;
  name: string;
  role: Role;
}

/** Reads newsroom input through a schema: bad input names its field, and nothing is written. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    field: i.path.map(String).join('.') || 'body',
    message: i.message,
  }));
  const first = issues[0] ?? { field: 'body', message: 'is not valid' };
  throw new AppError('VALIDATION_FAILED', `${first.field} ${first.message}`, issues);
}

/**
 * The newsroom's live blogs: turning an article into one, and posting, editing, deleting and
 * pinning its entries, and closing it. Every write keeps the entry's version as a revision and
 * the person's audit entry in the same transaction, and — when readers can see the article — an
 * outbox event, through which the page is purged and connected readers hear of the entry.
 */
export class LiveBlogService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

  async find(articleId: string): Promise<LiveBlog | null> {
    return this.store.repos.live.find(articleId);
  }

  /** Ids of the articles whose coverage is running, the latest started first (drafts included). */
  async runningIds(limit: number): Promise<string[]> {
    return this.store.repos.live.running(limit);
  }

  /** Every entry, tombstones included, oldest first. */
  async entries(articleId: string): Promise<LiveEntry[]> {
    return this.store.repos.live.entries(articleId);
  }

  /** One entry, or null (a deleted one is returned as its tombstone). */
  async entry(entryId: string): Promise<LiveEntry | null> {
    return this.store.repos.live.findEntry(entryId);
  }

  /** Entries posted, edited or deleted after `since`, oldest change first (readers catching up). */
  async changedSince(articleId: string, since: Date, limit: number): Promise<LiveEntry[]> {
    return this.store.repos.live.changedSince(articleId, since, limit);
  }

  async revisions(entryId: string): Promise<LiveEntryRevision[]> {
    return this.store.repos.live.revisions(entryId);
  }

  /** Makes the article a live blog (coverage starts now). */
  async start(actor: LiveActor, articleId: string): Promise<LiveBlog> {
    return this.store.transaction(async (repos) => {
      const article = await this.writable(repos, actor, articleId);
      if (await repos.live.find(articleId))
        throw new AppError('CONFLICT', 'This article is already a live blog.');
      const now = this.clock.now();
      await repos.live.start(articleId, now, actor.id);
      await this.audit(repos, actor, 'live.started', articleId, { headline: article.headline });
      if (article.status === 'published')
        await repos.outbox.add({
          id: this.newId(),
          type: 'article.updated',
          occurredAt: now,
          article: payloadOf(article),
        });
      return { articleId, startedAt: now, endedAt: null };
    });
  }

  async post(actor: LiveActor, articleId: string, input: unknown): Promise<LiveEntry> {
    const { body, pinned } = parse(liveEntryInputSchema, input);
    return this.store.transaction(async (repos) => {
      const article = await this.writable(repos, actor, articleId);
      await this.running(repos, articleId);
      const entry = this.newEntry(actor, articleId, body, pinned ?? false, false);
      await repos.live.insertEntry(entry);
      if (entry.pinned) await this.unpinOthers(repos, actor, entry);
      await this.keep(repos, actor, entry, 'posted');
      await this.announce(repos, article, entry.id, 'posted');
      return entry;
    });
  }

  async edit(actor: LiveActor, entryId: string, input: unknown): Promise<LiveEntry> {
    const { body, pinned, version } = parse(liveEntryEditSchema, input);
    return this.store.transaction(async (repos) => {
      const { entry, article } = await this.entryOf(repos, actor, entryId);
      const next: LiveEntry = {
        ...entry,
        body: safeBody(body),
        bodyText: bodyToPlainText(body),
        pinned: pinned ?? entry.pinned,
        version: entry.version + 1,
        updatedAt: this.clock.now(),
      };
      await this.save(repos, next, version);
      if (next.pinned && !entry.pinned) await this.unpinOthers(repos, actor, next);
      await this.keep(repos, actor, next, 'edited');
      await this.announce(repos, article, entryId, 'edited');
      return next;
    });
  }

  /** Pins an entry as the key points (unpinning the one before) or unpins it. */
  async pin(actor: LiveActor, entryId: string, pinned: boolean, version: number): Promise<LiveEntry> {
    return this.store.transaction(async (repos) => {
      const { entry, article } = await this.entryOf(repos, actor, entryId);
      const next: LiveEntry = { ...entry, pinned, version: entry.version + 1, updatedAt: this.clock.now() };
      await this.save(repos, next, version);
      if (pinned) await this.unpinOthers(repos, actor, next);
      await this.keep(repos, actor, next, pinned ? 'pinned' : 'unpinned');
      await this.announce(repos, article, entryId, 'edited');
      return next;
    });
  }

  /** Deletes an entry: readers stop seeing it; its versions and the audit entry remain. */
  async remove(actor: LiveActor, entryId: string, version: number): Promise<void> {
    await this.store.transaction(async (repos) => {
      const { entry, article } = await this.entryOf(repos, actor, entryId);
      const now = this.clock.now();
      const next: LiveEntry = {
        ...entry,
        pinned: false,
        version: entry.version + 1,
        updatedAt: now,
        deletedAt: now,
      };
      await this.save(repos, next, version);
      if (entry.closing) await repos.live.end(entry.articleId, null);
      await this.keep(repos, actor, next, 'deleted');
      await this.announce(repos, article, entryId, 'deleted');
    });
  }

  /** Posts the closing entry: the coverage ends with it (deleting it opens the blog again). */
  async close(actor: LiveActor, articleId: string, input: unknown): Promise<LiveEntry> {
    const { body } = parse(liveEntryInputSchema, input);
    return this.store.transaction(async (repos) => {
      const article = await this.writable(repos, actor, articleId);
      await this.running(repos, articleId);
      const entry = this.newEntry(actor, articleId, body, false, true);
      await repos.live.insertEntry(entry);
      await repos.live.end(articleId, entry.createdAt);
      await this.keep(repos, actor, entry, 'posted');
      await this.audit(repos, actor, 'live.closed', articleId, { entry: entry.id });
      await this.announce(repos, article, entry.id, 'closed');
      return entry;
    });
  }

  private newEntry(
    actor: LiveActor,
    articleId: string,
    body: LiveEntry['body'],
    pinned: boolean,
    closing: boolean,
  ): LiveEntry {
    const now = this.clock.now();
    const clean = safeBody(body);
    return {
      id: this.newId(),
      articleId,
      authorId: actor.id,
      authorName: actor.name,
      body: clean,
      bodyText: bodyToPlainText(clean),
      pinned,
      closing,
      version: 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
  }

  private async writable(repos: Repositories, actor: LiveActor, articleId: string): Promise<Article> {
    const article = await repos.articles.findById(articleId);
    if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    if (!can(actor.role, 'articles.edit-any') && article.ownerId !== actor.id)
      throw new AppError('FORBIDDEN', 'Only its owner or an editor may write to this live blog.');
    return article;
  }

  private async running(repos: Repositories, articleId: string): Promise<LiveBlog> {
    const blog = await repos.live.find(articleId);
    if (!blog) throw new AppError('CONFLICT', 'This article is not a live blog: make it one first.');
    if (blog.endedAt)
      throw new AppError('CONFLICT', 'This live blog has closed: delete its closing entry to reopen it.');
    return blog;
  }

  private async entryOf(
    repos: Repositories,
    actor: LiveActor,
    entryId: string,
  ): Promise<{ entry: LiveEntry; article: Article }> {
    const entry = await repos.live.findEntry(entryId);
    if (!entry || entry.deletedAt) throw new AppError('NOT_FOUND', `live entry ${entryId} does not exist`);
    return { entry, article: await this.writable(repos, actor, entry.articleId) };
  }

  private async save(repos: Repositories, next: LiveEntry, fromVersion: number): Promise<void> {
    if (!(await repos.live.updateEntry(next, fromVersion)))
      throw new AppError(
        'CONFLICT',
        `This entry was changed since you opened it (you have version ${fromVersion}, it is now at version ${next.version - 1}). Reload it and apply your change again.`,
        [{ field: 'version', message: `is ${next.version - 1}, not ${fromVersion}` }],
      );
  }

  /** Pinning is exclusive: the entry pinned before loses the pin, with a revision of its own. */
  private async unpinOthers(repos: Repositories, actor: LiveActor, keep: LiveEntry): Promise<void> {
    const unpinned = await repos.live.unpinOthers(keep.articleId, keep.id, this.clock.now());
    for (const id of unpinned) {
      const e = await repos.live.findEntry(id);
      if (e) await this.keep(repos, actor, e, 'unpinned');
    }
  }

  private async keep(
    repos: Repositories,
    actor: LiveActor,
    e: LiveEntry,
    action: LiveEntryRevision['action'],
  ): Promise<void> {
    await repos.live.insertRevision({
      id: this.newId(),
      entryId: e.id,
      version: e.version,
      userId: actor.id,
      action,
      body: e.body,
      createdAt: this.clock.now(),
    });
    await this.audit(repos, actor, `live.entry-${action}`, e.articleId, { entry: e.id, version: e.version });
  }

  private async audit(
    repos: Repositories,
    actor: LiveActor,
    action: string,
    target: string,
    details: object,
  ): Promise<void> {
    await repos.accounts.audit({
      id: this.newId(),
      userId: actor.id,
      action,
      target,
      details,
      at: this.clock.now(),
    });
  }

  /** Readers hear of a change only when they can see the article. */
  private async announce(
    repos: Repositories,
    article: Article,
    entryId: string,
    change: LiveChangedEvent['change'],
  ): Promise<void> {
    if (article.status !== 'published') return;
    await repos.outbox.add({
      id: this.newId(),
      type: 'live.changed',
      occurredAt: this.clock.now(),
      article: payloadOf(article),
      entryId,
      change,
    });
  }
}
