import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Daily view counters: one row per article and day, incremented in place. */
export class ViewRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async increment(articleId: string, day: string, by = 1): Promise<void> {
    await this.db
      .insertInto('article_views')
      .values({ article_id: articleId, day, views: by })
      .onConflict((oc) =>
        oc.columns(['article_id', 'day']).doUpdateSet({ views: sql`article_views.views + ${by}` }),
      )
      .execute();
  }

  /** Published articles in `language` with the most views on or after `sinceDay`, most first. */
  async top(
    language: string,
    sinceDay: string,
    limit: number,
  ): Promise<{ articleId: string; views: number }[]> {
    const rows = await this.db
      .selectFrom('article_views')
      .innerJoin('articles', 'articles.id', 'article_views.article_id')
      .select((eb) => [
        'article_views.article_id',
        eb.fn.sum<number | string>('article_views.views').as('total'),
      ])
      .where('article_views.day', '>=', sinceDay)
      .where('articles.language', '=', language)
      .where('articles.status', '=', 'published')
      .groupBy('article_views.article_id')
      .orderBy('total', 'desc')
      .orderBy('article_views.article_id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ articleId: r.article_id, views: Number(r.total) }));
  }
}
