import { z } from 'zod';
import { diffSchema, revisionSchema, revisionSnapshotSchema, versionBody } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf, idParams } from './article-action.ts';
import { bodyHtml, diffAction, editorAction, editorAnswer, type EditorDeps } from './editor-article.ts';

// Stored as a 32-bit integer: a larger number is no version, not a database error.
const version = z.coerce.number().int().min(1).max(2_147_483_647);

/** An article's saved versions: the list, one whole, what changed between two, bringing one back. */
export function revisionEndpoints(
  deps: EditorDeps,
  countWrite: (input: { user: User }) => Promise<void>,
): AdminEndpoint[] {
  return [
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
      params: idParams.extend({ version }),
      handler: async ({ params, user }) => {
        const snap = await deps.newsroom.revision(actorOf(user), params.id, params.version);
        const { blocksToHtml } = await bodyHtml();
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
      query: z.object({ from: version, to: version }),
      handler: diffAction(({ actor, params, query }) =>
        deps.newsroom.diff(actor, params.id, query.from, query.to),
      ),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/revisions/:revision/restore',
      operationId: 'restoreRevision',
      summary: 'Bring back a saved version (as a new save; nothing is lost)',
      beforeBody: countWrite,
      access: 'articles.write-own',
      response: editorAnswer,
      params: idParams.extend({ revision: version }),
      body: versionBody,
      handler: editorAction(deps)(({ actor, params, body }) =>
        deps.newsroom.restore(actor, params.id, params.revision, body.version),
      ),
    }),
  ];
}
