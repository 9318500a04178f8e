import { z } from 'zod';
import {
  articleFieldsSchema,
  articleStatuses,
  newArticleObject,
  type Article,
} from '../../domain/article.ts';
import { AppError } from '../../domain/errors.ts';
import {
  diffSnapshots,
  snapshotOf,
  type ArticleSnapshot,
  type SnapshotDiff,
} from '../../domain/revisions.ts';
import { can } from '../../domain/roles.ts';
import {
  allowedActions,
  canEdit,
  canPerform,
  canPublish,
  canView,
  isLive,
  type Actor,
  type WorkflowAction,
} from '../../domain/workflow.ts';
import { offsetOf, pageCount, type Page } from '../../lib/pagination.ts';
import type { NewsroomItem, Store } from '../../storage/repositories/index.ts';
import { articleUpdateSchema, type ArticleUpdateInput } from '../articles/article-patch.ts';
import type { ArticleWriter } from '../articles/article-writer.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import type { WindowRateLimit } from '../limits/rate-limit.ts';
import type { SiteService } from '../site/site.service.ts';
import { validate } from '../validate.ts';
import { bulkAct, type BulkInput, type BulkResult } from './bulk-desk.ts';
import { editorView, previewOf, type EditorArticle } from './editor-view.ts';
import { FrontpageDesk, type FrontpageView } from './frontpage-desk.ts';
import type { FrontpageLayout } from '../../domain/frontpage.ts';

/** A newsroom account acting: who they are and their role. */
export type NewsroomActor = Actor & { name: string };

