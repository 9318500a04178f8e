import Negotiator from 'negotiator';
import { adminLanguages, type AdminLanguage } from './index.ts';

/** The cookie that keeps a newsroom member's interface language (set by GET /admin/language). */
export const ADMIN_LANGUAGE_COOKIE = 'nd_admin_lang';

export const isAdminLanguage = (code: unknown): code is AdminLanguage =>
  typeof code === 'string' && (adminLanguages as readonly string[]).includes(code);

/**
 * The language of the newsroom's pages: the one chosen in the header (a cookie), else the
 * browser's (Accept-Language), else English.
 */
export function adminLanguageOf(request: {
  cookies: Record<string, string | undefined>;
  headers: Record<string, string | string[] | undefined>;
}): AdminLanguage {
  const chosen = request.cookies[ADMIN_LANGUAGE_COOKIE];
  if (isAdminLanguage(chosen)) return chosen;
  if (request.headers['accept-language']) {
    const preferred = new Negotiator(request).languages([...adminLanguages])[0];
    if (isAdminLanguage(preferred)) return preferred;
  }
  return 'en';
}

/**
 * Where the language switch may send the browser back to: a path under /admin on this site,
 * never another host (`//evil.example`, `/\evil.example`, `https://…`) — so no open redirect.
 */
export function sameSiteAdminPath(back: unknown): string | null {
  if (typeof back !== 'string' || !/^\/admin(?:[/?#]|$)/.test(back)) return null;
  if (/[\\\s\p{Cc}]/u.test(back)) return null;
  const base = 'http://newsdesk.invalid';
  let url: URL;
  try {
    url = new URL(back, base);
  } catch {
    return null;
  }
  if (url.origin !== base || !/^\/admin(?:\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}`;
}
