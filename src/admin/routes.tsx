import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/errors.ts';
import { rateLimitStore, type RequestCounter } from '../http/rate-limit-store.ts';
import { registerFormParser } from '../http/input.ts';
import type { AccountService } from '../services/accounts/account.service.ts';
import type { ArticleReader } from '../services/articles/article-reader.ts';
import { adminGate } from './gate.ts';
import { createPageKit } from './page-kit.tsx';
import type { AdminRoute } from './route.ts';
import { auditRoutes } from './routes/audit.tsx';
import { homeRoutes } from './routes/home.ts';
import { invitationRoutes } from './routes/invitations.tsx';
import { languageRoutes } from './routes/language.ts';
import { passwordRoutes } from './routes/password.tsx';
import { setupRoutes } from './routes/setup.tsx';
import { SIGNIN_PER_ADDRESS, SIGNIN_WINDOW_MS, signInRoutes } from './routes/sign-in.tsx';
import { twoFactorRoutes } from './routes/two-factor.tsx';
import { userRoutes } from './routes/users.tsx';
import { authorProfileRoutes, type AuthorProfileDeps } from './routes/author-profile.tsx';

export interface AdminDeps {
  accounts: AccountService;
  reader: ArticleReader;
  stylesheet: string;
  secureCookies: boolean;
  /** The site's time zone, in which the pages show dates (UTC when not given). */
  timeZone?: () => string;
  /** Counts sign-in and reset attempts per address (shared through Redis); the plugin's own per-process store when absent. */
  limits?: RequestCounter;
  /** Users' author pages (job title, biography, photo); without it the users page offers none. */
  authors?: AuthorProfileDeps;
  /** Further routes (the admin JSON API, media); each declares its access like the ones here. */
  extraRoutes?: AdminRoute[];
}

export type { AdminRoute, Ctx } from './route.ts';
export { SESSION_COOKIE } from './session-cookie.ts';
export { SIGNIN_PER_ADDRESS } from './routes/sign-in.tsx';
export { FORGOT_PER_ADDRESS } from './routes/password.tsx';

/** The newsroom's own routes: the home page, the language switch and the account pages. */
export function adminRoutes(deps: AdminDeps): AdminRoute[] {
  const kit = createPageKit(deps);
  const perAddress = { max: SIGNIN_PER_ADDRESS, timeWindow: SIGNIN_WINDOW_MS };
  return [
    ...homeRoutes(),
    ...languageRoutes(deps),
    ...setupRoutes(deps, kit),
    ...signInRoutes(deps, kit),
    ...passwordRoutes(deps, kit),
    ...invitationRoutes(deps, kit),
    ...userRoutes(deps, kit),
    ...(deps.authors ? authorProfileRoutes(deps.authors, kit) : []),
    ...auditRoutes(deps, kit),
    ...twoFactorRoutes({ accounts: deps.accounts, secureCookies: deps.secureCookies, perAddress }, kit),
  ];
}

/**
 * The newsroom under /admin: strict form parsing, per-address limits on the routes that ask for
 * them, and every route behind the gate (gate.ts: session, permission, two-factor, CSRF).
 */
export async function registerAdmin(app: FastifyInstance, deps: AdminDeps): Promise<AdminRoute[]> {
  const routes = [...adminRoutes(deps), ...(deps.extraRoutes ?? [])];
  const gate = adminGate(deps.accounts);
  await app.register(async (admin) => {
    // Forms read strictly (UTF-8, no NUL): a bad byte is a 400, never stored as U+FFFD.
    registerFormParser(admin, 64 * 1024);
    // Per address, on the routes that declare a limit (sign-in, password reset); per account is in AccountService.
    await admin.register(rateLimit, {
      global: false,
      ...(deps.limits ? { store: rateLimitStore(deps.limits, 'admin-rl:') } : {}),
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new AppError(
            'RATE_LIMITED',
            `Too many attempts from your address; retry in ${Math.ceil(context.ttl / 60_000)} min.`,
          ),
          { statusCode: 429 },
        ),
    });
    for (const route of routes) admin.route(gate.routeOptions(route));
  });
  return routes;
}
