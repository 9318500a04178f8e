import { bulkAnswer, type BulkAction } from '../../contract/bulk.ts';
import { bulkActions, bulkBody } from '../../services/newsroom/bulk-desk.ts';
import type { NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf } from './article-action.ts';

// The wire's list of actions is the service's (a new action must reach the app's types too).
const sameActions: readonly BulkAction[] = bulkActions;

/** Several articles at once from the article list: each with the single action's checks. */
export function bulkEndpoints(deps: { newsroom: NewsroomService }): AdminEndpoint[] {
  return [
    endpoint({
      method: 'POST',
      path: '/articles/bulk',
      operationId: 'actOnArticles',
      summary: `Publish, unpublish, move to a section or tag several articles (${sameActions.join(', ')}); the answer gives each article's outcome`,
      access: 'articles.write-own',
      response: bulkAnswer,
      body: bulkBody,
      handler: async ({ body, user }) => ({
        data: await deps.newsroom.bulk(actorOf(user), body),
      }),
    }),
  ];
}
