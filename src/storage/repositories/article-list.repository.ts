import { sql, type ExpressionBuilder, type Kysely, type NotNull, type SelectQueryBuilder } from 'kysely';
import type { Article, ArticleStatus, ArticleSummary } from '../../domain/article.ts';
import { byLanguageAndSectionOnly, publishedArticles, type ListFilter } from '../published.ts';
import type { DB } from '../schema.ts';
import type { Database } from '../database.ts';
import { authorsOf } from './article-authors.ts';
import { articleQuery, toArticleWith } from './article-rows.ts';
import { BodyMemo } from './body-memo.ts';
import { readerStampColumns, toReaderStamp, type ReaderStamp } from './analysis.repository.ts';
import { jsonArrayOf, type JsonArrayOf } from './json-columns.ts';
import { perCount, PreparedQuery } from './prepared-query.ts';
import { toSitemapEntry, type SitemapEntry } from './sitemap-rows.ts';
import { toSummary, withSummaryColumns, type SummaryRow } from './summary-rows.ts';

export type { ListFilter } from '../published.ts';
export type { SitemapEntry } from './sitemap-rows.ts';
export type { NewsroomFilter, NewsroomItem } from './newsroom-list.types.ts';
import type { NewsroomFilter, NewsroomItem } from './newsroom-list.types.ts';

const date = (s: string | null): Date | null => (s ? new Date(s) : null);

/**
 * Articles in lists: what readers see (published and visible, by page or after a cursor, by ids
 * for search, by month, for sitemaps) and the newsroom's list of every status. One article, its
 * writes and its translations are in ArticleRepository.
 */
export class ArticleListRepository {
  private readonly jsonArray: JsonArrayOf;

  constructor(
    private readonly db: Kysely<DB>,
    kind: Database['kind'],
    private readonly bodies = new BodyMemo(),
  ) {
    this.jsonArray = jsonArrayOf(kind);
  }

  /** Published articles readers may see, filtered (the definition search shares). */
  private publishedQuery(f: ListFilter) {
    return this.db.selectFrom('articles').where(publishedArticles(f));
  }

  async countPublished(f: ListFilter): Promise<number> {
    const r = await this.publishedQuery(f)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Newest first; ties broken by id so pages never overlap. */
  async listPublished(f: ListFilter, limit: number, offset: number): Promise<ArticleSummary[]> {
    if (byLanguageAndSectionOnly(f)) {
      const rows = f.sectionId
        ? await this.latestInSection(limit).execute(this.db, f.language, f.sectionId, offset)
        : await this.latestInLanguage(limit).execute(this.db, f.language, offset);
      return this.toSummaries(rows);
    }
    const rows = await this.newest(this.db, f, limit, offset).execute();
    return this.toSummaries(rows);
  }

  private newest(db: Kysely<DB>, f: ListFilter, limit: number, offset: number) {
    return this.withSummaryColumns(db.selectFrom('articles').where(publishedArticles(f)), f.language)
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .offset(offset);
  }

  /** `listPublished`'s common shapes, prepared (every uncached article page lists its section's);
   * the limit is in the statement's text (perCount): SQLite plans a bound LIMIT anew on every run. */
  private readonly latestInSection = perCount(
    (limit) =>
      new PreparedQuery(3, (db, language: string, sectionId: string, offset: number) =>
        this.newest(db, { language, sectionId }, limit, offset),
      ),
  );
  private readonly latestInLanguage = perCount(
    (limit) =>
      new PreparedQuery(2, (db, language: string, offset: number) =>
        this.newest(db, { language }, limit, offset),
      ),
  );

  /** The newest of a section and of its language in one statement, each branch an indexed walk to
   * `limit`: the article page's sidebar falls back to the site's latest without a second query. */
  async latestInSectionAndLanguage(
    language: string,
    sectionId: string,
    limit: number,
  ): Promise<{ section: ArticleSummary[]; site: ArticleSummary[] }> {
    const rows = await this.sectionAndLanguage(limit).execute(this.db, language, sectionId);
    return {
      section: this.toSummaries(rows.filter((r) => r.branch === 'section')),
      site: this.toSummaries(rows.filter((r) => r.branch === 'site')),
    };
  }

  private readonly sectionAndLanguage = perCount(
    (limit) =>
      new PreparedQuery(2, (db, language: string, sectionId: string) => {
        const branch = (f: ListFilter, name: 'section' | 'site') =>
          db
            .selectFrom(this.newest(db, f, limit, 0).select(sql.lit(name).as('branch')).as(`in_${name}`))
            .selectAll();
        return branch({ language, sectionId }, 'section').unionAll(branch({ language }, 'site'));
      }),
  );

  /** The newest in full (feeds), newest first, with their children: one query; bodies from the memo. */
  async recentFull(f: ListFilter, limit: number): Promise<Article[]> {
    const rows = await articleQuery(this.db, this.jsonArray)
      .where(publishedArticles(f))
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => toArticleWith(row, (json) => this.bodies.parse(json)));
  }

