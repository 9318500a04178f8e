import type { Kysely } from 'kysely';
import type { ArticleSnapshot } from '../../domain/revisions.ts';
import type { DB } from '../schema.ts';

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
