import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Stored analysis results (JSON in the shape of src/analysis/types.ts). */
export class AnalysisRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async get(articleId: string): Promise<{ inputHash: string; result: string; analyzedAt: Date } | null> {
    const r = await this.db
      .selectFrom('article_analysis')
      .selectAll()
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return r ? { inputHash: r.input_hash, result: r.result, analyzedAt: new Date(r.analyzed_at) } : null;
  }

  async put(articleId: string, inputHash: string, result: string, at: Date): Promise<void> {
    const values = { input_hash: inputHash, result, analyzed_at: at.toISOString() };
    await this.db
      .insertInto('article_analysis')
      .values({ article_id: articleId, ...values })
      .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
      .execute();
  }

  /** Articles (any status but drafts' absence is the caller's choice) without a stored analysis. */
  async missing(limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('articles.id')
      .where('articles.status', '=', 'published')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('article_analysis')
              .select('article_id')
              .whereRef('article_analysis.article_id', '=', 'articles.id'),
          ),
        ),
      )
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  async addCorrection(id: string, articleId: string, correction: unknown, at: Date): Promise<void> {
    await this.db
      .insertInto('analysis_corrections')
      .values({
        id,
        article_id: articleId,
        correction: JSON.stringify(correction),
        created_at: at.toISOString(),
      })
      .execute();
  }

  async corrections(articleId: string): Promise<{ id: string; correction: unknown; createdAt: Date }[]> {
    const rows = await this.db
      .selectFrom('analysis_corrections')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      correction: JSON.parse(r.correction) as unknown,
      createdAt: new Date(r.created_at),
    }));
  }

  async removeCorrection(articleId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('analysis_corrections')
      .where('article_id', '=', articleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async publishedIds(): Promise<string[]> {
    return (
      await this.db
        .selectFrom('articles')
        .select('id')
        .where('status', '=', 'published')
        .orderBy('published_at')
        .execute()
    ).map((r) => r.id);
  }
}
