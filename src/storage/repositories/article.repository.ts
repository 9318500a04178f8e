import type { Kysely } from 'kysely';
import type {
  Article,
  ArticleStatus,
  Correction,
  FeaturedImage,
  SourceCitation,
} from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import type { Database } from '../database.ts';
import type { DB } from '../schema.ts';
import {
  articleQuery,
  toArticle,
  toArticleWith,
  toTranslationRef,
  type TranslationRef,
} from './article-rows.ts';
import { BodyMemo } from './body-memo.ts';
import { PreparedQuery } from './prepared-query.ts';
import { jsonArrayOf, rowsOf, type JsonArrayOf } from './json-columns.ts';

export type { TranslationRef } from './article-rows.ts';

/** What the service hands over to store: relations already resolved to ids. */
export interface ArticleRecord {
  id: string;
  translationGroupId: string;
  language: string;
  slug: string;
  sectionId: string;
  headline: string;
  standfirst: string | null;
  body: Block[];
  bodyText: string;
  status: ArticleStatus;
  breaking: boolean;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date | null;
  modifiedAt: Date;
  tagIds: string[];
  authorIds: string[];
  sources: (SourceCitation & { id: string })[];
  corrections: Correction[];
  featuredImage: FeaturedImage | null;
  ownerId: string | null;
  breakingUntil?: Date | null;
}

/** An article as its page reads it: the article, its language versions and its story. */
export interface ArticlePageRow {
  article: Article;
  /** Every version in the translation group (any status; the reader filters), itself included. */
  translations: TranslationRef[];
  storyId: string | null;
  /** Whether the article is a live blog (has a live_blogs row). */
  liveBlog: boolean;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * One article in the database: writing it (fields, status, slugs, tags, authors, sources,
 * corrections), finding it by id or slug, its translations. Lists of articles are in
 * ArticleListRepository (`repos.listings`).
 */
export class ArticleRepository {
  private readonly jsonArray: JsonArrayOf;

  constructor(
    private readonly db: Kysely<DB>,
    kind: Database['kind'],
    /** The reader's page's bodies, parsed once per text (frozen: shared between requests). */
    private readonly pageBodies = new BodyMemo(),
  ) {
    this.jsonArray = jsonArrayOf(kind);
  }

  /** Inserts an article with its relations; callers run it inside a transaction. */
  async insert(a: ArticleRecord): Promise<void> {
    await this.db
      .insertInto('articles')
      .values({
        id: a.id,
        translation_group_id: a.translationGroupId,
        language: a.language,
        slug: a.slug,
        section_id: a.sectionId,
        headline: a.headline,
        standfirst: a.standfirst,
        body_json: JSON.stringify(a.body),
        body_text: a.bodyText,
        status: a.status,
        breaking: a.breaking ? 1 : 0,
        created_at: a.createdAt.toISOString(),
        published_at: iso(a.publishedAt),
        updated_at: iso(a.updatedAt),
        modified_at: a.modifiedAt.toISOString(),
        owner_id: a.ownerId,
        featured_image: a.featuredImage ? JSON.stringify(a.featuredImage) : null,
        breaking_until: iso(a.breakingUntil ?? null),
      })
      .execute();
    if (a.tagIds.length)
      await this.db
        .insertInto('article_tags')
        .values(a.tagIds.map((tag_id, position) => ({ article_id: a.id, tag_id, position })))
        .execute();
    if (a.authorIds.length)
      await this.db
        .insertInto('article_authors')
        .values(a.authorIds.map((person_id, position) => ({ article_id: a.id, person_id, position })))
        .execute();
    if (a.sources.length)
      await this.db
        .insertInto('article_sources')
        .values(
          a.sources.map((s, position) => ({
            id: s.id,
            article_id: a.id,
            position,
            outlet: s.outlet,
            citing: s.citing,
            url: s.url,
          })),
        )
        .execute();
    if (a.corrections.length)
      await this.db
        .insertInto('corrections')
        .values(
          a.corrections.map((c) => ({
            id: c.id,
            article_id: a.id,
            text: c.text,
            created_at: c.createdAt.toISOString(),
          })),
        )
        .execute();
  }

