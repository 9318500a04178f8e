import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '../pages/ErrorPage.tsx';
import { sendPage } from '../render.ts';
import type { SiteKit } from './site-kit.ts';
import { canonicalSlash } from './trailing-slash.ts';

/**
 * 301 to an imported article when the address is one of its old permalinks, else null. Asked only
 * on a miss (a 404, or the root with a query), so found pages never pay for the lookup.
 */
export function movedTo(kit: SiteKit, request: FastifyRequest): Promise<string | null> {
  return kit.deps.redirects.resolve(request.url);
}

/** The 301 to an old address's new place (kept in caches a while: the article may move again). */
export const sendMoved = (reply: FastifyReply, to: string): FastifyReply =>
  reply.header('cache-control', 'public, max-age=300').redirect(to, 301);

/**
 * 404 as a page, in `language` when it is one of the site's, else in the default language —
 * unless the address is an imported article's old permalink: then 301 to the article.
 */
export async function sendNotFound(
  kit: SiteKit,
  reply: FastifyReply,
  language?: string,
): Promise<FastifyReply> {
  const moved = await movedTo(kit, reply.request);
  if (moved) return sendMoved(reply, moved);
  const { site } = kit.deps;
  const lang = language && site.isLanguage(language) ? language : site.settings().defaultLanguage;
  return sendPage(
    reply,
    <ErrorPage ctx={await kit.context(lang)} kind="not-found" />,
    404,
    'public, max-age=60',
  );
}

/** 410 as a page: the article was there and was taken down on purpose. */
export async function sendGone(kit: SiteKit, reply: FastifyReply, language: string): Promise<FastifyReply> {
  return sendPage(
    reply,
    <ErrorPage ctx={await kit.context(language)} kind="gone" />,
    410,
    'public, max-age=300',
  );
}

/**
 * 404, unless the address is the other form of a canonical one (trailing slash): then 301 to it,
 * query string kept. What a header cannot carry is percent-encoded.
 */
export async function sendNotFoundOrSlash(
  kit: SiteKit,
  request: FastifyRequest,
  reply: FastifyReply,
  language?: string,
): Promise<FastifyReply> {
  const to = canonicalSlash(request.url, (code) => kit.deps.site.isLanguage(code));
  if (to)
    return reply.redirect(
      to.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)),
      301,
    );
  return sendNotFound(kit, reply, language);
}

/** Any address no route knows: a 404 page in the language its first segment names, if it names one. */
export const unknownAddress =
  (kit: SiteKit) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> =>
    sendNotFoundOrSlash(kit, request, reply, request.url.split('/')[1]?.split('?')[0]);