  /**
   * A page of published articles with how many there are in all, in one query (the total rides
   * on each row); only a page past the end asks for the count apart.
   */
  async pagePublished(
    f: ListFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: ArticleSummary[]; total: number }> {
    const rows = await this.withSummaryColumns(this.publishedQuery(f), f.language)
      .select((eb) => eb.fn.countAll<number | string>().over().as('total_count'))
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    const first = rows[0];
    if (first) return { items: this.toSummaries(rows), total: Number(first.total_count) };
    return { items: [], total: offset > 0 ? await this.countPublished(f) : 0 };
  }

  /**
   * A page of published articles, newest first, after a keyset cursor (the last item's
   * published time and id): pages never overlap or skip, however many articles arrive meanwhile.
   */
  async listPublishedAfter(
    f: ListFilter,
    limit: number,
    after: { publishedAt: Date; id: string } | null,
  ): Promise<ArticleSummary[]> {
    let q = this.publishedQuery(f);
    if (after) {
      const p = after.publishedAt.toISOString();
      q = q.where((eb) =>
        eb.or([
          eb('articles.published_at', '<', p),
          eb.and([eb('articles.published_at', '=', p), eb('articles.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await this.withSummaryColumns(q, f.language)
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute();
    return this.toSummaries(rows);
  }

  /** The newsroom's article list: any status, filtered, newest change first. */
  async listNewsroom(
    f: NewsroomFilter,
    limit: number,
    offset: number,
  ): Promise<{ total: number; items: NewsroomItem[] }> {
    let q = this.db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .leftJoin('users', 'users.id', 'articles.owner_id');
    if (f.status) q = q.where('articles.status', '=', f.status);
    if (f.language) q = q.where('articles.language', '=', f.language);
    if (f.sectionSlug) q = q.where('sections.slug', '=', f.sectionSlug);
    if (f.ownerId) q = q.where('articles.owner_id', '=', f.ownerId);
    if (f.from) q = q.where('articles.modified_at', '>=', f.from.toISOString());
    if (f.until) q = q.where('articles.modified_at', '<', f.until.toISOString());
    if (f.authorSlug) {
      const slug = f.authorSlug;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_authors')
            .innerJoin('people', 'people.id', 'article_authors.person_id')
            .select('article_authors.article_id')
            .whereRef('article_authors.article_id', '=', 'articles.id')
            .where('people.slug', '=', slug),
        ),
      );
    }
    if (f.text) {
      // LIKE wildcards typed by the user are dropped rather than escaped (the two databases escape differently).
      const like = `%${f.text.toLowerCase().replace(/[\\%_]/g, '')}%`;
      q = q.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['articles.headline']), 'like', like),
          eb(eb.fn('lower', ['articles.standfirst']), 'like', like),
          eb(eb.fn('lower', ['articles.slug']), 'like', like),
        ]),
      );
    }
    const [count, rows] = await Promise.all([
      q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      q
        .select([
          'articles.id',
          'articles.headline',
          'articles.status',
          'articles.language',
          'articles.breaking',
          'articles.modified_at',
          'articles.published_at',
          'articles.scheduled_at',
          'articles.owner_id',
          'users.name as owner_name',
          'sections.slug as section_slug',
          'sections.name as section_name',
        ])
        .leftJoin('pending_changes as pc', 'pc.article_id', 'articles.id')
        .select(['pc.updated_at as pending_at', 'pc.submitted_at as pending_submitted_at'])
        .orderBy('articles.modified_at', 'desc')
        .orderBy('articles.id')
        .limit(limit)
        .offset(offset)
        .execute(),
    ]);
    const authors = await authorsOf(
      this.db,
      rows.map((r) => r.id),
    );
    return {
      total: Number(count.n),
      items: rows.map((r) => ({
        id: r.id,
        headline: r.headline,
        status: r.status as ArticleStatus,
        language: r.language,
        breaking: r.breaking === 1,
        section: { slug: r.section_slug, name: r.section_name },
        authors: (authors.get(r.id) ?? []).map((p) => p.name),
        owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
        modifiedAt: new Date(r.modified_at),
        publishedAt: date(r.published_at),
        scheduledAt: date(r.scheduled_at),
        pendingChanges: r.pending_submitted_at ? 'submitted' : r.pending_at ? 'saved' : null,
      })),
    };
  }

