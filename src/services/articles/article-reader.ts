import type { Article, ArticleSummary } from '../../domain/article.ts';
import { defaultFrontpageLayout, slotIndex, type FrontpageLayout } from '../../domain/frontpage.ts';
import { LAYOUTS_KEY, layoutsFrom } from '../site/frontpage-layouts.ts';
import { isBreakingNow } from '../../domain/breaking.ts';
import { offsetOf, pageCount, type Page } from '../../lib/pagination.ts';
import { systemClock, type Clock } from '../deps.ts';
import type { ListFilter, SitemapEntry, Store, TranslationRef } from '../../storage/repositories/index.ts';

/** What an article's page shows around it, read with the article (see `lookup`). */
export interface ArticleSurroundings {
  /** The published versions of its story in every language, itself included. */
  translations: TranslationRef[];
  /** The story it belongs to, if any. */
  storyId: string | null;
  /** Whether it is a live blog, when the lookup read it with the article (else the page asks). */
  liveBlog?: boolean;
}

export type ArticleLookup =
  | { kind: 'found'; article: Article; around: ArticleSurroundings }
  | { kind: 'moved'; article: Article }
  | { kind: 'gone'; article: Article }
  | { kind: 'missing' };

/**
 * Read side for everything public (reader site now, Content API later): only published
 * articles are visible, and both faces use these methods so they cannot disagree.
 */
export class ArticleReader {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Breaking news ends: a flag whose time is up reads as not breaking (before the job lowers it). */
  private current<T extends { breaking: boolean; breakingUntil: Date | null }>(a: T): T {
    return a.breaking && !isBreakingNow(a, this.clock.now()) ? { ...a, breaking: false } : a;
  }

  /**
   * Finds the article a public URL names. A URL whose slug or section is out of date answers
   * `moved` so the caller can redirect to the canonical URL.
   */
  async lookup(language: string, sectionSlug: string, slug: string): Promise<ArticleLookup> {
    const repo = this.store.repos.articles;
    // The page's article with its translations and story: one query for the common case.
    const page = await repo.findPageBySlug(language, slug);
    let article = page?.article ?? null;
    let moved = false;
    if (!article) {
      const id = await repo.findIdByFormerSlug(language, slug);
      article = id ? await repo.findById(id) : null;
      moved = true;
    }
    if (!article) return { kind: 'missing' };
    if (article.status === 'unpublished') return { kind: 'gone', article };
    if (article.status !== 'published') return { kind: 'missing' };
    if (moved || article.section.slug !== sectionSlug) return { kind: 'moved', article };
    const around = {
      translations: (page?.translations ?? []).filter((t) => t.status === 'published'),
      storyId: page?.storyId ?? null,
      liveBlog: page?.liveBlog ?? false,
    };
    return { kind: 'found', article: this.current(article), around };
  }

  /** The published versions of an article's story in every language, itself included. */
  async translations(article: Article): Promise<TranslationRef[]> {
    const all = await this.store.repos.articles.listTranslations(article.translationGroupId);
    return all.filter((t) => t.status === 'published');
  }

  /** The newest published articles in full (for feeds), newest first. */
  async recent(filter: ListFilter, limit: number): Promise<Article[]> {
    const full = await this.store.repos.listings.recentFull(filter, limit);
    return full.map((a) => this.current(a));
  }

  sitemapMonths(): Promise<{ month: string; lastModified: Date }[]> {
    return this.store.repos.listings.publishedMonths();
  }

  sitemapEntries(from: Date, until: Date): Promise<SitemapEntry[]> {
    return this.store.repos.listings.sitemapEntries(from, until);
  }

  /** Keyset pages for the Content API. */
  async listAfter(
    filter: ListFilter,
    limit: number,
    after: { publishedAt: Date; id: string } | null,
  ): Promise<ArticleSummary[]> {
    return (await this.store.repos.listings.listPublishedAfter(filter, limit, after)).map((a) =>
      this.current(a),
    );
  }

  /**
   * A language's front page as the editors set it: the layout, and the curated stories in slot
   * order (published ones only, in the layout's places; a withdrawn story leaves its slot).
   */
  async frontpage(language: string): Promise<{ layout: FrontpageLayout; curated: ArticleSummary[] }> {
    // One statement, read fresh (never memoised): the layouts setting with the filled slots and
    // their articles' summaries, so a layout change shows on the next render on every instance.
    const { layouts, slots } = await this.store.repos.frontpage.reading(language, LAYOUTS_KEY);
    const layout = layoutsFrom(layouts)[language] ?? defaultFrontpageLayout;
    const curated = slots
      .map((s) => ({ at: slotIndex(s.slot), article: s.article }))
      .filter((s) => s.at >= 0 && s.at < layout.slots)
      .sort((a, b) => a.at - b.at)
      .map((s) => this.current(s.article));
    return { layout, curated };
  }

  async byId(id: string): Promise<Article | null> {
    const a = await this.store.repos.articles.findById(id);
    return a ? this.current(a) : null;
  }

  /** The newest published articles, without the count a paged list needs (related articles). */
  async latest(filter: ListFilter, limit: number): Promise<ArticleSummary[]> {
    const f = filter.breaking ? { breakingAt: this.clock.now(), ...filter } : filter;
    const items = await this.store.repos.listings.listPublished(f, limit, 0);
    return items.map((a) => this.current(a));
  }

  /** The newest of a section and of its whole language, read together (the article page's sidebar). */
  async latestInSectionAndSite(
    language: string,
    sectionId: string,
    limit: number,
  ): Promise<{ section: ArticleSummary[]; site: ArticleSummary[] }> {
    const r = await this.store.repos.listings.latestInSectionAndLanguage(language, sectionId, limit);
    return { section: r.section.map((a) => this.current(a)), site: r.site.map((a) => this.current(a)) };
  }

  async list(filter: ListFilter, page: number, pageSize: number): Promise<Page<ArticleSummary>> {
    const repo = this.store.repos.listings;
    // The breaking strip asks for breaking news that is still current.
    const f = filter.breaking ? { breakingAt: this.clock.now(), ...filter } : filter;
    const { total, items } = await repo.pagePublished(f, pageSize, offsetOf(page, pageSize));
    return {
      items: items.map((a) => this.current(a)),
      page,
      pageSize,
      total,
      pageCount: pageCount(total, pageSize),
    };
  }
}

export type { ListFilter, SitemapEntry, TranslationRef } from '../../storage/repositories/index.ts';
