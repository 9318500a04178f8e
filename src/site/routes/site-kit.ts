import type { FastifyReply, FastifyRequest } from 'fastify';
import { calendarDateInZone } from '../../lib/dates.ts';
import type { PageContext } from '../components/page-context.ts';
import type { SiteDeps } from '../deps.ts';

/**
 * What every page family's handlers share: the services (`deps`) and the few things each page
 * needs around them. Built once per app by `registerSiteRoutes`, handed to each handler factory.
 */
export interface SiteKit {
  deps: SiteDeps;
  /** Everything the layout needs for a page in `language`: settings, languages, translator, sections. */
  context(language: string): Promise<PageContext>;
  /** Today's calendar date in the site's time zone ("2025-11-21"), for relative dates on listings. */
  today(): string;
  /** Articles per listing page (a site setting, so read on every request). */
  pageSize(): number;
}

export function siteKit(deps: SiteDeps): SiteKit {
  const { site } = deps;
  return {
    deps,
    context: async (language) => ({
      site: site.settings(),
      languages: site.languages(),
      language,
      t: deps.messages.translator(language),
      sections: await deps.taxonomy.sections(language),
      assets: deps.assets,
      now: deps.clock.now(),
    }),
    today: () => calendarDateInZone(deps.clock.now(), site.settings().timeZone),
    pageSize: () => site.settings().pageSize,
  };
}

/**
 * A route handler of the reader site, typed by its path parameters. It answers with the reply,
 * also after handing the request on to the not-found handler (`passToNotFound`).
 */
export type SiteHandler<P = Record<string, never>> = (
  request: FastifyRequest<{ Params: P }>,
  reply: FastifyReply,
) => Promise<FastifyReply>;

/**
 * Hands the request to the not-found handler and returns the reply, for `return passToNotFound(reply)`.
 * The reply matters: an async handler that returns it is done when the answer has gone out; one
 * that returns nothing is done at once, and Fastify would send an empty answer while the (async)
 * not-found page is still being made. Fastify's `callNotFound()` returns the reply at run time,
 * but its type says void.
 */
export function passToNotFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}
