import { z } from 'zod';
import { frontpageLayoutBody, frontpageSchema, frontpageSlotBody } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';
import { MAX_SECTION_ROWS, MAX_SLOTS } from '../../domain/frontpage.ts';
import type { NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import type { FrontpageView } from '../../services/newsroom/frontpage-desk.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf } from './article-action.ts';

const language = z.string().min(2).max(35);
const answer = (view: FrontpageView) => ({
  data: { ...view, limits: { slots: MAX_SLOTS, sectionRows: MAX_SECTION_ROWS } },
});

/** The front page per language: its layout and curated slots, placing an article, changing the layout. */
export function frontpageEndpoints(deps: { newsroom: NewsroomService }): AdminEndpoint[] {
  const frontpageAnswer = dataOf(frontpageSchema);
  return [
    endpoint({
      method: 'GET',
      path: '/frontpage',
      operationId: 'getFrontpage',
      summary: "The front page's layout and curated slots in a language",
      access: 'newsroom.enter',
      response: frontpageAnswer,
      query: z.object({ language }),
      handler: async ({ query, user }) =>
        answer(await deps.newsroom.frontpage(actorOf(user), query.language)),
    }),
    endpoint({
      method: 'PUT',
      path: '/frontpage/:language',
      operationId: 'setFrontpageLayout',
      summary:
        "Set a language's front-page layout: template, number of places, section rows (places beyond the number are emptied)",
      access: 'frontpage.curate',
      response: frontpageAnswer,
      params: z.object({ language }),
      body: frontpageLayoutBody,
      handler: async ({ params, body, user }) => {
        await deps.newsroom.setFrontpageLayout(actorOf(user), params.language, body);
        return answer(await deps.newsroom.frontpage(actorOf(user), params.language));
      },
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
        return answer(await deps.newsroom.frontpage(actorOf(user), params.language));
      },
    }),
  ];
}
