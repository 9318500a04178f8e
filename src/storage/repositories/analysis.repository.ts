import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { DB } from '../schema.ts';
import { jsonArrayOf, rowsOf, type JsonArrayOf } from './json-columns.ts';

/**
 * What identifies an article's reader inputs without their bulk: the stored reading by its input
 * hash and time, the corrections by their ids, the approvals and the hide flag themselves. Exact:
 * a reading is only rewritten with a new input hash (AnalysisService.refresh), and corrections are
 * only added or removed, never edited, so any change of the inputs changes the stamp.
 */
export interface ReaderStamp {
  /** The reading's and corrections' identity ('' when there are neither). */
  stamp: string;
  approved: Set<string>;
  hidden: boolean;
}

/** What readers' views of an article's reading are made from (see `forReaders`). */
export interface ReaderInputs extends ReaderStamp {
  /** The machine's stored reading (JSON), or null before the first one. */
  result: string | null;
  /** The editors' corrections (parsed JSON), oldest first. */
  corrections: unknown[];
}

/**
 * The columns `ReaderStamp` is made from, as subqueries of an `articles` row: an article page
 * reads these with its story's rows, and the bulk (`readerInputColumns`) only when its memo lacks
 * the view for exactly these.
 */
export function readerStampColumns(eb: ExpressionBuilder<DB, 'articles'>, jsonArray: JsonArrayOf) {
  return [
    eb
      .selectFrom('article_analysis')
      .select(
        sql<string>`${sql.ref('article_analysis.input_hash')} || ' ' || ${sql.ref('article_analysis.analyzed_at')}`.as(
          'reading_stamp',
        ),
      )
      .whereRef('article_analysis.article_id', '=', 'articles.id')
      .as('reading_stamp'),
    jsonArray(
      eb
        .selectFrom('analysis_corrections')
        .select('analysis_corrections.id')
        .whereRef('analysis_corrections.article_id', '=', 'articles.id')
        .orderBy('analysis_corrections.created_at')
        .orderBy('analysis_corrections.id'),
    ).as('correction_ids'),
    eb
      .selectFrom('analysis_display')
      .select('analysis_display.hidden')
      .whereRef('analysis_display.article_id', '=', 'articles.id')
      .as('hidden'),
    jsonArray(
      eb
        .selectFrom('analysis_approvals')
        .select('analysis_approvals.item_key')
        .whereRef('analysis_approvals.article_id', '=', 'articles.id'),
    ).as('approvals'),
  ] as const;
}

/** The stamp columns and the bulk they identify: the reading and the corrections themselves. */
export function readerInputColumns(eb: ExpressionBuilder<DB, 'articles'>, jsonArray: JsonArrayOf) {
  return [
    ...readerStampColumns(eb, jsonArray),
    eb
      .selectFrom('article_analysis')
      .select('article_analysis.result')
      .whereRef('article_analysis.article_id', '=', 'articles.id')
      .as('result'),
    jsonArray(
      eb
        .selectFrom('analysis_corrections')
        .select('analysis_corrections.correction')
        .whereRef('analysis_corrections.article_id', '=', 'articles.id')
        .orderBy('analysis_corrections.created_at')
        .orderBy('analysis_corrections.id'),
    ).as('corrections'),
  ] as const;
}

interface StampRow {
  reading_stamp: string | null;
  correction_ids: { id: string }[] | string | null;
  hidden: number | null;
  approvals: { item_key: string }[] | string | null;
}

/** A row with `readerStampColumns` as `ReaderStamp`. */
export function toReaderStamp(r: StampRow): ReaderStamp {
  const ids = rowsOf(r.correction_ids).map((c) => c.id);
  return {
    stamp: r.reading_stamp === null && !ids.length ? '' : `${r.reading_stamp ?? '-'}|${ids.join(',')}`,
    approved: new Set(rowsOf(r.approvals).map((a) => a.item_key)),
    hidden: r.hidden === 1,
  };
}

/** A row with `readerInputColumns` as `ReaderInputs`. */
export function toReaderInputs(
  r: StampRow & { result: string | null; corrections: { correction: string }[] | string | null },
): ReaderInputs {
  return {
    ...toReaderStamp(r),
    result: r.result ?? null,
    corrections: rowsOf(r.corrections).map((c) => JSON.parse(c.correction) as unknown),
  };
}

