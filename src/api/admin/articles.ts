import { z } from 'zod';
import { withSafeUrls, type Article } from '../../domain/article.ts';
import {
  articleListItemSchema,
  createArticleBody,
  diffSchema,
  editorArticleSchema,
  frontpageSlotBody,
  frontpageSlotSchema,
  publishChangesBody,
  revisionSchema,
  revisionSnapshotSchema,
  saveArticleBody,
  transitionBody,
  translationBody,
  versionBody,
  type EditorArticle as EditorArticleJson,
} from '../../contract/articles.ts';
import { siteInfoSchema, tagSuggestionSchema } from '../../contract/site.ts';
import { dataOf, pageOf } from '../../contract/wire.ts';
import { AppError } from '../../domain/errors.ts';
import { frontpageSlots } from '../../domain/frontpage.ts';
import { NO_STORE } from '../../http/caching.ts';
import { blocksToHtml, htmlToBlocks } from '../../services/articles/body-html.ts';
import type { User } from '../../services/accounts/account.service.ts';
import type {
  EditorArticle,
  NewsroomActor,
  NewsroomService,
} from '../../services/newsroom/newsroom.service.ts';
import { newsroomListQuery } from '../../services/newsroom/newsroom.service.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import { articleBodySchema, type Block } from '../../domain/body.ts';
import { validate } from '../../services/validate.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';

export interface ArticleApiDeps {
  newsroom: NewsroomService;
  site: SiteService;
  taxonomy: TaxonomyService;
  /** The reader's article page for any article (the preview). */
  renderArticle(article: Article): Promise<string>;
  /** The public URL of a published article. */
  articleUrl(article: Article): string;
}

const idParams = z.object({ id: z.string().min(1).max(64) });
function bodyOf(input: { bodyHtml?: string | undefined; body?: unknown }) {
  if (input.bodyHtml !== undefined && input.body !== undefined)
    throw new AppError('VALIDATION_FAILED', 'send either body or bodyHtml, not both', [
      { field: 'bodyHtml', message: 'send either body or bodyHtml, not both' },
    ]);
  if (input.bodyHtml !== undefined) {
    // The blocks the HTML gives are held to the body's limits; a refusal names bodyHtml.
    const blocks = validate(z.object({ bodyHtml: articleBodySchema }), {
      bodyHtml: htmlToBlocks(input.bodyHtml),
    }).bodyHtml;
    return { body: blocks };
  }
  return input.body !== undefined ? { body: input.body as Block[] } : {};
}

const actorOf = (u: User): NewsroomActor => ({ id: u.id, role: u.role, name: u.name });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function serializeEditorArticle(
  v: EditorArticle,
  deps: Pick<ArticleApiDeps, 'articleUrl'>,
): EditorArticleJson {
  const a = v.article;
  // Editable fields come from what the editor works on (a live article's pending version), with
  // what the URL policy allows, so saving them back never trips over an old address.
  const e = withSafeUrls(v.editing);
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    language: a.language,
    translationGroupId: a.translationGroupId,
    headline: e.headline,
    standfirst: e.standfirst,
    slug: e.slug,
    section: v.editingSection,
    tags: e.tags,
    authors: e.authors.map((p) => ({ name: p.name, role: p.role })),
    sources: e.sources,
    body: e.body,
    bodyHtml: blocksToHtml(e.body),
    featuredImage: e.featuredImage,
    breaking: e.breaking,
    breakingUntil: e.breaking ? (e.breakingUntil ?? null) : null,
    owner: v.owner,
    createdAt: a.createdAt.toISOString(),
    modifiedAt: a.modifiedAt.toISOString(),
    publishedAt: iso(a.publishedAt),
    updatedAt: iso(a.updatedAt),
    scheduledAt: iso(a.scheduledAt),
    corrections: a.corrections.map((c) => ({ text: c.text, createdAt: c.createdAt.toISOString() })),
    translations: v.translations.map((t) => ({
      id: t.id,
      language: t.language,
      headline: t.headline,
      status: t.status,
    })),
    pending: v.pending
      ? {
          savedAt: v.pending.savedAt.toISOString(),
          by: v.pending.by,
          submittedAt: iso(v.pending.submittedAt),
        }
      : null,
    publicUrl: a.status === 'published' ? deps.articleUrl(a) : null,
    previewUrl: `/admin/api/articles/${a.id}/preview`,
    allowedActions: v.allowedActions,
    canEdit: v.canEdit,
    canPublish: v.canPublish,
  };
}

