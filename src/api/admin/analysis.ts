import { z } from 'zod';
import type { NewsroomActor, NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import { correctionSchema, type AnalysisService } from '../../services/analysis/analysis.service.ts';
import { readingSchema, type Reading } from '../../contract/analysis.ts';
import { dataOf } from '../../contract/wire.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';
import { actorOf, articleAction, idParams } from './article-action.ts';

export interface AnalysisApiDeps {
  newsroom: NewsroomService;
  analysis: AnalysisService;
}

const readingAnswer = dataOf(readingSchema);

/**
 * What story intelligence found in an article, for the editor: people, places, organisations,
 * equipment, quotations with speakers, dated events, conflicting claims — each item with its key,
 * confidence and whether readers see it; the editors' corrections (rename, merge, drop, fix a
 * speaker or role or event, add), which win over the machine's reading; approvals for readers
 * (item by item or all at once) and the article's "hide from readers" flag.
 */
export function analysisEndpoints(deps: AnalysisApiDeps): AdminEndpoint[] {
  const reading = async (actor: NewsroomActor, id: string) => {
    const v = await deps.newsroom.get(actor, id);
    const [review, corrections] = await Promise.all([
      deps.analysis.review(v.article),
      deps.analysis.corrections(id),
    ]);
    return {
      data: {
        // The contract spells out what the panel reads; the other fields of the facts pass through.
        facts: review.facts as unknown as Reading['facts'],
        // True when the reading was made just now from the current text (not yet stored).
        live: review.live,
        items: review.items,
        mode: review.mode,
        hidden: review.hidden,
        autoThreshold: review.autoThreshold,
        corrections: corrections.map((c) => ({
          id: c.id,
          correction: c.correction as Record<string, unknown>,
          createdAt: c.createdAt.toISOString(),
        })),
      },
    };
  };
  // The analysis service does not know who may see an article: the newsroom loads it as them first.
  const onReading = articleAction({
    load: (actor, id) => deps.newsroom.get(actor, id),
    answer: (_done: unknown, actor, id) => reading(actor, id),
  });
  return [
    endpoint({
      method: 'GET',
      path: '/articles/:id/analysis',
      operationId: 'getReading',
      summary: 'What the analysis found in the article, with the editors’ corrections applied',
      access: 'newsroom.enter',
      response: readingAnswer,
      params: idParams,
      handler: async ({ params, user }) => reading(actorOf(user), params.id),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/analysis/corrections',
      operationId: 'correctReading',
      summary:
        'Correct the reading: rename, merge, drop, set-speaker, drop-quote, drop-event, add-person/place/org/event',
      access: 'analysis.correct',
      response: readingAnswer,
      status: 201,
      params: idParams,
      // The schema here too, so the OpenAPI document describes the body (the service checks it again).
      body: correctionSchema,
      handler: onReading(({ params, body, user }) => deps.analysis.correct(params.id, body, user.id)),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/analysis/approvals',
      operationId: 'approveReadingItems',
      summary:
        'Approve items of the reading for readers: {keys: [...]} (keys from GET …/analysis) or {all: true}',
      access: 'analysis.correct',
      response: readingAnswer,
      params: idParams,
      body: z.unknown(),
      handler: onReading(({ params, body, user }) => deps.analysis.approve(params.id, body, user.id)),
    }),
    endpoint({
      method: 'DELETE',
      path: '/articles/:id/analysis/approvals/:key',
      operationId: 'withdrawApproval',
      summary: 'Withdraw an approval: the item waits for review again',
      access: 'analysis.correct',
      response: readingAnswer,
      params: idParams.extend({ key: z.string().min(1).max(300) }),
      handler: onReading(({ params, user }) =>
        deps.analysis.withdraw(params.id, { keys: [params.key] }, user.id),
      ),
    }),
    endpoint({
      method: 'PUT',
      path: '/articles/:id/analysis/display',
      operationId: 'setReadingDisplay',
      summary: 'Hide the article’s machine-made panels from readers ({hidden: true}) or show them again',
      access: 'analysis.correct',
      response: readingAnswer,
      params: idParams,
      body: z.unknown(),
      handler: onReading(({ params, body, user }) => deps.analysis.setHidden(params.id, body, user.id)),
    }),
    endpoint({
      method: 'DELETE',
      path: '/articles/:id/analysis/corrections/:correctionId',
      operationId: 'withdrawCorrection',
      summary: 'Withdraw a correction: the machine’s reading shows again',
      access: 'analysis.correct',
      response: readingAnswer,
      params: idParams.extend({ correctionId: z.string().min(1).max(64) }),
      handler: onReading(({ params, user }) =>
        deps.analysis.removeCorrection(params.id, params.correctionId, user.id),
      ),
    }),
  ];
}
