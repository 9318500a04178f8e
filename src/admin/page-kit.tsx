import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { AppError } from '../domain/errors.ts';
import { NO_STORE } from '../http/caching.ts';
import { MessageCatalogs, type Translate } from '../lib/messages.ts';
import { sameTokens } from './gate.ts';
import { adminCatalogs } from './messages/index.ts';
import { adminLanguageOf, sameSiteAdminPath } from './messages/language.ts';
import type { AdminI18n } from './pages/i18n.tsx';
import { AdminLayout } from './pages/layout.tsx';
import { field, type Ctx, type PageKit } from './route.ts';
import { setSessionCookie } from './session-cookie.ts';

const PRE_CSRF_COOKIE = 'nd_csrf';

export interface PageKitDeps {
  stylesheet: string;
  secureCookies: boolean;
  /** The site's time zone, in which the pages show dates (UTC when not given). */
  timeZone?: () => string;
}

/** The page a form answered on shows again after a language switch (its URL may be POST-only). */
function backOf(request: FastifyRequest): string {
  const url =
    request.method === 'GET' ? request.url : request.url.replace(/^\/admin\/users\/.+$/, '/admin/users');
  return sameSiteAdminPath(url) ?? '/admin';
}

/**
 * What the server-rendered pages share: the layout in the request's language (through the one
 * translator), never cached; the pre-session CSRF token; the session cookie.
 */
export function createPageKit(deps: PageKitDeps): PageKit {
  const messages = new MessageCatalogs(adminCatalogs);
  const i18nOf = (request: FastifyRequest): AdminI18n => {
    const lang = adminLanguageOf(request);
    return {
      lang,
      t: messages.translator(lang),
      timeZone: deps.timeZone?.() ?? 'UTC',
      back: backOf(request),
    };
  };
  const page = (
    reply: FastifyReply,
    title: (t: Translate) => string,
    body: VNode,
    ctx: Ctx,
    status = 200,
  ) => {
    const i18n = i18nOf(reply.request);
    const layout = (
      <AdminLayout
        i18n={i18n}
        title={title(i18n.t)}
        user={ctx.user}
        csrf={ctx.csrf ?? ''}
        stylesheet={deps.stylesheet}
      >
        {body}
      </AdminLayout>
    );
    return reply
      .code(status)
      .header('cache-control', NO_STORE)
      .header('content-language', i18n.lang)
      .type('text/html; charset=utf-8')
      .send(`<!doctype html>${renderToString(layout)}`);
  };
  return {
    page,
    t: (request) => i18nOf(request).t,
    // Forms before sign-in carry a token that must match a cookie (double submit): no login CSRF.
    preCsrf: (reply) => {
      const token = randomBytes(24).toString('base64url');
      reply.setCookie(PRE_CSRF_COOKIE, token, {
        path: '/admin',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.secureCookies,
      });
      return token;
    },
    checkPreCsrf: (request) => {
      const cookie = request.cookies[PRE_CSRF_COOKIE] ?? '';
      const sent = field(request.body, '_csrf');
      if (!cookie || !sent || !sameTokens(cookie, sent))
        throw new AppError('FORBIDDEN', 'The form expired; reload the page and try again.');
    },
    startSession: (reply, session) => setSessionCookie(reply, session, deps.secureCookies),
  };
}
