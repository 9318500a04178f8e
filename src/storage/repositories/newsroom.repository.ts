import type { Kysely } from 'kysely';
import type { ArticleSnapshot, Revision } from '../../domain/revisions.ts';
import type { ArticleStatus } from '../../domain/article.ts';
import type { DB } from '../schema.ts';

/** Every save of an article, kept whole so any two can be compared and any one restored. */
export class RevisionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(r: Revision): Promise<void> {
    await this.db
      .insertInto('revisions')
      .values({
        id: r.id,
        article_id: r.articleId,
        version: r.version,
        user_id: r.userId,
        action: r.action,
        snapshot: JSON.stringify(r.snapshot),
        created_at: r.createdAt.toISOString(),
      })
      .execute();
  }

  /** Newest first, with who saved each (their name, when the account still exists). */
  async list(articleId: string): Promise<(Omit<Revision, 'snapshot'> & { userName: string | null })[]> {
    const rows = await this.db
      .selectFrom('revisions')
      .leftJoin('users', 'users.id', 'revisions.user_id')
      .select([
        'revisions.id',
        'revisions.article_id',
        'revisions.version',
        'revisions.user_id',
        'revisions.action',
        'revisions.created_at',
        'users.name as user_name',
      ])
      .where('revisions.article_id', '=', articleId)
      .orderBy('revisions.version', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      version: r.version,
      userId: r.user_id,
      userName: r.user_name,
      action: r.action,
      createdAt: new Date(r.created_at),
    }));
  }

  async get(articleId: string, version: number): Promise<Revision | null> {
    const r = await this.db
      .selectFrom('revisions')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('version', '=', version)
      .executeTakeFirst();
    return r
      ? {
          id: r.id,
          articleId: r.article_id,
          version: r.version,
          userId: r.user_id,
          action: r.action,
          snapshot: JSON.parse(r.snapshot) as ArticleSnapshot,
          createdAt: new Date(r.created_at),
        }
      : null;
  }
}

export interface SlotAssignment {
  slot: string;
  articleId: string;
  status: ArticleStatus;
  setBy: string | null;
  setAt: Date;
}

/** The front page's curated slots, per language. */
export class FrontpageRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async slots(language: string): Promise<SlotAssignment[]> {
    const rows = await this.db
      .selectFrom('frontpage_slots')
      .innerJoin('articles', 'articles.id', 'frontpage_slots.article_id')
      .select([
        'frontpage_slots.slot',
        'frontpage_slots.article_id',
        'articles.status',
        'frontpage_slots.set_by',
        'frontpage_slots.set_at',
      ])
      .where('frontpage_slots.language', '=', language)
      .execute();
    return rows.map((r) => ({
      slot: r.slot,
      articleId: r.article_id,
      status: r.status as ArticleStatus,
      setBy: r.set_by,
      setAt: new Date(r.set_at),
    }));
  }

  /** Puts an article into a slot (replacing what was there), or empties the slot. */
  async set(language: string, slot: string, articleId: string | null, by: string, at: Date): Promise<void> {
    await this.db
      .deleteFrom('frontpage_slots')
      .where('language', '=', language)
      .where('slot', '=', slot)
      .execute();
    if (!articleId) return;
    // An article sits in one slot at a time.
    await this.db
      .deleteFrom('frontpage_slots')
      .where('language', '=', language)
      .where('article_id', '=', articleId)
      .execute();
    await this.db
      .insertInto('frontpage_slots')
      .values({ language, slot, article_id: articleId, set_by: by, set_at: at.toISOString() })
      .execute();
  }
}

/** Edits to a live article, waiting for Update or Discard: at most one pending version per article. */
export interface PendingChange {
  articleId: string;
  snapshot: ArticleSnapshot;
  /** The article's version when the pending version was started. */
  baseVersion: number;
  userId: string | null;
  userName: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set when someone without publishing rights asked for review. */
  submittedAt: Date | null;
}

export class PendingChangeRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async get(articleId: string): Promise<PendingChange | null> {
    const r = await this.db
      .selectFrom('pending_changes')
      .leftJoin('users', 'users.id', 'pending_changes.user_id')
      .selectAll('pending_changes')
      .select('users.name as user_name')
      .where('pending_changes.article_id', '=', articleId)
      .executeTakeFirst();
    if (!r) return null;
    return {
      articleId: r.article_id,
      snapshot: JSON.parse(r.snapshot) as ArticleSnapshot,
      baseVersion: r.base_version,
      userId: r.user_id,
      userName: r.user_name,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    };
  }

  /** Creates or replaces the article's pending version (a new save clears an earlier request for review). */
  async put(p: {
    articleId: string;
    snapshot: ArticleSnapshot;
    baseVersion: number;
    userId: string | null;
    at: Date;
  }): Promise<void> {
    const snapshot = JSON.stringify(p.snapshot);
    const at = p.at.toISOString();
    await this.db
      .insertInto('pending_changes')
      .values({
        article_id: p.articleId,
        snapshot,
        base_version: p.baseVersion,
        user_id: p.userId,
        created_at: at,
        updated_at: at,
        submitted_at: null,
      })
      .onConflict((oc) =>
        oc
          .column('article_id')
          .doUpdateSet({ snapshot, user_id: p.userId, updated_at: at, submitted_at: null }),
      )
      .execute();
  }

  async markSubmitted(articleId: string, at: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('pending_changes')
      .set({ submitted_at: at.toISOString() })
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async remove(articleId: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('pending_changes')
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
