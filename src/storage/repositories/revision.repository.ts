import type { Kysely } from 'kysely';
import type { ArticleSnapshot, Revision } from '../../domain/revisions.ts';
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
