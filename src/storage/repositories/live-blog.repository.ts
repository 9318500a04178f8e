import type { Kysely } from 'kysely';
import type { Block } from '../../domain/body.ts';
import type { LiveBlog, LiveEntry, LiveEntryRevision } from '../../domain/live-blog.ts';
import type { DB, LiveEntriesTable } from '../schema.ts';

const at = (s: string): Date => new Date(s);

function entryOf(r: LiveEntriesTable): LiveEntry {
  return {
    id: r.id,
    articleId: r.article_id,
    authorId: r.author_id,
    authorName: r.author_name,
    body: JSON.parse(r.body_json) as Block[],
    bodyText: r.body_text,
    pinned: r.pinned === 1,
    closing: r.closing === 1,
    version: r.version,
    createdAt: at(r.created_at),
    updatedAt: at(r.updated_at),
    deletedAt: r.deleted_at ? at(r.deleted_at) : null,
  };
}

/** Live blogs, their entries (with tombstones) and every version of each entry. */
export class LiveBlogRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async find(articleId: string): Promise<LiveBlog | null> {
    const r = await this.db
      .selectFrom('live_blogs')
      .selectAll()
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return r
      ? { articleId: r.article_id, startedAt: at(r.started_at), endedAt: r.ended_at ? at(r.ended_at) : null }
      : null;
  }

  /** Which of these articles are live blogs (for listings: one query for a page). */
  async findMany(articleIds: readonly string[]): Promise<Map<string, LiveBlog>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('live_blogs')
      .selectAll()
      .where('article_id', 'in', articleIds)
      .execute();
    return new Map(
      rows.map((r) => [
        r.article_id,
        { articleId: r.article_id, startedAt: at(r.started_at), endedAt: r.ended_at ? at(r.ended_at) : null },
      ]),
    );
  }

  /** The articles whose coverage is running (no closing entry), the latest started first. */
  async running(limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('live_blogs')
      .select('article_id')
      .where('ended_at', 'is', null)
      .orderBy('started_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.article_id);
  }

  async start(articleId: string, startedAt: Date, userId: string | null): Promise<void> {
    await this.db
      .insertInto('live_blogs')
      .values({
        article_id: articleId,
        started_at: startedAt.toISOString(),
        ended_at: null,
        created_by: userId,
      })
      .execute();
  }

  async end(articleId: string, endedAt: Date | null): Promise<void> {
    await this.db
      .updateTable('live_blogs')
      .set({ ended_at: endedAt ? endedAt.toISOString() : null })
      .where('article_id', '=', articleId)
      .execute();
  }

  async insertEntry(e: LiveEntry): Promise<void> {
    await this.db
      .insertInto('live_entries')
      .values({
        id: e.id,
        article_id: e.articleId,
        author_id: e.authorId,
        author_name: e.authorName,
        body_json: JSON.stringify(e.body),
        body_text: e.bodyText,
        pinned: e.pinned ? 1 : 0,
        closing: e.closing ? 1 : 0,
        version: e.version,
        created_at: e.createdAt.toISOString(),
        updated_at: e.updatedAt.toISOString(),
        deleted_at: null,
      })
      .execute();
  }

  /** Writes an entry's new state if it is still at `fromVersion`; false when someone saved since. */
  async updateEntry(e: LiveEntry, fromVersion: number): Promise<boolean> {
    const res = await this.db
      .updateTable('live_entries')
      .set({
        body_json: JSON.stringify(e.body),
        body_text: e.bodyText,
        pinned: e.pinned ? 1 : 0,
        version: e.version,
        updated_at: e.updatedAt.toISOString(),
        deleted_at: e.deletedAt ? e.deletedAt.toISOString() : null,
      })
      .where('id', '=', e.id)
      .where('version', '=', fromVersion)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Unpins every entry of the article but one (pinning moves the key points). */
  async unpinOthers(articleId: string, keepId: string, now: Date): Promise<string[]> {
    const pinned = await this.db
      .selectFrom('live_entries')
      .select('id')
      .where('article_id', '=', articleId)
      .where('pinned', '=', 1)
      .where('id', '!=', keepId)
      .execute();
    if (pinned.length === 0) return [];
    await this.db
      .updateTable('live_entries')
      .set((eb) => ({ pinned: 0, version: eb('version', '+', 1), updated_at: now.toISOString() }))
      .where(
        'id',
        'in',
        pinned.map((p) => p.id),
      )
      .execute();
    return pinned.map((p) => p.id);
  }

  async findEntry(id: string): Promise<LiveEntry | null> {
    const r = await this.db.selectFrom('live_entries').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? entryOf(r) : null;
  }

  /** The article's entries, tombstones included, oldest first. */
  async entries(articleId: string): Promise<LiveEntry[]> {
    const rows = await this.db
      .selectFrom('live_entries')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(entryOf);
  }

  /** Entries posted, edited or deleted after `since` (readers' polling), oldest change first. */
  async changedSince(articleId: string, since: Date, limit: number): Promise<LiveEntry[]> {
    const rows = await this.db
      .selectFrom('live_entries')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('updated_at', '>', since.toISOString())
      .orderBy('updated_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(entryOf);
  }

  async insertRevision(r: LiveEntryRevision): Promise<void> {
    await this.db
      .insertInto('live_entry_revisions')
      .values({
        id: r.id,
        entry_id: r.entryId,
        version: r.version,
        user_id: r.userId,
        action: r.action,
        body_json: JSON.stringify(r.body),
        created_at: r.createdAt.toISOString(),
      })
      .execute();
  }

  /** Every version of an entry, newest first. */
  async revisions(entryId: string): Promise<LiveEntryRevision[]> {
    const rows = await this.db
      .selectFrom('live_entry_revisions')
      .selectAll()
      .where('entry_id', '=', entryId)
      .orderBy('version', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      entryId: r.entry_id,
      version: r.version,
      userId: r.user_id,
      action: r.action as LiveEntryRevision['action'],
      body: JSON.parse(r.body_json) as Block[],
      createdAt: at(r.created_at),
    }));
  }
}
