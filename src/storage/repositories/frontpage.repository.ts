import type { Kysely } from 'kysely';
import type { ArticleStatus } from '../../domain/article.ts';
import type { DB } from '../schema.ts';

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

  /** Empties the places a layout no longer has (those not named in `keep`); returns how many held an article. */
  async removeExcept(language: string, keep: string[]): Promise<number> {
    const r = await this.db
      .deleteFrom('frontpage_slots')
      .where('language', '=', language)
      .$if(keep.length > 0, (q) => q.where('slot', 'not in', keep))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
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