/** Reader inputs with the article's stored plain text and the version it was read at. */
export interface ReaderSource {
  inputs: ReaderInputs;
  bodyText: string;
  version: number;
}

/** Stored analysis results (JSON in the shape of src/analysis/types.ts). */
export class AnalysisRepository {
  private readonly jsonArray: JsonArrayOf;

  constructor(
    private readonly db: Kysely<DB>,
    kind: Database['kind'],
  ) {
    this.jsonArray = jsonArrayOf(kind);
  }

  /**
   * Readings, corrections, approvals and hide flags of several articles in one query (an
   * article page, a story's timeline): what readers may see is decided from these.
   */
  async readerInputs(articleIds: readonly string[]): Promise<Map<string, ReaderInputs>> {
    const out = new Map<string, ReaderInputs>();
    if (!articleIds.length) return out;
    const rows = await this.db
      .selectFrom('articles')
      .select((eb) => ['articles.id', ...readerInputColumns(eb, this.jsonArray)])
      .where('articles.id', 'in', [...articleIds])
      .execute();
    for (const r of rows) out.set(r.id, toReaderInputs(r));
    return out;
  }

  /** `readerInputs` with each article's stored text and version (what a memo misses, read at once). */
  async readerSources(articleIds: readonly string[]): Promise<Map<string, ReaderSource>> {
    const out = new Map<string, ReaderSource>();
    if (!articleIds.length) return out;
    const rows = await this.db
      .selectFrom('articles')
      .select((eb) => [
        'articles.id',
        'articles.version',
        'articles.body_text',
        ...readerInputColumns(eb, this.jsonArray),
      ])
      .where('articles.id', 'in', [...articleIds])
      .execute();
    for (const r of rows)
      out.set(r.id, { inputs: toReaderInputs(r), bodyText: r.body_text, version: r.version });
    return out;
  }

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

  /** Item keys editors approved for readers on an article. */
  async approvals(articleId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('analysis_approvals')
      .select('item_key')
      .where('article_id', '=', articleId)
      .orderBy('item_key')
      .execute();
    return rows.map((r) => r.item_key);
  }

  /** Approved keys of several articles at once (timelines and topic pages read many). */
  async approvalsOf(articleIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>(articleIds.map((id) => [id, new Set<string>()]));
    if (!articleIds.length) return out;
    const rows = await this.db
      .selectFrom('analysis_approvals')
      .select(['article_id', 'item_key'])
      .where('article_id', 'in', [...articleIds])
      .execute();
    for (const r of rows) out.get(r.article_id)?.add(r.item_key);
    return out;
  }

  /** Records approvals (again approving one is harmless); returns the keys that were new. */
  async approve(articleId: string, keys: readonly string[], by: string | null, at: Date): Promise<string[]> {
    const have = new Set(await this.approvals(articleId));
    const fresh = [...new Set(keys)].filter((k) => !have.has(k));
    if (fresh.length) {
      await this.db
        .insertInto('analysis_approvals')
        .values(
          fresh.map((k) => ({
            article_id: articleId,
            item_key: k,
            approved_by: by,
            approved_at: at.toISOString(),
          })),
        )
        .onConflict((oc) => oc.columns(['article_id', 'item_key']).doNothing())
        .execute();
    }
    return fresh;
  }

  /** Withdraws approvals; returns how many there were. */
  async withdraw(articleId: string, keys: readonly string[]): Promise<number> {
    if (!keys.length) return 0;
    const r = await this.db
      .deleteFrom('analysis_approvals')
      .where('article_id', '=', articleId)
      .where('item_key', 'in', [...keys])
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Whether editors hid the article's machine-made panels from readers. */
  async isHidden(articleId: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('analysis_display')
      .select('hidden')
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return r?.hidden === 1;
  }

  async hiddenOf(articleIds: readonly string[]): Promise<Set<string>> {
    if (!articleIds.length) return new Set();
    const rows = await this.db
      .selectFrom('analysis_display')
      .select('article_id')
      .where('article_id', 'in', [...articleIds])
      .where('hidden', '=', 1)
      .execute();
    return new Set(rows.map((r) => r.article_id));
  }

  async setHidden(articleId: string, hidden: boolean, by: string | null, at: Date): Promise<void> {
    const values = { hidden: hidden ? 1 : 0, changed_by: by, changed_at: at.toISOString() };
    await this.db
      .insertInto('analysis_display')
      .values({ article_id: articleId, ...values })
      .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
      .execute();
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
