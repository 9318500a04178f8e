import { z } from 'zod';
import type { Article } from '../../domain/article.ts';
import {
  articleListItemSchema,
  createArticleBody,
  saveArticleBody,
  transitionBody,
  translationBody,
} from '../../contract/articles.ts';
import { pageOf } from '../../contract/wire.ts';
import { NO_STORE } from '../../http/caching.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { newsroomListQuery, type NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf, idParams } from './article-action.ts';
import {
  bodyOf,
  editorAction,
  editorAnswer,
  serializeEditorArticle,
  type EditorDeps,
} from './editor-article.ts';
import { bulkEndpoints } from './bulk.ts';
import { frontpageEndpoints } from './frontpage.ts';
import { pendingChangeEndpoints } from './pending-changes.ts';
import { revisionEndpoints } from './revisions.ts';
import { siteInfoEndpoints } from './site-info.ts';

export interface ArticleApiDeps extends EditorDeps {
  site: SiteService;
  taxonomy: TaxonomyService;
  /** The reader's article page for any article (the preview). */
  renderArticle(article: Article): Promise<string>;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A page of the newsroom's list on the wire. */
const listPage = (page: Awaited<ReturnType<NewsroomService['list']>>) => ({
  data: page.items.map((i) => ({
    ...i,
    modifiedAt: i.modifiedAt.toISOString(),
    publishedAt: iso(i.publishedAt),
    scheduledAt: iso(i.scheduledAt),
  })),
  meta: { page: page.page, pageCount: page.pageCount, total: page.total },
});

/**
 * The newsroom's article endpoints: what the editor knows of the site, the list, create, read,
 * save, move through the workflow, translations and preview; pending changes, revisions and the
 * front page in the modules beside this one.
 */
export function articleEndpoints(deps: ArticleApiDeps): AdminEndpoint[] {
  // Every article write counts against the account's writes per minute, before the body is read.
  const countWrite = async ({ user }: { user: User }) => deps.newsroom.countWrite(actorOf(user));
  return [
    ...siteInfoEndpoints(deps),
    ...bulkEndpoints(deps),
    ...articleDeskEndpoints(deps, countWrite),
    ...pendingChangeEndpoints(deps, countWrite),
    ...revisionEndpoints(deps, countWrite),
    ...frontpageEndpoints(deps),
  ];
}

/** List, create, read, save, move, translate, preview. */
function articleDeskEndpoints(
  deps: ArticleApiDeps,
  countWrite: (input: { user: User }) => Promise<void>,
): AdminEndpoint[] {
  const onArticle = editorAction(deps);
  return [
    endpoint({
      method: 'GET',
      path: '/articles',
      operationId: 'listArticles',
      summary: 'Articles in any status, filtered; contributors and authors see their own',
      access: 'newsroom.enter',
      response: pageOf(articleListItemSchema),
      query: newsroomListQuery,
      handler: async ({ query, user }) => listPage(await deps.newsroom.list(actorOf(user), query)),
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
        const created = await deps.newsroom.create(actorOf(user), { ...fields, ...(await bodyOf(body)) });
        return { data: await serializeEditorArticle(created, deps) };
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
      handler: onArticle(({ actor, params }) => deps.newsroom.get(actor, params.id)),
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
      handler: onArticle(async ({ actor, params, body }) => {
        const { version, bodyHtml: _h, body: _b, ...fields } = body;
        return deps.newsroom.save(actor, params.id, version, { ...fields, ...(await bodyOf(body)) });
      }),
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
      handler: onArticle(({ actor, params, body }) =>
        deps.newsroom.transition(actor, params.id, {
          action: body.action,
          version: body.version,
          scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : undefined,
          note: body.note,
        }),
      ),
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
      handler: onArticle(({ actor, params, body }) =>
        deps.newsroom.createTranslation(actor, params.id, body.language),
      ),
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
  ];
}
