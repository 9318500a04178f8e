import { z } from 'zod';
import type { User } from '../../services/accounts/account.service.ts';
import type { NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import { correctionSchema, type AnalysisService } from '../../services/stories/analysis.service.ts';
import { endpoint, type AdminEndpoint } from './endpoint.ts';

export interface AnalysisApiDeps {
  newsroom: NewsroomService;
  analysis: AnalysisService;
}

const params = z.object({ id: z.string().min(1).max(64) });
const actorOf = (u: User) => ({ id: u.id, role: u.role, name: u.name });

/**
 * What story intelligence found in an article, for the editor: people, places, organisations,
 * equipment, quotations with speakers, dated events, conflicting claims — and the editors'
 * corrections (rename, merge, drop, fix a speaker, add), which win over the machine's reading.
 */
export function analysisEndpoints(deps: AnalysisApiDeps): AdminEndpoint[] {
  const reading = async (user: User, id: string) => {
    const v = await deps.newsroom.get(actorOf(user), id);
    const [{ facts, stale }, corrections] = await Promise.all([
      deps.analysis.currentFacts(v.article),
      deps.analysis.corrections(id),
    ]);
    return {
      data: {
        facts,
        // True when the reading was made just now from the current text (not yet stored).
        live: stale,
        corrections: corrections.map((c) => ({
          id: c.id,
          correction: c.correction,
          createdAt: c.createdAt.toISOString(),
        })),
      },
    };
  };
  return [
    endpoint({
      method: 'GET',
      path: '/articles/:id/analysis',
      summary: 'What the analysis found in the article, with the editors’ corrections applied',
      access: 'newsroom.enter',
      params,
      handler: async ({ params, user }) => reading(user, params.id),
    }),
    endpoint({
      method: 'POST',
      path: '/articles/:id/analysis/corrections',
      summary:
        'Correct the reading: rename, merge, drop, set-speaker, drop-quote, drop-event, add-person/place/org/event',
      access: 'analysis.correct',
      status: 201,
      params,
      // The schema here too, so the OpenAPI document describes the body (the service checks it again).
      body: correctionSchema,
      handler: async ({ params, body, user }) => {
        await deps.newsroom.get(actorOf(user), params.id);
        await deps.analysis.correct(params.id, body, user.id);
        return reading(user, params.id);
      },
    }),
    endpoint({
      method: 'DELETE',
      path: '/articles/:id/analysis/corrections/:correctionId',
      summary: 'Withdraw a correction: the machine’s reading shows again',
      access: 'analysis.correct',
      params: params.extend({ correctionId: z.string().min(1).max(64) }),
      handler: async ({ params, user }) => {
        await deps.newsroom.get(actorOf(user), params.id);
        await deps.analysis.removeCorrection(params.id, params.correctionId, user.id);
        return reading(user, params.id);
      },
    }),
  ];
}