  /**
   * Published articles in `language` with the most views on or after `sinceDay`, most first
   * (ties by id), as summaries: the ranking and the rows in one query.
   */
  async mostRead(language: string, sinceDay: string, limit: number): Promise<ArticleSummary[]> {
    return this.toSummaries(await this.mostReadQuery(limit).execute(this.db, language, sinceDay));
  }

  /** The query of `mostRead` (prepared: on every uncached article page). */
  private readonly mostReadQuery = perCount(
    (limit) =>
      new PreparedQuery(2, (db, language: string, sinceDay: string) => {
        const top = db
          .selectFrom('article_views')
          .innerJoin('articles as ranked', 'ranked.id', 'article_views.article_id')
          .select('article_views.article_id')
          .where('article_views.day', '>=', sinceDay)
          .where('ranked.language', '=', language)
          .where('ranked.status', '=', 'published')
          .groupBy('article_views.article_id')
          .orderBy(sql`sum(${sql.ref('article_views.views')})`, 'desc')
          .orderBy('article_views.article_id')
          .limit(limit);
        return this.withSummaryColumns(db.selectFrom('articles').where('articles.id', 'in', top), language)
          .select((eb) =>
            eb
              .selectFrom('article_views')
              .select((e) => e.fn.sum<number | string>('article_views.views').as('views'))
              .whereRef('article_views.article_id', '=', 'articles.id')
              .where('article_views.day', '>=', sinceDay)
              .as('total'),
          )
          .orderBy('total', 'desc')
          .orderBy('articles.id');
      }),
  );

  /** Summaries with their plain text of a story's articles (any order): one query with the story's list. */
  async summariesOfStory(
    storyId: string,
    language: string,
  ): Promise<(ArticleSummary & { bodyText: string })[]> {
    const rows = await this.withSummaryColumns(
      this.db
        .selectFrom('articles')
        .where((eb) => eb('articles.id', 'in', this.storyArticleIds(eb, storyId)))
        .where('articles.status', '=', 'published'),
      language,
    )
      .select('articles.body_text')
      .execute();
    const summaries = this.toSummaries(rows);
    return summaries.map((x, i) => ({ ...x, bodyText: rows[i]?.body_text ?? '' }));
  }

  /** The query of `storyReadings` (prepared: on every uncached article page). */
  private readonly storyReadingsQuery = new PreparedQuery(
    3,
    (db, articleId: string, storyId: string, language: string) =>
      this.withSummaryColumns(
        db
          .selectFrom('articles')
          .where((eb) =>
            eb.or([
              eb('articles.id', '=', articleId),
              eb('articles.id', 'in', this.storyArticleIds(eb, storyId)),
            ]),
          ),
        language,
      ).select((eb) => [
        // The version names the text (every change of body_text bumps it): no text read per page.
        'articles.version',
        ...readerStampColumns(eb, this.jsonArray),
        // Only published members: an unpublished one stays filed in its story but leaves its box.
        eb
          .and([
            eb('articles.status', '=', 'published'),
            eb.exists(
              this.storyArticleIds(eb, storyId).whereRef('story_articles.article_id', '=', 'articles.id'),
            ),
          ])
          .as('in_story'),
      ]),
  );