  /**
   * Rewrites an article's fields (the caller validated them) and bumps its version. With
   * `expectedVersion`, the write happens only if nobody saved in between; answers whether it did.
   */
  async updateContent(
    id: string,
    f: {
      headline?: string;
      standfirst?: string | null;
      body?: Block[];
      bodyText?: string;
      breaking?: boolean;
      breakingUntil?: Date | null;
      sectionId?: string;
      featuredImage?: FeaturedImage | null;
      updatedAt?: Date | null;
      modifiedAt: Date;
    },
    expectedVersion?: number,
  ): Promise<boolean> {
    let q = this.db
      .updateTable('articles')
      .set((eb) => ({
        ...(f.headline !== undefined ? { headline: f.headline } : {}),
        ...(f.standfirst !== undefined ? { standfirst: f.standfirst } : {}),
        ...(f.body !== undefined ? { body_json: JSON.stringify(f.body), body_text: f.bodyText ?? '' } : {}),
        ...(f.breaking !== undefined ? { breaking: f.breaking ? 1 : 0 } : {}),
        ...(f.breakingUntil !== undefined ? { breaking_until: iso(f.breakingUntil) } : {}),
        ...(f.sectionId !== undefined ? { section_id: f.sectionId } : {}),
        ...(f.featuredImage !== undefined
          ? { featured_image: f.featuredImage ? JSON.stringify(f.featuredImage) : null }
          : {}),
        ...(f.updatedAt !== undefined ? { updated_at: iso(f.updatedAt) } : {}),
        modified_at: f.modifiedAt.toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id);
    if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /**
   * Bumps the version alone (a pending change was saved or discarded: readers' text unchanged).
   * With `expectedVersion`, only if nobody saved in between; answers whether it did.
   */
  async bumpVersion(id: string, expectedVersion?: number): Promise<boolean> {
    let q = this.db
      .updateTable('articles')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', id);
    if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Published articles whose breaking flag has ended by `now` and is still set. */
  async expiredBreaking(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('id')
      .where('breaking', '=', 1)
      .where('breaking_until', '<=', now.toISOString())
      .orderBy('breaking_until')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Ends an article's breaking flag (only if it is still set and has ended); answers whether it did. */
  async endBreaking(id: string, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('articles')
      .set({ breaking: 0, breaking_until: null, modified_at: now.toISOString() })
      .where('id', '=', id)
      .where('breaking', '=', 1)
      .where('breaking_until', '<=', now.toISOString())
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async replaceTags(articleId: string, tagIds: string[]): Promise<void> {
    await this.db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
    if (tagIds.length)
      await this.db
        .insertInto('article_tags')
        .values(tagIds.map((tag_id, position) => ({ article_id: articleId, tag_id, position })))
        .execute();
  }

  async replaceAuthors(articleId: string, personIds: string[]): Promise<void> {
    await this.db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
    if (personIds.length)
      await this.db
        .insertInto('article_authors')
        .values(personIds.map((person_id, position) => ({ article_id: articleId, person_id, position })))
        .execute();
  }

  async replaceSources(articleId: string, sources: (SourceCitation & { id: string })[]): Promise<void> {
    await this.db.deleteFrom('article_sources').where('article_id', '=', articleId).execute();
    if (sources.length)
      await this.db
        .insertInto('article_sources')
        .values(
          sources.map((s, position) => ({
            id: s.id,
            article_id: articleId,
            position,
            outlet: s.outlet,
            citing: s.citing,
            url: s.url,
          })),
        )
        .execute();
  }

  async addCorrection(articleId: string, c: Correction): Promise<void> {
    await this.db
      .insertInto('corrections')
      .values({ id: c.id, article_id: articleId, text: c.text, created_at: c.createdAt.toISOString() })
      .execute();
  }

  /** Scheduled articles whose time has come, oldest first. */
  async dueScheduled(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('scheduled_at', '<=', now.toISOString())
      .orderBy('scheduled_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Moves an article to a status (bumping its version). `publishedAt` is set when given;
   * `scheduledAt` follows the status (kept only while scheduled). With `fromStatus`, only an
   * article still in that status moves (a scheduled publish racing an editor does nothing twice).
   */
  async setStatus(
    id: string,
    status: ArticleStatus,
    at: Date,
    publishedAt?: Date,
    opts: {
      scheduledAt?: Date | null;
      fromStatus?: ArticleStatus;
      updatedAt?: Date | null;
      breakingUntil?: Date | null;
    } = {},
  ): Promise<boolean> {
    let q = this.db
      .updateTable('articles')
      .set((eb) => ({
        status,
        modified_at: at.toISOString(),
        version: eb('version', '+', 1),
        scheduled_at: status === 'scheduled' ? iso(opts.scheduledAt ?? null) : null,
        ...(publishedAt ? { published_at: publishedAt.toISOString() } : {}),
        ...(opts.updatedAt !== undefined ? { updated_at: iso(opts.updatedAt) } : {}),
        ...(opts.breakingUntil !== undefined ? { breaking_until: iso(opts.breakingUntil) } : {}),
      }))
      .where('id', '=', id);
    if (opts.fromStatus) q = q.where('status', '=', opts.fromStatus);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Changes an article's slug, keeping the old one so its URL can answer 301. */
  async changeSlug(articleId: string, newSlug: string, at: Date, keepFormer = true): Promise<void> {
    const current = await this.db
      .selectFrom('articles')
      .select(['language', 'slug'])
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    if (current.slug === newSlug) return;
    await this.db
      .deleteFrom('article_slugs')
      .where('language', '=', current.language)
      .where('slug', '=', newSlug)
      .execute();
    // A slug readers never saw (a draft's) needs no redirect.
    if (keepFormer)
      await this.db
        .insertInto('article_slugs')
        .values({
          language: current.language,
          slug: current.slug,
          article_id: articleId,
          created_at: at.toISOString(),
        })
        .execute();
    await this.db
      .updateTable('articles')
      .set({ slug: newSlug, modified_at: at.toISOString() })
      .where('id', '=', articleId)
      .execute();
  }

  async slugTaken(language: string, slug: string): Promise<boolean> {
    const current = await this.db
      .selectFrom('articles')
      .select('id')
      .where('language', '=', language)
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (current) return true;
    const former = await this.db
      .selectFrom('article_slugs')
      .select('article_id')
      .where('language', '=', language)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return former !== undefined;
  }

  async findBySlug(language: string, slug: string): Promise<Article | null> {
    const row = await this.fullQuery()
      .where('articles.language', '=', language)
      .where('articles.slug', '=', slug)
      .executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  /**
   * The article a reader's URL names with what its page shows around it — the published
   * versions in other languages (own one included) and its story — in one query.
   */
  /** The article page's query (on every uncached article page: prepared once). */
  private readonly pageBySlug = new PreparedQuery(2, (db, language: string, slug: string) =>
    articleQuery(db, this.jsonArray)
      .select((eb) => [
        this.jsonArray(
          eb
            .selectFrom('articles as t')
            .innerJoin('sections as ts', 'ts.id', 't.section_id')
            .select([
              't.id',
              't.language',
              't.slug',
              't.headline',
              't.status',
              't.owner_id',
              'ts.slug as section_slug',
            ])
            .whereRef('t.translation_group_id', '=', 'articles.translation_group_id')
            .orderBy('t.language'),
        ).as('translations'),
        eb
          .selectFrom('story_articles')
          .select('story_articles.story_id')
          .whereRef('story_articles.article_id', '=', 'articles.id')
          .limit(1)
          .as('story_id'),
        eb
          .selectFrom('live_blogs')
          .select('live_blogs.article_id')
          .whereRef('live_blogs.article_id', '=', 'articles.id')
          .as('live_blog_id'),
      ])
      .where('articles.language', '=', language)
      .where('articles.slug', '=', slug),
  );

  async findPageBySlug(language: string, slug: string): Promise<ArticlePageRow | null> {
    const [row] = await this.pageBySlug.execute(this.db, language, slug);
    if (!row) return null;
    return {
      article: toArticleWith(row, (json) => this.pageBodies.parse(json)),
      translations: rowsOf(row.translations).map(toTranslationRef),
      storyId: row.story_id ?? null,
      liveBlog: (row.live_blog_id ?? null) !== null,
    };
  }

  async findIdByFormerSlug(language: string, slug: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('article_slugs')
      .select('article_id')
      .where('language', '=', language)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row?.article_id ?? null;
  }

  async findById(id: string): Promise<Article | null> {
    const row = await this.fullQuery().where('articles.id', '=', id).executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  private fullQuery() {
    return articleQuery(this.db, this.jsonArray);
  }

  /** Every article of a translation group: one per language. */
  async listTranslations(translationGroupId: string): Promise<TranslationRef[]> {
    const rows = await this.db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select([
        'articles.id',
        'articles.language',
        'articles.slug',
        'articles.headline',
        'articles.status',
        'articles.owner_id',
        'sections.slug as section_slug',
      ])
      .where('articles.translation_group_id', '=', translationGroupId)
      .execute();
    return rows.map(toTranslationRef);
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
