import { AppError } from '../../domain/errors.ts';
import { NO_STORE } from '../../http/caching.ts';
import { ADMIN_LANGUAGE_COOKIE, isAdminLanguage, sameSiteAdminPath } from '../messages/language.ts';
import type { AdminRoute } from '../route.ts';

/** The header's language links: remember the choice for a year, then go back to the page. */
export function languageRoutes(deps: { secureCookies: boolean }): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/language',
      access: 'public',
      handler: async (request, reply) => {
        const query = request.query as Record<string, unknown>;
        const back = query.back === undefined ? '/admin' : sameSiteAdminPath(query.back);
        const problems = [
          ...(isAdminLanguage(query.to) ? [] : [{ field: 'to', message: 'must be one of en, az, ru' }]),
          ...(back === null ? [{ field: 'back', message: 'must be a path under /admin on this site' }] : []),
        ];
        if (!isAdminLanguage(query.to) || back === null)
          throw new AppError('VALIDATION_FAILED', 'Cannot switch the language like that.', problems);
        reply.setCookie(ADMIN_LANGUAGE_COOKIE, query.to, {
          path: '/admin',
          httpOnly: true,
          sameSite: 'lax',
          secure: deps.secureCookies,
          maxAge: 365 * 24 * 3600,
        });
        return reply.header('cache-control', NO_STORE).redirect(back, 303);
      },
    },
  ];
}
