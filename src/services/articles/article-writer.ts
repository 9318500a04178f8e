import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { ArticleEvent, ArticleEventPayload, ArticleEventType } from '../../domain/events.ts';
import { bodySchema } from '../../domain/body.ts';
import { bodyToPlainText } from '../../domain/body.ts';
import { newArticleSchema, type Article, type NewArticleInput } from '../../domain/article.ts';
import { slugify, uniqueSlug } from '../../lib/slug.ts';
import type { SearchIndex } from '../../search/index.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { validate } from '../validate.ts';

/** Creates articles: validates, resolves section/tags/authors, writes everything in one transaction. */
export class ArticleWriter {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly search: SearchIndex,
    private readonly newId: IdGenerator = uuid,
  ) {}

  async create(input: NewArticleInput): Promise<Article> {
    const a = validate(newArticleSchema, input);
    if (!this.site.isLanguage(a.language)) {
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${a.language}" is not enabled on this site`, [
        { field: 'language', message: `must be one of ${this.site.settings().languages.join(', ')}` },
      ]);
    }
    if (a.status === 'published' && !a.publishedAt) a.publishedAt = this.clock.now();
    const now = this.clock.now();
    const id = this.newId();

    await this.store.transaction(async (repos, tx) => {
      const section = await repos.sections.findBySlug(a.sectionSlug);
      if (!section) {
        throw new AppError('SECTION_NOT_FOUND', `section "${a.sectionSlug}" does not exist`, [
          { field: 'sectionSlug', message: 'no such section' },
        ]);
      }
      if (a.translationGroupId) {
        const siblings = await repos.articles.listTranslations(a.translationGroupId);
        if (siblings.some((t) => t.language === a.language)) {
          throw new AppError('CONFLICT', `this story already has a ${a.language} version`, [
            { field: 'translationGroupId', message: `already has an article in ${a.language}` },
          ]);
        }
      }
      const base = a.slug ?? slugify(a.headline);
      if (!base) {
        throw new AppError('VALIDATION_FAILED', 'headline: needs letters or digits for a slug', [
          { field: 'headline', message: 'needs letters or digits for a slug' },
        ]);
      }
      const slug = a.slug
        ? await this.requireFreeSlug(repos.articles.slugTaken.bind(repos.articles), a.language, a.slug)
        : await uniqueSlug(base, (s) => repos.articles.slugTaken(a.language, s));
      const tagIds: string[] = [];
      for (const name of a.tags) {
        const tag = await this.taxonomy.tagByName(repos, name, a.language);
        if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
      }
      const authorIds: string[] = [];
      for (const author of a.authors) {
        const person = await this.taxonomy.personByName(repos, author);
        if (!authorIds.includes(person.id)) authorIds.push(person.id);
      }
      await repos.articles.insert({
        id,
        translationGroupId: a.translationGroupId ?? this.newId(),
        language: a.language,
        slug,
        sectionId: section.id,
        headline: a.headline,
        standfirst: a.standfirst || null,
        body: a.body,
        bodyText: bodyToPlainText(a.body),
        status: a.status,
        breaking: a.breaking,
        createdAt: now,
        publishedAt: a.publishedAt,
        updatedAt: a.updatedAt,
        modifiedAt: now,
        tagIds,
        authorIds,
        sources: a.sources.map((s) => ({ ...s, id: this.newId() })),
        corrections: a.corrections.map((c) => ({ ...c, id: this.newId() })),
      });
      if (a.status === 'published') {
        await repos.outbox.add(
          this.event('article.published', payloadOf((await repos.articles.findById(id))!)),
        );
      }
      // Same transaction: an article is never published without being findable, or vice versa.
      await this.search.upsert(tx, {
        articleId: id,
        language: a.language,
        headline: a.headline,
        standfirst: a.standfirst,
        body: bodyToPlainText(a.body),
      });
    });
    const created = await this.store.repos.articles.findById(id);
    if (!created) throw new AppError('INTERNAL', 'article vanished after insert');
    return created;
  }

  /** Renames an article's slug; the old URL keeps answering with a redirect. */
  async changeSlug(articleId: string, newSlug: string): Promise<Article> {
    const article = await this.store.repos.articles.findById(articleId);
    if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    await this.store.transaction(async (repos) => {
      if (newSlug !== article.slug) {
        const owner = await repos.articles.findIdByFormerSlug(article.language, newSlug);
        if (owner !== articleId)
          await this.requireFreeSlug(
            repos.articles.slugTaken.bind(repos.articles),
            article.language,
            newSlug,
          );
      }
      await repos.articles.changeSlug(articleId, newSlug, this.clock.now());
    });
    return (await this.store.repos.articles.findById(articleId))!;
  }

  /**
   * Changes an article's text. A published article gets an "Updated" time and an
   * article.updated event; the search index follows in the same transaction.
   */
  async update(articleId: string, input: z.input<typeof articleUpdateSchema>): Promise<Article> {
    const patch = validate(articleUpdateSchema, input);
    const article = await this.store.repos.articles.findById(articleId);
    if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    const now = this.clock.now();
    await this.store.transaction(async (repos, tx) => {
      let sectionId: string | undefined;
      if (patch.sectionSlug) {
        const section = await repos.sections.findBySlug(patch.sectionSlug);
        if (!section)
          throw new AppError('SECTION_NOT_FOUND', `section "${patch.sectionSlug}" does not exist`, [
            { field: 'sectionSlug', message: 'no such section' },
          ]);
        sectionId = section.id;
      }
      const published = article.status === 'published';
      await repos.articles.updateContent(articleId, {
        ...(patch.headline !== undefined ? { headline: patch.headline } : {}),
        ...(patch.standfirst !== undefined ? { standfirst: patch.standfirst || null } : {}),
        ...(patch.body ? { body: patch.body, bodyText: bodyToPlainText(patch.body) } : {}),
        ...(patch.breaking !== undefined ? { breaking: patch.breaking } : {}),
        ...(sectionId ? { sectionId } : {}),
        ...(published ? { updatedAt: now } : {}),
        modifiedAt: now,
      });
      const after = (await repos.articles.findById(articleId))!;
      await this.search.upsert(tx, {
        articleId,
        language: after.language,
        headline: after.headline,
        standfirst: after.standfirst,
        body: after.bodyText,
      });
      if (published) await repos.outbox.add(this.event('article.updated', payloadOf(after)));
    });
    return (await this.store.repos.articles.findById(articleId))!;
  }

  /** Withdraws a published article: its URL answers 410, feeds and search drop it, webhooks hear of it. */
  async unpublish(articleId: string): Promise<Article> {
    const article = await this.store.repos.articles.findById(articleId);
    if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    if (article.status !== 'published') {
      throw new AppError('CONFLICT', `article is ${article.status}, not published`, [
        { field: 'status', message: 'must be published to unpublish' },
      ]);
    }
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      await repos.articles.setStatus(articleId, 'unpublished', now);
      await repos.outbox.add(this.event('article.unpublished', payloadOf(article)));
    });
    return (await this.store.repos.articles.findById(articleId))!;
  }

  private event(type: ArticleEventType, article: ArticleEventPayload): ArticleEvent {
    return { id: this.newId(), type, occurredAt: this.clock.now(), article };
  }

  private async requireFreeSlug(
    taken: (language: string, slug: string) => Promise<boolean>,
    language: string,
    slug: string,
  ): Promise<string> {
    if (await taken(language, slug)) {
      throw new AppError('CONFLICT', `slug "${slug}" is already used in ${language}`, [
        { field: 'slug', message: 'is already used by another article' },
      ]);
    }
    return slug;
  }
}

/** What may change in an article through `update` (slug changes go through `changeSlug`). */
export const articleUpdateSchema = z
  .object({
    headline: z.string().trim().min(1, 'is required').max(300),
    standfirst: z.string().trim().max(600).nullable(),
    body: bodySchema,
    sectionSlug: z.string().min(1),
    breaking: z.boolean(),
  })
  .partial()
  .strict();

export function payloadOf(a: Article): ArticleEventPayload {
  return {
    id: a.id,
    language: a.language,
    slug: a.slug,
    sectionSlug: a.section.slug,
    headline: a.headline,
    tagSlugs: a.tags.map((t) => t.slug),
    authorSlugs: a.authors.map((p) => p.slug),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt?.toISOString() ?? null,
  };
}