/** The newsroom's article endpoints: list, create, read, save, move through the workflow, revisions, preview. */
export function articleEndpoints(deps: ArticleApiDeps): AdminEndpoint[] {
  const editorAnswer = dataOf(editorArticleSchema);
  const frontpageAnswer = dataOf(z.object({ slots: z.array(frontpageSlotSchema) }));
  const out = (v: EditorArticle) => ({ data: serializeEditorArticle(v, deps) });
  // Every article write counts against the account's writes per minute, before the body is read.
  const countWrite = async ({ user }: { user: User }) => deps.newsroom.countWrite(actorOf(user));
  return [
    endpoint({
      method: 'GET',
      path: '/site',
      operationId: 'getSite',
      summary: 'What the editor needs to know about the site: languages, sections, front-page slots',
      access: 'newsroom.enter',
      response: dataOf(siteInfoSchema),
      handler: async () => {
        const s = deps.site.settings();
        return {
          data: {
            name: s.name,
            languages: deps.site.languages().map((l) => ({ code: l.code, name: l.name })),
            defaultLanguage: s.defaultLanguage,
            sections: (await deps.taxonomy.sections()).map((x) => ({ slug: x.slug, name: x.name })),
            slots: [...frontpageSlots],
            timeZone: s.timeZone,
            breakingHours: s.breakingHours,
          },
        };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/tags',
      operationId: 'suggestTags',
      summary: 'Tags starting with what was typed (the editor creates new ones on save)',
      access: 'articles.write-own',
      response: dataOf(z.array(tagSuggestionSchema)),
      query: z.object({ q: z.string().trim().max(80).default(''), language: z.string().max(35).optional() }),
      handler: async ({ query }) => ({
        data: (
          await deps.taxonomy.suggestTags(query.q, query.language ?? deps.site.settings().defaultLanguage)
        ).map((t) => ({ slug: t.slug, name: t.name })),
      }),
    }),
    endpoint({
      method: 'GET',
      path: '/articles',
      operationId: 'listArticles',
      summary: 'Articles in any status, filtered; contributors and authors see their own',
      access: 'newsroom.enter',
      response: pageOf(articleListItemSchema),
      query: newsroomListQuery,
      handler: async ({ query, user }) => {
        const page = await deps.newsroom.list(actorOf(user), query);
        return {
          data: page.items.map((i) => ({
            ...i,
            modifiedAt: i.modifiedAt.toISOString(),
            publishedAt: iso(i.publishedAt),
            scheduledAt: iso(i.scheduledAt),
          })),
          meta: { page: page.page, pageCount: page.pageCount, total: page.total },
        };
      },
    }),
    endpoint({
      method: 'POST',
      path: '/articles',
      operationId: 'createArticle',
      summary: 'Start a new article as a draft',
      beforeBody: countWrite,
      access: 'articles.write-own',
      response: editorAnswer,
      status: 201,
      body: createArticleBody,
      handler: async ({ body, user }) => {
        const { bodyHtml: _h, body: _b, ...fields } = body;
        return out(await deps.newsroom.create(actorOf(user), { ...fields, ...bodyOf(body) }));
      },
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id',
      operationId: 'getArticle',
      summary: 'An article as the editor sees it',
      access: 'newsroom.enter',
      response: editorAnswer,
      params: idParams,
      handler: async ({ params, user }) => out(await deps.newsroom.get(actorOf(user), params.id)),
    }),
    endpoint({
      method: 'PUT',
      path: '/articles/:id',
      operationId: 'saveArticle',
      summary: 'Save changes; refused with CONFLICT when `version` is not the current one',
      beforeBody: countWrite,
      access: 'articles.write-own',
      response: editorAnswer,
      params: idParams,
      body: saveArticleBody,
      handler: async ({ params, body, user }) => {
        const { version, bodyHtml: _h, body: _b, ...fields } = body;
        return out(
          await deps.newsroom.save(actorOf(user), params.id, version, { ...fields, ...bodyOf(body) }),
        );
      },
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/transitions',
      operationId: 'moveArticle',
      summary: 'Move through the workflow: submit, return, schedule, unschedule, publish, unpublish, correct',
      beforeBody: countWrite,
      access: 'articles.write-own',
      response: editorAnswer,
      params: idParams,
      body: transitionBody,
      handler: async ({ params, body, user }) =>
        out(
          await deps.newsroom.transition(actorOf(user), params.id, {
            action: body.action,
            version: body.version,
            scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : undefined,
            note: body.note,
          }),
        ),
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id/pending/diff',
      operationId: 'diffPendingChanges',
      summary: "What a live article's unpublished changes would change for readers",
      access: 'newsroom.enter',
      response: dataOf(diffSchema),
      params: idParams,
      handler: async ({ params, user }) => ({
        data: await deps.newsroom.pendingDiff(actorOf(user), params.id),
      }),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/pending/publish',
      operationId: 'publishPendingChanges',
      summary: 'Update: publish the unpublished changes of a live article (`minor`: no "Updated" line)',
      access: 'articles.publish-own',
      response: editorAnswer,
      beforeBody: countWrite,
      params: idParams,
      body: publishChangesBody,
      handler: async ({ params, body, user }) =>
        out(
          await deps.newsroom.publishChanges(actorOf(user), params.id, body.version, { minor: body.minor }),
        ),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/pending/discard',
      operationId: 'discardPendingChanges',
      summary: 'Discard the unpublished changes of a live article (they stay in the revisions)',
      access: 'articles.write-own',
      response: editorAnswer,
      beforeBody: countWrite,
      params: idParams,
      body: versionBody,
      handler: async ({ params, body, user }) =>
        out(await deps.newsroom.discardChanges(actorOf(user), params.id, body.version)),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/pending/submit',
      operationId: 'submitPendingChanges',
      summary: 'Ask an editor to review the unpublished changes of a live article',
      access: 'articles.write-own',
      response: editorAnswer,
      beforeBody: countWrite,
      params: idParams,
      body: versionBody,
      handler: async ({ params, body, user }) =>
        out(await deps.newsroom.submitChanges(actorOf(user), params.id, body.version)),
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id/revisions',
      operationId: 'listRevisions',
      summary: 'Every saved version of an article, newest first',
      access: 'newsroom.enter',
      response: dataOf(z.array(revisionSchema)),
      params: idParams,
      handler: async ({ params, user }) => ({
        data: (await deps.newsroom.revisions(actorOf(user), params.id)).map((r) => ({
          version: r.version,
          action: r.action,
          userName: r.userName,
          createdAt: r.createdAt.toISOString(),
        })),
      }),
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id/revisions/:version',
      operationId: 'getRevision',
      summary: 'One saved version of an article, whole',
      access: 'newsroom.enter',
      response: dataOf(revisionSnapshotSchema),
      params: idParams.extend({ version: z.coerce.number().int().min(1) }),
      handler: async ({ params, user }) => {
        const snap = await deps.newsroom.revision(actorOf(user), params.id, params.version);
        return { data: { version: params.version, ...snap, bodyHtml: blocksToHtml(snap.body) } };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id/diff',
      operationId: 'diffRevisions',
      summary: 'What changed between two versions: fields, and the body word by word',
      access: 'newsroom.enter',
      response: dataOf(diffSchema),
      params: idParams,
      query: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
      handler: async ({ params, query, user }) => ({
        data: await deps.newsroom.diff(actorOf(user), params.id, query.from, query.to),
      }),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/revisions/:revision/restore',
      operationId: 'restoreRevision',
      summary: 'Bring back a saved version (as a new save; nothing is lost)',
      beforeBody: countWrite,
      access: 'articles.write-own',
      response: editorAnswer,
      params: idParams.extend({ revision: z.coerce.number().int().min(1) }),
      body: versionBody,
      handler: async ({ params, body, user }) =>
        out(await deps.newsroom.restore(actorOf(user), params.id, params.revision, body.version)),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/translations',
      operationId: 'createTranslation',
      summary: "Start this story in another language: a draft in the article's translation group",
      beforeBody: countWrite,
      access: 'articles.write-own',
      response: editorAnswer,
      status: 201,
      params: idParams,
      body: translationBody,
      handler: async ({ params, body, user }) =>
        out(await deps.newsroom.createTranslation(actorOf(user), params.id, body.language)),
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id/preview',
      operationId: 'previewArticle',
      summary: 'The article page exactly as readers will see it (HTML)',
      access: 'newsroom.enter',
      response: z.string(),
      produces: 'text/html',
      params: idParams,
      handler: async ({ params, user, reply }) => {
        const html = await deps.renderArticle(await deps.newsroom.previewArticle(actorOf(user), params.id));
        return reply
          .header('cache-control', NO_STORE)
          .header('x-robots-tag', 'noindex, nofollow')
          .type('text/html; charset=utf-8')
          .send(html);
      },
    }),
    endpoint({
      method: 'GET',
      path: '/frontpage',
      operationId: 'getFrontpage',
      summary: "The front page's curated slots in a language",
      access: 'newsroom.enter',
      response: frontpageAnswer,
      query: z.object({ language: z.string().min(2).max(35) }),
      handler: async ({ query, user }) => ({
        data: { slots: await deps.newsroom.frontpage(actorOf(user), query.language) },
      }),
    }),
    endpoint({
      method: 'PUT',
      path: '/frontpage/:language/:slot',
      operationId: 'setFrontpageSlot',
      summary: 'Place an article in a front-page slot, or empty the slot (articleId null)',
      access: 'frontpage.curate',
      response: frontpageAnswer,
      params: z.object({ language: z.string().min(2).max(35), slot: z.string().max(40) }),
      body: frontpageSlotBody,
      handler: async ({ params, body, user }) => {
        await deps.newsroom.setSlot(actorOf(user), params.language, params.slot, body.articleId);
        return { data: { slots: await deps.newsroom.frontpage(actorOf(user), params.language) } };
      },
    }),
  ];
}