  private storyArticleIds(eb: ExpressionBuilder<DB, 'articles'>, storyId: string) {
    return eb
      .selectFrom('story_articles')
      .select('story_articles.article_id')
      .where('story_articles.story_id', '=', storyId);
  }

  /**
   * An article page's story intelligence in one query: the story's published articles as summaries
   * with their text versions, and reader-input stamps of those and of the page's article (which
   * need not be in the story, nor published: a preview); the bulk only on a memo's miss.
   */
  async storyReadings(
    storyId: string | null,
    articleId: string,
    language: string,
  ): Promise<{ story: (ArticleSummary & { version: number })[]; stamps: Map<string, ReaderStamp> }> {
    // No story has the empty id: without one, only the article's own row comes back.
    const rows = await this.storyReadingsQuery.execute(this.db, articleId, storyId ?? '', language);
    const summaries = this.toSummaries(rows);
    return {
      story: summaries.flatMap((x, i) => {
        const row = rows[i];
        return row && Boolean(row.in_story) ? [{ ...x, version: row.version }] : [];
      }),
      stamps: new Map(rows.map((r) => [r.id, toReaderStamp(r)])),
    };
  }

  /** Summaries with their plain text, in the order of `ids` (search results keep their ranking). */
  async summariesByIds(ids: string[], language: string): Promise<(ArticleSummary & { bodyText: string })[]> {
    if (!ids.length) return [];
    const rows = await this.withSummaryColumns(
      this.db.selectFrom('articles').where('articles.id', 'in', ids),
      language,
    )
      .select('articles.body_text')
      .execute();
    const summaries = this.toSummaries(rows);
    const text = new Map(rows.map((r) => [r.id, r.body_text]));
    const byId = new Map(summaries.map((x) => [x.id, { ...x, bodyText: text.get(x.id) ?? '' }]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private withSummaryColumns(q: SelectQueryBuilder<DB, 'articles', object>, language: string) {
    return withSummaryColumns(q, language, this.jsonArray);
  }

  private toSummaries(rows: SummaryRow[]): ArticleSummary[] {
    return rows.map(toSummary);
  }

  /** Months (YYYY-MM, UTC) in which articles were published, newest first. */
  async publishedMonths(): Promise<{ month: string; lastModified: Date }[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select((eb) => [
        eb.fn<string>('substr', ['articles.published_at', eb.val(1), eb.val(7)]).as('month'),
        // What readers see changed (published or updated), not when a row was written (an import).
        eb.fn.max(eb.fn.coalesce('articles.updated_at', 'articles.published_at')).as('last'),
      ])
      .where('status', '=', 'published')
      .groupBy('month')
      .orderBy('month', 'desc')
      .execute();
    // Published rows always have a date; the month's first day stands in for the type's null.
    return rows.map((r) => ({ month: r.month, lastModified: new Date(r.last ?? `${r.month}-01`) }));
  }

  /** Published articles in [from, until), for sitemaps: URL parts, dates, images, translations. */
  async sitemapEntries(from: Date, until: Date): Promise<SitemapEntry[]> {
    const rows = await this.db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select([
        'articles.id',
        'articles.language',
        'articles.slug',
        'articles.headline',
        'articles.translation_group_id',
        'articles.published_at',
        'articles.updated_at',
        'articles.modified_at',
        'articles.body_json',
        'articles.featured_image',
        'sections.slug as section_slug',
      ])
      .where('articles.status', '=', 'published')
      .where('articles.published_at', '>=', from.toISOString())
      .where('articles.published_at', '<', until.toISOString())
      .orderBy('articles.published_at', 'desc')
      // The range above already excludes rows without a date; the type is told so.
      .$narrowType<{ published_at: NotNull }>()
      .execute();
    return rows.map(toSitemapEntry);
  }
}
