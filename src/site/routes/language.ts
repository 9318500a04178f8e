import Negotiator from 'negotiator';
import { paths } from '../urls.ts';
import { movedTo, sendMoved, sendNotFound } from './answers.tsx';
import { switchQuery } from './query.ts';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** The cookie that remembers a language chosen with the switcher. */
export const LANGUAGE_COOKIE = 'nd_lang';

/**
 * Where the language switcher may send a reader: a path inside that language on this site, as the
 * URL parser writes it (percent-encoding what a Location header cannot carry: control characters,
 * line breaks, spaces, lone surrogates), else null. Never another site: never an open redirect.
 */
export function switchTarget(language: string, to: unknown): string | null {
  if (typeof to !== 'string' || to.length > 2000 || !to.startsWith(`/${language}/`)) return null;
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(to, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || !url.pathname.startsWith(`/${language}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/` sends a reader to the language chosen before, else the browser's, else the site default. */
export const languageHome =
  (kit: SiteKit): SiteHandler =>
  async (request, reply) => {
    // WordPress's short links (`/?p=123`) of imported posts.
    if (request.url.includes('?')) {
      const moved = await movedTo(kit, request);
      if (moved) return sendMoved(reply, moved);
    }
    const { site } = kit.deps;
    const settings = site.settings();
    const chosen = request.cookies[LANGUAGE_COOKIE];
    let language = chosen && site.isLanguage(chosen) ? chosen : undefined;
    if (!language && request.headers['accept-language']) {
      const ordered = [
        settings.defaultLanguage,
        ...settings.languages.filter((l) => l !== settings.defaultLanguage),
      ];
      language = new Negotiator(request).languages(ordered)[0];
    }
    reply.header('vary', 'Accept-Language, Cookie').header('cache-control', 'private, no-cache');
    return reply.redirect(paths.front(language ?? settings.defaultLanguage), 302);
  };

/** The switcher's links: remember the choice for a year, then go to the page in that language. */
export const switchLanguage =
  (kit: SiteKit): SiteHandler<{ code: string }> =>
  async (request, reply) => {
    const { site } = kit.deps;
    const { code } = request.params;
    if (!site.isLanguage(code)) return sendNotFound(kit, reply);
    const target = switchTarget(code, switchQuery.parse(request.query).to) ?? paths.front(code);
    reply.setCookie(LANGUAGE_COOKIE, code, {
      path: '/',
      maxAge: 365 * 24 * 3600,
      sameSite: 'lax',
      httpOnly: true,
      secure: site.settings().baseUrl.startsWith('https:'),
    });
    reply.header('cache-control', 'no-store');
    return reply.redirect(target, 302);
  };
