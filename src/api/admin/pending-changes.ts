import { diffSchema, publishChangesBody, versionBody } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { idParams } from './article-action.ts';
import { diffAction, editorAction, editorAnswer, type EditorDeps } from './editor-article.ts';

/** A live article's unpublished changes: what they change, publish (Update), discard, submit for review. */
export function pendingChangeEndpoints(
  deps: EditorDeps,
  countWrite: (input: { user: User }) => Promise<void>,
): AdminEndpoint[] {
  const onArticle = editorAction(deps);
  return [
    endpoint({
      method: 'GET',
      path: '/articles/:id/pending/diff',
      operationId: 'diffPendingChanges',
      summary: "What a live article's unpublished changes would change for readers",
      access: 'newsroom.enter',
      response: dataOf(diffSchema),
      params: idParams,
      handler: diffAction(({ actor, params }) => deps.newsroom.pendingDiff(actor, params.id)),
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
      handler: onArticle(({ actor, params, body }) =>
        deps.newsroom.publishChanges(actor, params.id, body.version, { minor: body.minor }),
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
      handler: onArticle(({ actor, params, body }) =>
        deps.newsroom.discardChanges(actor, params.id, body.version),
      ),
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
      handler: onArticle(({ actor, params, body }) =>
        deps.newsroom.submitChanges(actor, params.id, body.version),
      ),
    }),
  ];
}
