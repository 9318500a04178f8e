import { AppError } from '../../domain/errors.ts';
import { bodyToPlainText } from '../../domain/body.ts';
import { newArticleSchema, type Article, type NewArticleInput } from '../../domain/article.ts';
import { snapshotOf } from '../../domain/revisions.ts';
import { breakingEnd } from '../../domain/breaking.ts';
import { isLive, nextStatus, type WorkflowAction } from '../../domain/workflow.ts';
import { slugify, uniqueSlug } from '../../lib/slug.ts';
import type { PendingChange, Repositories, Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { validate } from '../validate.ts';
import {
  articleUpdateSchema,
  patchOf,
  withPatch,
  type ArticlePatch,
  type ArticleUpdateInput,
} from './article-patch.ts';
import { authorIdsOf, requireFreeSlug, requireSlugFor, sectionOf, tagIdsOf } from './article-refs.ts';
import { moveArticle, pastTense } from './workflow-moves.ts';
import { breakingFields, emptyBody, noPendingChanges, requireReady } from './write-rules.ts';
import type { CreateOptions } from './write-rules.ts';
import { WriteTrail } from './write-trail.ts';

/**
 * Every write of an article — create, save, a live article's pending version (save, Update,
 * discard, submit), workflow moves, the scheduler's publishing and breaking-flag ends — each in
 * one transaction with its trail (revision, audit entry, search row, outbox event).
 */
export class ArticleWriter {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly newId: IdGenerator = uuid,
  ) {
    this.trail = new WriteTrail(clock, newId);
  }

  /** Revisions, audit entries, outbox events: what every write leaves behind. */
  private readonly trail: WriteTrail;

  /** One article, one transaction; `alongside` writes in it what belongs with it (an import's map entry). */
  async create(input: NewArticleInput, opts: CreateOptions = {}): Promise<Article> {
    const a = this.checkNew(input);
    const id = await this.store.transaction((repos) => this.insertNew(repos, a, opts));
    const created = await this.store.repos.articles.findById(id);
    if (!created) throw new AppError('INTERNAL', 'article vanished after insert');
    return created;
  }

  /**
   * Creates many articles in one transaction, each exactly as `create` would (an importer's or a
   * benchmark's bulk load). Every input is checked before anything is written: a bad one fails the
   * whole call with its index in the field path (`3.headline`), and nothing is half-written.
   */
  async createMany(
    inputs: readonly NewArticleInput[],
    opts: { actorId?: string | null } = {},
  ): Promise<string[]> {
    const checked = inputs.map((input, i) => {
      try {
        return this.checkNew(input);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const issues = e.issues.map((x) => ({ ...x, field: `${i}.${x.field}` }));
        throw new AppError(e.code, `article ${i}: ${e.message}`, issues);
      }
    });
    return this.store.transaction(async (repos) => {
      const ids: string[] = [];
      for (const a of checked) ids.push(await this.insertNew(repos, a, opts));
      return ids;
    });
  }

  /** A new article's input, validated, for a language the site publishes in. */
  private checkNew(input: NewArticleInput) {
    const a = validate(newArticleSchema, input);
    if (!this.site.isLanguage(a.language)) {
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${a.language}" is not enabled on this site`, [
        { field: 'language', message: `must be one of ${this.site.settings().languages.join(', ')}` },
      ]);
    }
    if (a.status === 'published' && !a.publishedAt) a.publishedAt = this.clock.now();
    return a;
  }

  /** Writes one checked new article and its trail inside the caller's transaction; returns its id. */
  private async insertNew(
    repos: Repositories,
    a: ReturnType<ArticleWriter['checkNew']>,
    { actorId, alongside }: CreateOptions,
  ): Promise<string> {
    const now = this.clock.now();
    const id = this.newId();
    const section = await sectionOf(repos, a.sectionSlug);
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
      ? await requireFreeSlug(repos, a.language, a.slug)
      : await uniqueSlug(base, (s) => repos.articles.slugTaken(a.language, s));
    const tagIds = await tagIdsOf(this.taxonomy, repos, a.tags, a.language);
    const authorIds = await authorIdsOf(this.taxonomy, repos, a.authors);
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
      featuredImage: a.featuredImage,
      ownerId: a.ownerId,
      breakingUntil:
        a.breaking && a.status === 'published'
          ? breakingEnd(a.publishedAt ?? now, this.site.settings().breakingHours)
          : null,
    });
    await this.trail.revision(repos, id, actorId, 'created');
    if (a.status === 'published') {
      await this.trail.announce(repos, 'article.published', await this.current(repos, id));
    }
    // Same transaction: an article is never published without being findable, or vice versa.
    await repos.search.upsert({
      articleId: id,
      language: a.language,
      headline: a.headline,
      standfirst: a.standfirst,
      body: bodyToPlainText(a.body),
    });
    await alongside?.(repos, id);
    return id;
  }

  /** Renames an article's slug; the old URL keeps answering with a redirect. */
  async changeSlug(articleId: string, newSlug: string): Promise<Article> {
    return this.save(articleId, { slug: newSlug });
  }

  /** Changes an article's fields (see `save`); kept for callers that do not track versions. */
  async update(articleId: string, input: ArticleUpdateInput): Promise<Article> {
    return this.save(articleId, input);
  }

  /**
   * Saves changes to an article in one transaction: fields, tags, authors, sources, slug
   * (the old URL keeps answering with a redirect once readers have seen it), a revision, the
   * search index, and for a published article an "Updated" time and an article.updated event.
   * With `expectedVersion`, a save based on an older version is refused (CONFLICT) instead of
   * silently overwriting someone else's work.
   */
  async save(
    articleId: string,
    input: ArticleUpdateInput,
    opts: { expectedVersion?: number; actorId?: string | null; action?: string } = {},
  ): Promise<Article> {
    const patch = validate(articleUpdateSchema, input);
    await this.store.transaction(async (repos) => {
      const article = await this.current(repos, articleId);
      await this.applyPatch(repos, article, patch, {
        ...opts,
        visible: article.status === 'published',
      });
    });
    return this.current(this.store.repos, articleId);
  }

  /**
   * Writes a validated patch to the article inside the caller's transaction: fields, slug, tags,
   * authors, sources, a revision (with its audit entry), the search row, and when readers see
   * the article an "Updated" time (unless `minor`) and an article.updated event.
   */
  private async applyPatch(
    repos: Repositories,
    article: Article,
    patch: ArticlePatch,
    opts: {
      expectedVersion?: number | undefined;
      actorId?: string | null | undefined;
      action?: string | undefined;
      visible: boolean;
      minor?: boolean;
    },
  ): Promise<Article> {
    const now = this.clock.now();
    const articleId = article.id;
    if (patch.body && patch.body.length === 0 && !['draft', 'in_review'].includes(article.status))
      throw emptyBody();
    let sectionId: string | undefined;
    if (patch.sectionSlug && patch.sectionSlug !== article.section.slug)
      sectionId = (await sectionOf(repos, patch.sectionSlug)).id;
    const saved = await repos.articles.updateContent(
      articleId,
      {
        ...(patch.headline !== undefined ? { headline: patch.headline } : {}),
        ...(patch.standfirst !== undefined ? { standfirst: patch.standfirst || null } : {}),
        ...(patch.body ? { body: patch.body, bodyText: bodyToPlainText(patch.body) } : {}),
        ...breakingFields(article, patch, now, this.site.settings().breakingHours),
        ...(patch.featuredImage !== undefined ? { featuredImage: patch.featuredImage } : {}),
        ...(sectionId ? { sectionId } : {}),
        ...(opts.visible && !opts.minor ? { updatedAt: now } : {}),
        modifiedAt: now,
      },
      opts.expectedVersion,
    );
    if (!saved) throw await this.trail.staleVersion(repos, article, opts.expectedVersion);
    if (patch.slug !== undefined && patch.slug !== article.slug) {
      await requireSlugFor(repos, article, patch.slug);
      await repos.articles.changeSlug(articleId, patch.slug, now, article.publishedAt !== null);
    }
    if (patch.tags)
      await repos.articles.replaceTags(
        articleId,
        await tagIdsOf(this.taxonomy, repos, patch.tags, article.language),
      );
    if (patch.authors)
      await repos.articles.replaceAuthors(articleId, await authorIdsOf(this.taxonomy, repos, patch.authors));
    if (patch.sources)
      await repos.articles.replaceSources(
        articleId,
        patch.sources.map((c) => ({ ...c, id: this.newId() })),
      );
    const after = await this.current(repos, articleId);
    await this.trail.revision(repos, articleId, opts.actorId, opts.action ?? 'saved', after);
    await repos.search.upsert({
      articleId,
      language: after.language,
      headline: after.headline,
      standfirst: after.standfirst,
      body: after.bodyText,
    });
    if (opts.visible) await this.trail.announce(repos, 'article.updated', after);
    return after;
  }

  /**
   * Saves an edit to a live (published or scheduled) article as its pending version: readers,
   * feeds, search and the API keep the live text; the article's version goes up (so two people
   * editing are protected from each other as with drafts) and the pending version is kept as a
   * revision marked "pending". Nothing is announced: no event, no purge.
   */
  async savePending(
    articleId: string,
    input: ArticleUpdateInput,
    opts: { expectedVersion?: number; actorId?: string | null; action?: string } = {},
  ): Promise<PendingChange> {
    const patch = validate(articleUpdateSchema, input);
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      const article = await this.current(repos, articleId);
      if (!isLive(article.status))
        throw new AppError('CONFLICT', `article is ${article.status.replace('_', ' ')}; edit it directly`, [
          { field: 'status', message: `is ${article.status}` },
        ]);
      const current = await repos.pending.get(articleId);
      const base = current?.snapshot ?? snapshotOf(article);
      if (patch.body && patch.body.length === 0) throw emptyBody();
      if (patch.sectionSlug !== undefined && patch.sectionSlug !== base.sectionSlug)
        await sectionOf(repos, patch.sectionSlug);
      if (patch.slug !== undefined && patch.slug !== base.slug && patch.slug !== article.slug)
        await requireSlugFor(repos, article, patch.slug);
      const next = withPatch(base, patch);
      if (!(await repos.articles.bumpVersion(articleId, opts.expectedVersion)))
        throw await this.trail.staleVersion(repos, article, opts.expectedVersion);
      await repos.pending.put({
        articleId,
        snapshot: next,
        baseVersion: current?.baseVersion ?? article.version,
        userId: opts.actorId ?? null,
        at: now,
      });
      await this.trail.snapshot(
        repos,
        articleId,
        article.version + 1,
        opts.actorId,
        opts.action ?? 'pending',
        next,
        article,
      );
    });
    const saved = await this.store.repos.pending.get(articleId);
    if (!saved)
      throw new AppError('CONFLICT', `article ${articleId}: its change was applied or discarded meanwhile`);
    return saved;
  }

  /**
   * Update: the pending version becomes what readers see, in one transaction — one revision, one
   * audit entry, one article.updated event. A `minor` fix (a typo) does not show "Updated".
   */
  async publishPending(
    articleId: string,
    opts: { expectedVersion?: number; actorId?: string | null; minor?: boolean } = {},
  ): Promise<Article> {
    await this.store.transaction(async (repos) => {
      const article = await this.current(repos, articleId, opts.expectedVersion);
      const pending = await repos.pending.get(articleId);
      if (!pending) throw noPendingChanges();
      const patch = patchOf(pending.snapshot, article);
      requireReady({ ...article, body: patch.body, featuredImage: patch.featuredImage });
      await repos.pending.remove(articleId);
      await this.applyPatch(repos, article, patch, {
        expectedVersion: article.version,
        actorId: opts.actorId,
        action: opts.minor ? 'updated-minor' : 'updated',
        visible: article.status === 'published',
        minor: opts.minor ?? false,
      });
    });
    return this.current(this.store.repos, articleId);
  }

  /** Discard: the pending version is dropped (it stays in the revisions); the live text is untouched. */
  async discardPending(
    articleId: string,
    opts: { expectedVersion?: number; actorId?: string | null } = {},
  ): Promise<Article> {
    await this.store.transaction(async (repos) => {
      const article = await this.current(repos, articleId);
      if (!(await repos.pending.remove(articleId))) throw noPendingChanges();
      if (!(await repos.articles.bumpVersion(articleId, opts.expectedVersion)))
        throw await this.trail.staleVersion(repos, article, opts.expectedVersion);
      await this.trail.snapshot(
        repos,
        articleId,
        article.version + 1,
        opts.actorId,
        'discarded',
        snapshotOf(article),
        article,
      );
    });
    return this.current(this.store.repos, articleId);
  }

  /** Someone who may not publish this article asks for their pending changes to be reviewed. */
  async submitPending(
    articleId: string,
    opts: { expectedVersion?: number; actorId?: string | null } = {},
  ): Promise<void> {
    await this.store.transaction(async (repos) => {
      const article = await this.current(repos, articleId, opts.expectedVersion);
      if (!(await repos.pending.markSubmitted(articleId, this.clock.now()))) throw noPendingChanges();
      if (opts.actorId !== undefined)
        await repos.accounts.audit({
          id: this.newId(),
          userId: opts.actorId,
          action: 'article.changes-submitted',
          target: articleId,
          details: { headline: article.headline, language: article.language, version: article.version },
          at: this.clock.now(),
        });
    });
  }

  /**
   * Moves an article through the workflow (the caller checked who may): submit, return,
   * schedule (at a future time), unschedule, publish, unpublish, or correct (a published
   * article gets a correction note and an "Updated" time). Each move is a revision and, where
   * readers see a change, an outbox event, all in one transaction.
   */
  async transition(
    articleId: string,
    action: WorkflowAction,
    opts: { expectedVersion?: number; actorId?: string | null; scheduledAt?: Date; note?: string } = {},
  ): Promise<Article> {
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      let article = await this.current(repos, articleId, opts.expectedVersion);
      const to = nextStatus(article.status, action);
      if (!to)
        throw new AppError(
          'CONFLICT',
          `cannot ${action} an article that is ${article.status.replace('_', ' ')}`,
          [{ field: 'status', message: `is ${article.status}` }],
        );
      if (to === 'published' || to === 'scheduled') requireReady(article);
      // Leaving readers' sight (unpublished, back to draft): pending edits become the article's text.
      const seen = article;
      const pending = !isLive(to) ? await repos.pending.get(articleId) : null;
      if (pending) {
        await repos.pending.remove(articleId);
        article = await this.applyPatch(repos, article, patchOf(pending.snapshot, article), {
          expectedVersion: article.version,
          actorId: opts.actorId,
          action: 'saved',
          visible: false,
        });
      }
      const { moved, event } = await moveArticle(repos, article, action, to, {
        now,
        newId: this.newId,
        breakingHours: this.site.settings().breakingHours,
        scheduledAt: opts.scheduledAt,
        note: opts.note,
      });
      if (!moved) throw await this.trail.staleVersion(repos, article, opts.expectedVersion);
      const after = await this.current(repos, articleId);
      await this.trail.revision(repos, articleId, opts.actorId, pastTense[action], after);
      if (event) await this.trail.announce(repos, event, event === 'article.unpublished' ? seen : after);
    });
    return this.current(this.store.repos, articleId);
  }

  /** Publishes every scheduled article whose time has come (the scheduler calls this); returns how many. */
  async publishDue(): Promise<number> {
    const due = await this.store.repos.articles.dueScheduled(this.clock.now(), 100);
    let published = 0;
    for (const id of due) {
      try {
        await this.transition(id, 'publish', { actorId: null });
        published++;
      } catch (e) {
        // Another instance got there first, or an editor moved it meanwhile: not ours to publish.
        if (!(e instanceof AppError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND'))) throw e;
      }
    }
    return published;
  }

  /**
   * Lowers breaking flags whose time is up (the scheduler calls this): the strip and badges stop
   * showing them everywhere, and an article.updated event purges the cached pages. The version
   * is not bumped, so an editor with the article open is not interrupted.
   */
  async endExpiredBreaking(): Promise<number> {
    const now = this.clock.now();
    let ended = 0;
    for (const id of await this.store.repos.articles.expiredBreaking(now, 100)) {
      await this.store.transaction(async (repos) => {
        if (!(await repos.articles.endBreaking(id, now))) return;
        const after = await this.current(repos, id);
        await repos.accounts.audit({
          id: this.newId(),
          userId: null,
          action: 'article.breaking-ended',
          target: id,
          details: { headline: after.headline, language: after.language },
          at: now,
        });
        if (after.status === 'published') await this.trail.announce(repos, 'article.updated', after);
        ended++;
      });
    }
    return ended;
  }

  /** Withdraws a published article: its URL answers 410, feeds and search drop it, webhooks hear of it. */
  async unpublish(articleId: string): Promise<Article> {
    const article = await this.current(this.store.repos, articleId);
    if (article.status !== 'published') {
      throw new AppError('CONFLICT', `article is ${article.status}, not published`, [
        { field: 'status', message: 'must be published to unpublish' },
      ]);
    }
    return this.transition(articleId, 'unpublish');
  }

  /**
   * The article as it is in this transaction, or NOT_FOUND; with `expectedVersion`, refused as
   * stale unless nobody saved since.
   */
  private async current(repos: Repositories, articleId: string, expectedVersion?: number): Promise<Article> {
    const article = await repos.articles.findById(articleId);
    if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    if (expectedVersion !== undefined && article.version !== expectedVersion)
      throw await this.trail.staleVersion(repos, article, expectedVersion);
    return article;
  }
}