export const newsroomListQuery = z.object({
  status: z.enum(articleStatuses).optional(),
  section: z.string().max(200).optional(),
  language: z.string().max(35).optional(),
  author: z.string().max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type NewsroomListQuery = z.input<typeof newsroomListQuery>;

/** A new article from the newsroom: only a language, headline and section are needed to start. */
export const newDraftSchema = newArticleObject
  .pick({
    language: true,
    headline: true,
    standfirst: true,
    slug: true,
    sectionSlug: true,
    body: true,
    tags: true,
    authors: true,
    sources: true,
    featuredImage: true,
    breaking: true,
  })
  .extend({ body: articleFieldsSchema.shape.body.default([]) })
  .strict();
export type NewDraftInput = z.input<typeof newDraftSchema>;

/**
 * The newsroom's side of articles: every call names who is acting, and the workflow rules
 * (src/domain/workflow.ts) decide what they may see and do. Writes go through ArticleWriter,
 * which keeps revisions, the audit log, search and the outbox in the same transaction.
 */
export class NewsroomService {
  constructor(
    private readonly store: Store,
    private readonly writer: ArticleWriter,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly newId: IdGenerator = uuid,
    /** Article writes per account and minute (saves, autosaves, workflow moves); unlimited when null. */
    private readonly writes: WindowRateLimit | null = null,
  ) {
    this.desk = new FrontpageDesk(store, site, clock, newId);
  }

  /** The front page's slots. */
  private readonly desk: FrontpageDesk;

  /**
   * Counts one article write by this person, or refuses it (RATE_LIMITED, with when to try
   * again): one account cannot keep the server busy saving. The API calls this before it
   * reads the request body.
   */
  async countWrite(actor: NewsroomActor): Promise<void> {
    await this.writes?.take(actor.id);
  }

  async list(actor: NewsroomActor, input: NewsroomListQuery): Promise<Page<NewsroomItem>> {
    const q = validate(newsroomListQuery, input);
    const pageSize = 25;
    const { total, items } = await this.store.repos.listings.listNewsroom(
      {
        ...(q.status ? { status: q.status } : {}),
        ...(q.language ? { language: q.language } : {}),
        ...(q.section ? { sectionSlug: q.section } : {}),
        ...(q.author ? { authorSlug: q.author } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { until: q.to } : {}),
        ...(q.q ? { text: q.q } : {}),
        // Contributors and authors work on their own articles.
        ...(can(actor.role, 'articles.edit-any') ? {} : { ownerId: actor.id }),
      },
      pageSize,
      offsetOf(q.page, pageSize),
    );
    return { items, page: q.page, pageSize, total, pageCount: pageCount(total, pageSize) };
  }

  async get(actor: NewsroomActor, id: string): Promise<EditorArticle> {
    const article = await this.find(id);
    if (!canView(actor, article)) throw new AppError('FORBIDDEN', 'This article belongs to someone else.');
    return this.view(actor, article);
  }

  async create(
    actor: NewsroomActor,
    input: NewDraftInput,
    translationGroupId?: string,
  ): Promise<EditorArticle> {
    const d = validate(newDraftSchema, input);
    if (d.breaking && !can(actor.role, 'articles.publish-own'))
      throw new AppError('FORBIDDEN', 'Only those who publish may flag breaking news.', [
        { field: 'breaking', message: 'needs an author, editor or admin' },
      ]);
    const article = await this.writer.create(
      {
        ...d,
        ...(translationGroupId ? { translationGroupId } : {}),
        status: 'draft',
        ownerId: actor.id,
      },
      { actorId: actor.id },
    );
    return this.view(actor, article);
  }

  async save(
    actor: NewsroomActor,
    id: string,
    version: number,
    patch: ArticleUpdateInput,
  ): Promise<EditorArticle> {
    const article = await this.find(id);
    if (!canEdit(actor, article))
      throw new AppError(
        'FORBIDDEN',
        canView(actor, article)
          ? `You may not change an article that is ${article.status.replace('_', ' ')}.`
          : 'This article belongs to someone else.',
      );
    const current = isLive(article.status)
      ? ((await this.store.repos.pending.get(id))?.snapshot ?? snapshotOf(article))
      : snapshotOf(article);
    const wanted = validate(articleUpdateSchema, patch);
    const flagChange =
      (wanted.breaking !== undefined && wanted.breaking !== current.breaking) ||
      (wanted.breakingUntil !== undefined &&
        (wanted.breakingUntil?.toISOString() ?? null) !== (current.breakingUntil ?? null));
    if (flagChange && !canPublish(actor, article))
      throw new AppError('FORBIDDEN', 'Only those who may publish this article may flag it as breaking.', [
        { field: 'breaking', message: 'needs publishing rights' },
      ]);
    // Readers keep the live text until someone presses Update.
    if (isLive(article.status)) {
      await this.writer.savePending(id, patch, { expectedVersion: version, actorId: actor.id });
      return this.view(actor, await this.find(id));
    }
    const saved = await this.writer.save(id, patch, { expectedVersion: version, actorId: actor.id });
    return this.view(actor, saved);
  }

  /** Update: publishes the pending version of a live article (publishing rights needed). */
  async publishChanges(
    actor: NewsroomActor,
    id: string,
    version: number,
    opts: { minor?: boolean } = {},
  ): Promise<EditorArticle> {
    const article = await this.find(id);
    if (!canView(actor, article)) throw new AppError('FORBIDDEN', 'This article belongs to someone else.');
    if (!canPublish(actor, article))
      throw new AppError('FORBIDDEN', `Your role (${actor.role}) may not publish changes to this article.`);
    const updated = await this.writer.publishPending(id, {
      expectedVersion: version,
      actorId: actor.id,
      minor: opts.minor ?? false,
    });
    return this.view(actor, updated);
  }

  /** Discard: drops the pending version; the live article stays as readers see it. */
  async discardChanges(actor: NewsroomActor, id: string, version: number): Promise<EditorArticle> {
    const article = await this.find(id);
    if (!canEdit(actor, article)) throw new AppError('FORBIDDEN', 'You may not change this article.');
    return this.view(
      actor,
      await this.writer.discardPending(id, { expectedVersion: version, actorId: actor.id }),
    );
  }

  /** Asks an editor to review pending changes (for those who may not publish them). */
  async submitChanges(actor: NewsroomActor, id: string, version: number): Promise<EditorArticle> {
    const article = await this.find(id);
    if (!canEdit(actor, article)) throw new AppError('FORBIDDEN', 'You may not change this article.');
    await this.writer.submitPending(id, { expectedVersion: version, actorId: actor.id });
    return this.view(actor, await this.find(id));
  }

  /** The article as the preview shows it: a live article with its pending version applied. */
  async previewArticle(actor: NewsroomActor, id: string): Promise<Article> {
    return previewOf(this.store, await this.get(actor, id));
  }

  /** What the pending version changes, compared with what readers see now. */
  async pendingDiff(actor: NewsroomActor, id: string): Promise<SnapshotDiff> {
    const article = await this.find(id);
    if (!canView(actor, article)) throw new AppError('FORBIDDEN', 'This article belongs to someone else.');
    const pending = await this.store.repos.pending.get(id);
    if (!pending) throw new AppError('NOT_FOUND', 'this article has no unpublished changes');
    return diffSnapshots(snapshotOf(article), pending.snapshot);
  }

  async transition(
    actor: NewsroomActor,
    id: string,
    input: {
      action: WorkflowAction;
      version: number;
      scheduledAt?: Date | undefined;
      note?: string | undefined;
    },
  ): Promise<EditorArticle> {
    const article = await this.find(id);
    if (!canView(actor, article)) throw new AppError('FORBIDDEN', 'This article belongs to someone else.');
    if (!canPerform(actor, article, input.action)) {
      if (!allowedActions({ ...actor, role: 'admin' }, article).includes(input.action))
        throw new AppError(
          'CONFLICT',
          `cannot ${input.action} an article that is ${article.status.replace('_', ' ')}`,
          [{ field: 'action', message: `not possible while ${article.status}` }],
        );
      throw new AppError('FORBIDDEN', `Your role (${actor.role}) may not ${input.action} this article.`);
    }
    const moved = await this.writer.transition(id, input.action, {
      expectedVersion: input.version,
      actorId: actor.id,
      ...(input.scheduledAt ? { scheduledAt: input.scheduledAt } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    });
    return this.view(actor, moved);
  }

  async revisions(actor: NewsroomActor, id: string) {
    await this.get(actor, id);
    return this.store.repos.revisions.list(id);
  }

  async revision(actor: NewsroomActor, id: string, version: number): Promise<ArticleSnapshot> {
    await this.get(actor, id);
    const r = await this.store.repos.revisions.get(id, version);
    if (!r) throw new AppError('NOT_FOUND', `revision ${version} of this article does not exist`);
    return r.snapshot;
  }

  async diff(actor: NewsroomActor, id: string, from: number, to: number): Promise<SnapshotDiff> {
    const [a, b] = [await this.revision(actor, id, from), await this.revision(actor, id, to)];
    return diffSnapshots(a, b);
  }

  /** Brings back a revision's text and fields as a new save (nothing in between is lost: it stays a revision). */
  async restore(
    actor: NewsroomActor,
    id: string,
    revisionVersion: number,
    version: number,
  ): Promise<EditorArticle> {
    const snap = await this.revision(actor, id, revisionVersion);
    const article = await this.find(id);
    if (!canEdit(actor, article)) throw new AppError('FORBIDDEN', 'You may not change this article.');
    const sectionExists = await this.store.repos.sections.findBySlug(snap.sectionSlug);
    // On a live article a restored version is a pending version, like any other edit.
    const write = isLive(article.status)
      ? async (...a: Parameters<ArticleWriter['save']>) => {
          await this.writer.savePending(...a);
          return this.find(id);
        }
      : (...a: Parameters<ArticleWriter['save']>) => this.writer.save(...a);
    const restored = await write(
      id,
      {
        headline: snap.headline,
        standfirst: snap.standfirst,
        body: snap.body.length || ['draft', 'in_review'].includes(article.status) ? snap.body : article.body,
        ...(canPublish(actor, article) && snap.breaking
          ? { breakingUntil: snap.breakingUntil ? new Date(snap.breakingUntil) : null }
          : {}),
        ...(sectionExists ? { sectionSlug: snap.sectionSlug } : {}),
        tags: snap.tags,
        authors: snap.authors,
        sources: snap.sources,
        featuredImage: snap.featuredImage,
        ...(canPublish(actor, article) ? { breaking: snap.breaking } : {}),
        ...(snap.slug !== article.slug && !(await this.slugUsedElsewhere(article, snap.slug))
          ? { slug: snap.slug }
          : {}),
      },
      { expectedVersion: version, actorId: actor.id, action: `restored:${revisionVersion}` },
    );
    return this.view(actor, restored);
  }

  /** Starts the article's story in another language: a draft with the same fields, to be translated. */
  async createTranslation(actor: NewsroomActor, id: string, language: string): Promise<EditorArticle> {
    const source = await this.find(id);
    if (!canView(actor, source)) throw new AppError('FORBIDDEN', 'This article belongs to someone else.');
    if (!this.site.isLanguage(language))
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${language}" is not enabled on this site`, [
        { field: 'language', message: `must be one of ${this.site.settings().languages.join(', ')}` },
      ]);
    return this.create(
      actor,
      {
        language,
        headline: source.headline,
        standfirst: source.standfirst,
        sectionSlug: source.section.slug,
        body: source.body,
        tags: [],
        authors: source.authors.map((p) => ({ name: p.name, role: p.role })),
        sources: source.sources,
        featuredImage: source.featuredImage,
      },
      source.translationGroupId,
    );
  }

  /** The front page's layout and slots as this person may see them (see FrontpageDesk). */
  frontpage(actor: NewsroomActor, language: string): Promise<FrontpageView> {
    return this.desk.view(actor, language);
  }

  /** Sets a language's front-page layout (see FrontpageDesk). */
  setFrontpageLayout(actor: NewsroomActor, language: string, input: unknown): Promise<FrontpageLayout> {
    return this.desk.setLayout(actor, language, input);
  }

  /** Places an article in a front-page slot, or empties the slot (see FrontpageDesk). */
  setSlot(actor: NewsroomActor, language: string, slot: string, articleId: string | null): Promise<void> {
    return this.desk.place(actor, language, slot, articleId);
  }

  /**
   * Several articles, one action (publish, unpublish, move to a section, add a tag): each goes
   * through the single action with its checks; the answer says what happened to each.
   */
  bulk(actor: NewsroomActor, input: BulkInput): Promise<BulkResult[]> {
    return bulkAct(
      {
        countWrite: (a) => this.countWrite(a),
        get: (a, id) => this.get(a, id),
        transition: (a, id, move) => this.transition(a, id, move),
        save: (a, id, version, patch) => this.save(a, id, version, patch),
        sectionExists: async (slug) => (await this.store.repos.sections.findBySlug(slug)) !== null,
      },
      actor,
      input,
    );
  }

  private async slugUsedElsewhere(article: Article, slug: string): Promise<boolean> {
    const owner = await this.store.repos.articles.findIdByFormerSlug(article.language, slug);
    if (owner === article.id) return false;
    return this.store.repos.articles.slugTaken(article.language, slug);
  }

  private async find(id: string): Promise<Article> {
    const article = z.uuid().safeParse(id).success ? await this.store.repos.articles.findById(id) : null;
    if (!article) throw new AppError('NOT_FOUND', `article ${id} does not exist`);
    return article;
  }

  private view(actor: NewsroomActor, article: Article): Promise<EditorArticle> {
    return editorView(this.store, actor, article);
  }
}
