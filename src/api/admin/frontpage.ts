import { z } from 'zod';
import { frontpageSlotBody, frontpageSlotSchema } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';
import type { NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf } from './article-action.ts';

const language = z.string().min(2).max(35);

/** The front page's curated slots per language: what is placed where, and placing an article. */
export function frontpageEndpoints(deps: { newsroom: NewsroomService }): AdminEndpoint[] {
  const frontpageAnswer = dataOf(z.object({ slots: z.array(frontpageSlotSchema) }));
  return [
    endpoint({
      method: 'GET',
      path: '/frontpage',
      operationId: 'getFrontpage',
      summary: "The front page's curated slots in a language",
      access: 'newsroom.enter',
      response: frontpageAnswer,
      query: z.object({ language }),
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
      params: z.object({ language, slot: z.string().max(40) }),
      body: frontpageSlotBody,
      handler: async ({ params, body, user }) => {
        await deps.newsroom.setSlot(actorOf(user), params.language, params.slot, body.articleId);
        return { data: { slots: await deps.newsroom.frontpage(actorOf(user), params.language) } };
      },
    }),
  ];
}
