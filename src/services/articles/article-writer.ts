import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { payloadOf, type ArticleEventType } from '../../domain/events.ts';
import { bodyToPlainText, type Block } from '../../domain/body.ts';
import {
  articleFieldsSchema,
  newArticleSchema,
  type Article,
  type NewArticleInput,
} from '../../domain/article.ts';
import { snapshotOf, type ArticleSnapshot } from '../../domain/revisions.ts';
import { breakingEnd } from '../../domain/breaking.ts';
import { isLive, nextStatus, type WorkflowAction } from '../../domain/workflow.ts';
import { slugify, uniqueSlug } from '../../lib/slug.ts';
import type { PendingChange, Repositories, Store } from '../../storage/repositories/index.ts';
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
    private readonly newId: IdGenerator = uuid,
  ) {}

  async create(input: NewArticleInput, opts: { actorId?: string | null } = {}): Promise<Article> {
    const a = validate(newArticleSchema, input);
    if (!this.site.isLanguage(a.language)) {
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${a.language}" is not enabled on this site`, [
        { field: 'language', message: `must be one of ${this.site.settings().languages.join(', ')}` },
      ]);
    }
    if (a.status === 'published' && !a.publishedAt) a.publishedAt = this.clock.now();
    const now = this.clock.now();
    const id = this.newId();

    await this.store.transaction(async (repos) => {
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
        featuredImage: a.featuredImage,
        ownerId: a.ownerId,
        breakingUntil:
          a.breaking && a.status === 'published'
            ? breakingEnd(a.publishedAt ?? now, this.site.settings().breakingHours)
            : null,
      });
      await this.keepRevision(repos, id, opts.actorId, 'created');
      if (a.status === 'published') {
        await this.announce(repos, 'article.published', (await repos.articles.findById(id))!);
      }
      // Same transaction: an article is never published without being findable, or vice versa.
      await repos.search.upsert({
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
      const article = await repos.articles.findById(articleId);
      if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
      await this.applyPatch(repos, article, patch, {
        ...opts,
        visible: article.status === 'published',
      });
    });
    return (await this.store.repos.articles.findById(articleId))!;
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
      throw new AppError('VALIDATION_FAILED', 'body: the body needs at least one block', [
        { field: 'body', message: 'the body needs at least one block' },
      ]);
    let sectionId: string | undefined;
    if (patch.sectionSlug && patch.sectionSlug !== article.section.slug)
      sectionId = (await this.sectionOf(repos, patch.sectionSlug)).id;
    const saved = await repos.articles.updateContent(
      articleId,
      {
        ...(patch.headline !== undefined ? { headline: patch.headline } : {}),
        ...(patch.standfirst !== undefined ? { standfirst: patch.standfirst || null } : {}),
        ...(patch.body ? { body: patch.body, bodyText: bodyToPlainText(patch.body) } : {}),
        ...this.breakingFields(article, patch, now),
        ...(patch.featuredImage !== undefined ? { featuredImage: patch.featuredImage } : {}),
        ...(sectionId ? { sectionId } : {}),
        ...(opts.visible && !opts.minor ? { updatedAt: now } : {}),
        modifiedAt: now,
      },
      opts.expectedVersion,
    );
    if (!saved) throw await this.staleVersion(repos, article, opts.expectedVersion);
    if (patch.slug !== undefined && patch.slug !== article.slug) {
      await this.requireSlugFor(repos, article, patch.slug);
      await repos.articles.changeSlug(articleId, patch.slug, now, article.publishedAt !== null);
    }
    if (patch.tags) {
      const tagIds: string[] = [];
      for (const name of patch.tags) {
        const tag = await this.taxonomy.tagByName(repos, name, article.language);
        if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
      }
      await repos.articles.replaceTags(articleId, tagIds);
    }
    if (patch.authors) {
      const ids: string[] = [];
      for (const author of patch.authors) {
        const person = await this.taxonomy.personByName(repos, author);
        if (!ids.includes(person.id)) ids.push(person.id);
      }
      await repos.articles.replaceAuthors(articleId, ids);
    }
    if (patch.sources)
      await repos.articles.replaceSources(
        articleId,
        patch.sources.map((c) => ({ ...c, id: this.newId() })),
      );
    const after = (await repos.articles.findById(articleId))!;
    await this.keepRevision(repos, articleId, opts.actorId, opts.action ?? 'saved', after);
    await repos.search.upsert({
      articleId,
      language: after.language,
      headline: after.headline,
      standfirst: after.standfirst,
      body: after.bodyText,
    });
    if (opts.visible) await this.announce(repos, 'article.updated', after);
    return after;
  }

  /**
   * The breaking flag's columns after a patch. Breaking news ends: a flag raised on a published
   * article ends after the site's `breakingHours` unless the editor set its own end; a draft's
   * flag starts counting when it is published; lowering the flag clears its end.
   */
  private breakingFields(
    article: Pick<Article, 'breaking' | 'breakingUntil' | 'status'>,
    patch: Pick<ArticlePatch, 'breaking' | 'breakingUntil'>,
    now: Date,
  ): { breaking?: boolean; breakingUntil?: Date | null } {
    const breaking = patch.breaking ?? article.breaking;
    if (!breaking)
      return patch.breaking !== undefined || article.breakingUntil
        ? { breaking: false, breakingUntil: null }
        : {};
    if (patch.breakingUntil !== undefined && patch.breakingUntil !== null)
      return { breaking: true, breakingUntil: patch.breakingUntil };
    const live = article.status === 'published';
    const raised = !article.breaking || patch.breakingUntil === null;
    if (live && (raised || !article.breakingUntil))
      return { breaking: true, breakingUntil: breakingEnd(now, this.site.settings().breakingHours) };
    return patch.breaking !== undefined ? { breaking: true } : {};
  }

  private async sectionOf(repos: Repositories, slug: string) {
    const section = await repos.sections.findBySlug(slug);
    if (!section)
      throw new AppError('SECTION_NOT_FOUND', `section "${slug}" does not exist`, [
        { field: 'sectionSlug', message: 'no such section' },
      ]);
    return section;
  }

  /** A slug the article may take: free, or one of its own former slugs. */
  private async requireSlugFor(repos: Repositories, article: Article, slug: string): Promise<void> {
    const owner = await repos.articles.findIdByFormerSlug(article.language, slug);
    if (owner !== article.id)
      await this.requireFreeSlug(repos.articles.slugTaken.bind(repos.articles), article.language, slug);
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
      const article = await repos.articles.findById(articleId);
      if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
      if (!isLive(article.status))
        throw new AppError('CONFLICT', `article is ${article.status.replace('_', ' ')}; edit it directly`, [
          { field: 'status', message: `is ${article.status}` },
        ]);
      const current = await repos.pending.get(articleId);
      const base = current?.snapshot ?? snapshotOf(article);
      if (patch.body && patch.body.length === 0)
        throw new AppError('VALIDATION_FAILED', 'body: the body needs at least one block', [
          { field: 'body', message: 'the body needs at least one block' },
        ]);
      if (patch.sectionSlug !== undefined && patch.sectionSlug !== base.sectionSlug)
        await this.sectionOf(repos, patch.sectionSlug);
      if (patch.slug !== undefined && patch.slug !== base.slug && patch.slug !== article.slug)
        await this.requireSlugFor(repos, article, patch.slug);
      const next = withPatch(base, patch);
      if (!(await repos.articles.bumpVersion(articleId, opts.expectedVersion)))
        throw await this.staleVersion(repos, article, opts.expectedVersion);
      await repos.pending.put({
        articleId,
        snapshot: next,
        baseVersion: current?.baseVersion ?? article.version,
        userId: opts.actorId ?? null,
        at: now,
      });
      await this.keepSnapshot(
        repos,
        articleId,
        article.version + 1,
        opts.actorId,
        opts.action ?? 'pending',
        next,
        article,
      );
    });
    return (await this.store.repos.pending.get(articleId))!;
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
      const article = await repos.articles.findById(articleId);
      if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
      if (opts.expectedVersion !== undefined && article.version !== opts.expectedVersion)
        throw await this.staleVersion(repos, article, opts.expectedVersion);
      const pending = await repos.pending.get(articleId);
      if (!pending) throw noPendingChanges();
      const patch = patchOf(pending.snapshot, article);
      this.requireReady({ ...article, body: patch.body, featuredImage: patch.featuredImage });
      await repos.pending.remove(articleId);
      await this.applyPatch(repos, article, patch, {
        expectedVersion: article.version,
        actorId: opts.actorId,
        action: opts.minor ? 'updated-minor' : 'updated',
        visible: article.status === 'published',
        minor: opts.minor ?? false,
      });
    });
    return (await this.store.repos.articles.findById(articleId))!;
  }

  /** Discard: the pending version is dropped (it stays in the revisions); the live text is untouched. */
  async discardPending(
    articleId: string,
    opts: { expectedVersion?: number; actorId?: string | null } = {},
  ): Promise<Article> {
    await this.store.transaction(async (repos) => {
      const article = await repos.articles.findById(articleId);
      if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
      if (!(await repos.pending.remove(articleId))) throw noPendingChanges();
      if (!(await repos.articles.bumpVersion(articleId, opts.expectedVersion)))
        throw await this.staleVersion(repos, article, opts.expectedVersion);
      await this.keepSnapshot(
        repos,
        articleId,
        article.version + 1,
        opts.actorId,
        'discarded',
        snapshotOf(article),
        article,
      );
    });
    return (await this.store.repos.articles.findById(articleId))!;
  }

  /** Someone who may not publish this article asks for their pending changes to be reviewed. */
  async submitPending(
    articleId: string,
    opts: { expectedVersion?: number; actorId?: string | null } = {},
  ): Promise<void> {
    await this.store.transaction(async (repos) => {
      const article = await repos.articles.findById(articleId);
      if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
      if (opts.expectedVersion !== undefined && article.version !== opts.expectedVersion)
        throw await this.staleVersion(repos, article, opts.expectedVersion);
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
      let article = await repos.articles.findById(articleId);
      if (!article) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
      if (opts.expectedVersion !== undefined && article.version !== opts.expectedVersion)
        throw await this.staleVersion(repos, article, opts.expectedVersion);
      const to = nextStatus(article.status, action);
      if (!to)
        throw new AppError(
          'CONFLICT',
          `cannot ${action} an article that is ${article.status.replace('_', ' ')}`,
          [{ field: 'status', message: `is ${article.status}` }],
        );
      if (to === 'published' || to === 'scheduled') this.requireReady(article);
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
      let moved: boolean;
      let event: ArticleEventType | null = null;
      switch (action) {
        case 'schedule': {
          const at = opts.scheduledAt;
          if (!at || at.getTime() <= now.getTime())
            throw new AppError('VALIDATION_FAILED', 'scheduledAt: must be a time in the future', [
              { field: 'scheduledAt', message: 'must be a time in the future' },
            ]);
          moved = await repos.articles.setStatus(articleId, 'scheduled', now, undefined, {
            scheduledAt: at,
            fromStatus: article.status,
          });
          break;
        }
        case 'publish': {
          // A scheduled article goes out at the time it was promised, even if the job ran late.
          const publishedAt =
            article.publishedAt ??
            (article.status === 'scheduled' && article.scheduledAt && article.scheduledAt <= now
              ? article.scheduledAt
              : now);
          moved = await repos.articles.setStatus(articleId, 'published', now, publishedAt, {
            fromStatus: article.status,
            // A breaking flag raised before publication starts counting now.
            ...(article.breaking && !article.breakingUntil
              ? { breakingUntil: breakingEnd(now, this.site.settings().breakingHours) }
              : {}),
          });
          event = 'article.published';
          break;
        }
        case 'correct': {
          const text = (opts.note ?? '').trim();
          if (!text || text.length > 2000)
            throw new AppError('VALIDATION_FAILED', 'note: a correction needs a note of 1–2000 characters', [
              { field: 'note', message: 'must be 1–2000 characters' },
            ]);
          await repos.articles.addCorrection(articleId, { id: this.newId(), text, createdAt: now });
          moved = await repos.articles.setStatus(articleId, 'published', now, undefined, {
            fromStatus: 'published',
            updatedAt: now,
          });
          event = 'article.updated';
          break;
        }
        case 'unpublish':
          moved = await repos.articles.setStatus(articleId, 'unpublished', now, undefined, {
            fromStatus: 'published',
          });
          event = 'article.unpublished';
          break;
        default:
          moved = await repos.articles.setStatus(articleId, to, now, undefined, {
            fromStatus: article.status,
          });
      }
      if (!moved) throw await this.staleVersion(repos, article, opts.expectedVersion);
      const after = (await repos.articles.findById(articleId))!;
      await this.keepRevision(repos, articleId, opts.actorId, pastTense[action], after);
      if (event) await this.announce(repos, event, event === 'article.unpublished' ? seen : after);
    });
    return (await this.store.repos.articles.findById(articleId))!;
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
        const after = (await repos.articles.findById(id))!;
        await repos.accounts.audit({
          id: this.newId(),
          userId: null,
          action: 'article.breaking-ended',
          target: id,
          details: { headline: after.headline, language: after.language },
          at: now,
        });
        if (after.status === 'published') await this.announce(repos, 'article.updated', after);
        ended++;
      });
    }
    return ended;
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
    return this.transition(articleId, 'unpublish');
  }

  /** What must hold before readers see an article: text, and alt text on every image. */
  private requireReady(a: Article): void {
    const issues: { field: string; message: string }[] = [];
    if (!a.body.length) issues.push({ field: 'body', message: 'the body needs at least one block' });
    a.body.forEach((b, i) => {
      if (b.type === 'image' && !b.alt.trim())
        issues.push({ field: `body.${i}.alt`, message: 'every image needs alt text before publishing' });
    });
    if (a.featuredImage && !a.featuredImage.alt.trim())
      issues.push({
        field: 'featuredImage.alt',
        message: 'the featured image needs alt text before publishing',
      });
    if (issues.length)
      throw new AppError(
        'VALIDATION_FAILED',
        issues.map((i) => `${i.field}: ${i.message}`).join('; '),
        issues,
      );
  }

  /**
   * Keeps the article as it now is as a revision; a change made by a person (or by the
   * scheduler on their behalf, `userId` null) also goes into the audit log, in the same transaction.
   */
  private async keepRevision(
    repos: Repositories,
    articleId: string,
    userId: string | null | undefined,
    action: string,
    article?: Article,
  ): Promise<void> {
    const a = article ?? (await repos.articles.findById(articleId))!;
    if (userId !== undefined)
      await repos.accounts.audit({
        id: this.newId(),
        userId,
        action: `article.${action}`,
        target: articleId,
        details: { headline: a.headline, language: a.language, version: a.version, status: a.status },
        at: this.clock.now(),
      });
    await repos.revisions.insert({
      id: this.newId(),
      articleId,
      version: a.version,
      userId: userId ?? null,
      action,
      snapshot: snapshotOf(a),
      createdAt: this.clock.now(),
    });
  }

  /** Keeps a snapshot that is not the article's live state (a pending version) as a revision, with its audit entry. */
  private async keepSnapshot(
    repos: Repositories,
    articleId: string,
    version: number,
    userId: string | null | undefined,
    action: string,
    snapshot: ArticleSnapshot,
    live: Article,
  ): Promise<void> {
    if (userId !== undefined)
      await repos.accounts.audit({
        id: this.newId(),
        userId,
        action: `article.${action}`,
        target: articleId,
        details: { headline: snapshot.headline, language: live.language, version, status: live.status },
        at: this.clock.now(),
      });
    await repos.revisions.insert({
      id: this.newId(),
      articleId,
      version,
      userId: userId ?? null,
      action,
      snapshot,
      createdAt: this.clock.now(),
    });
  }

  /** The refusal a stale save gets: who saved since, and when. */
  private async staleVersion(
    repos: Repositories,
    article: Article,
    expected: number | undefined,
  ): Promise<AppError> {
    const latest = (await repos.revisions.list(article.id))[0];
    const who = latest?.userName ? ` by ${latest.userName}` : '';
    const when = latest ? ` at ${latest.createdAt.toISOString()}` : '';
    return new AppError(
      'CONFLICT',
      `This article was changed${who}${when} since you opened it (you have version ${expected ?? '?'}, it is now at version ${article.version}). Your changes were not saved: copy them, reload, and apply them again.`,
      [{ field: 'version', message: `is ${article.version}, not ${expected ?? '?'}` }],
    );
  }

  /**
   * The one door to readers: an outbox event in the change's transaction. After commit the
   * EventDispatcher purges the pages, tells the webhooks and refreshes the reading.
   */
  private async announce(repos: Repositories, type: ArticleEventType, article: Article): Promise<void> {
    await repos.outbox.add({
      id: this.newId(),
      type,
      occurredAt: this.clock.now(),
      article: payloadOf(article),
    });
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

/** What an editor may change in an article (language and translation group are fixed at creation). */
export const articleUpdateSchema = articleFieldsSchema
  .pick({
    headline: true,
    standfirst: true,
    slug: true,
    body: true,
    sectionSlug: true,
    tags: true,
    authors: true,
    sources: true,
    featuredImage: true,
    breaking: true,
    breakingUntil: true,
  })
  .partial()
  .strict();
export type ArticleUpdateInput = z.input<typeof articleUpdateSchema>;
type ArticlePatch = z.output<typeof articleUpdateSchema>;

const noPendingChanges = () =>
  new AppError('CONFLICT', 'there are no unpublished changes to this article', [
    { field: 'pending', message: 'none' },
  ]);

/** A pending version with a patch applied. */
function withPatch(base: ArticleSnapshot, patch: ArticlePatch): ArticleSnapshot {
  return {
    ...base,
    ...(patch.headline !== undefined ? { headline: patch.headline } : {}),
    ...(patch.standfirst !== undefined ? { standfirst: patch.standfirst || null } : {}),
    ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
    ...(patch.body !== undefined ? { body: patch.body } : {}),
    ...(patch.sectionSlug !== undefined ? { sectionSlug: patch.sectionSlug } : {}),
    ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
    ...(patch.authors !== undefined ? { authors: patch.authors } : {}),
    ...(patch.sources !== undefined ? { sources: patch.sources } : {}),
    ...(patch.featuredImage !== undefined ? { featuredImage: patch.featuredImage } : {}),
    ...(patch.breaking !== undefined ? { breaking: patch.breaking } : {}),
    ...(patch.breakingUntil !== undefined
      ? { breakingUntil: patch.breakingUntil?.toISOString() ?? null }
      : {}),
  };
}

/** Everything a pending version changes, as a patch to the live article. */
function patchOf(
  snap: ArticleSnapshot,
  live: Article,
): ArticlePatch & { body: Block[]; featuredImage: ArticleSnapshot['featuredImage'] } {
  return {
    headline: snap.headline,
    standfirst: snap.standfirst,
    ...(snap.slug !== live.slug ? { slug: snap.slug } : {}),
    body: snap.body,
    sectionSlug: snap.sectionSlug,
    tags: snap.tags,
    authors: snap.authors.map((a) => ({ name: a.name, role: a.role })),
    sources: snap.sources,
    featuredImage: snap.featuredImage,
    breaking: snap.breaking,
    breakingUntil: snap.breakingUntil ? new Date(snap.breakingUntil) : null,
  };
}

const pastTense: Record<WorkflowAction, string> = {
  submit: 'submitted',
  return: 'returned',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  publish: 'published',
  unpublish: 'unpublished',
  correct: 'corrected',
};
