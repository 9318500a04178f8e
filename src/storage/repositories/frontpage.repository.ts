import type { Kysely } from 'kysely';
import type { ArticleStatus, ArticleSummary } from '../../domain/article.ts';
import type { Database } from '../database.ts';
import type { DB } from '../schema.ts';
import { jsonArrayOf, type JsonArrayOf } from './json-columns.ts';
import { PreparedQuery } from './prepared-query.ts';
import { toSummary, withSummaryColumns, type SummaryRow } from './summary-rows.ts';

export interface SlotAssignment {
  slot: string;
  articleId: string;
  status: ArticleStatus;
  setBy: string | null;
  setAt: Date;
}

/** What the reader's front page reads of its editors' choices (see `reading`). */
export interface FrontpageReading {
  /** The stored value of the layouts setting (undefined when never stored), unparsed. */
  layouts: unknown;
  /** The slots that hold a published article, with its summary; in no particular order. */
  slots: { slot: string; article: ArticleSummary }[];
}

/** The front page's curated slots, per language. */
export class FrontpageRepository {
  private readonly jsonArray: JsonArrayOf;

  constructor(
    private readonly db: Kysely<DB>,
    kind: Database['kind'],
  ) {
    this.jsonArray = jsonArrayOf(kind);
  }

  /**
   * The layouts setting (under `layoutsKey`) with `language`'s filled slots and their articles'
   * summaries, in one statement read fresh on every call: a layout change shows on the next
   * render on every instance, at one query per uncached front page.
   */
  async reading(language: string, layoutsKey: string): Promise<FrontpageReading> {
    const rows = await this.readingQuery.execute(this.db, language, layoutsKey);
    const stored = rows[0]?.layouts;
    return {
      layouts: typeof stored === 'string' ? (JSON.parse(stored) as unknown) : undefined,
      slots: rows.flatMap((r) =>
        r.slot === null ? [] : [{ slot: r.slot, article: toSummary(r as SummaryRow) }],
      ),
    };
  }

  /** One row per filled slot, or a single row of nulls without any; each carries the setting. */
  private readonly readingQuery = new PreparedQuery(2, (db, language: string, layoutsKey: string) =>
    db
      .selectFrom(db.selectNoFrom((eb) => eb.lit(1).as('one')).as('one'))
      .leftJoin(
        withSummaryColumns(
          db.selectFrom('articles').where('articles.status', '=', 'published'),
          language,
          this.jsonArray,
        )
          .innerJoin('frontpage_slots', 'frontpage_slots.article_id', 'articles.id')
          .where('frontpage_slots.language', '=', language)
          .select('frontpage_slots.slot')
          .as('curated'),
        (join) => join.onTrue(),
      )
      .selectAll('curated')
      .select((eb) =>
        eb
          .selectFrom('settings')
          .select('settings.value')
          .where('settings.key', '=', layoutsKey)
          .as('layouts'),
      ),
  );

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
