import type { SiteHandler, SiteKit } from './site-kit.ts';

const ARTICLE_ID = /^[0-9a-f-]{36}$/;

/** The view beacon (`POST /api/views`): an article id as text; answers 204 either way, so it reveals nothing. */
export const recordView =
  (kit: SiteKit): SiteHandler =>
  async (request, reply) => {
    const id = typeof request.body === 'string' ? request.body.trim() : '';
    if (ARTICLE_ID.test(id)) await kit.deps.views.record(id, request.ip);
    return reply.code(204).header('cache-control', 'no-store').send();
  };
