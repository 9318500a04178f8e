import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../domain/errors.ts';
import { can } from '../domain/roles.ts';
import type { AccountService } from '../services/accounts/account.service.ts';
import { field, type AdminRoute, type Ctx, type MemberCtx, type MemberRoute } from './route.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

/** What the gate asks of the accounts: who a session is, whether the site is new, the two-factor rule. */
export type GateAccounts = Pick<AccountService, 'session' | 'needsSetup'> & {
  twoFactor: Pick<AccountService['twoFactor'], 'mustEnrol'>;
};

/** Compares two secrets in constant time. */
export const sameTokens = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const csrfMatches = (sent: string, csrf: string) => !!sent && !!csrf && sameTokens(sent, csrf);
const wrongCsrf = () =>
  new AppError('FORBIDDEN', 'Missing or wrong CSRF token; reload the page and try again.');
const csrfHeader = (request: FastifyRequest) => String(request.headers['x-csrf-token'] ?? '');

/** Routes that act before reading the body (uploads) take the CSRF token from a header, checked first. */
const readsRawBody = (route: MemberRoute) => route.bodyLimit !== undefined || route.beforeBody !== undefined;

/** Pages a browser navigates to are sent to sign in; API calls and forms are answered with an error. */
const wantsHtml = (route: AdminRoute) => route.method === 'GET' && !route.url.startsWith('/admin/api/');

/**
 * The signed-in account a route that needs a permission serves. The gate's checks before the
 * body (turnedAway) have already answered a guest, so this only throws if they were skipped.
 */
function memberOf(ctx: Ctx): MemberCtx {
  if (!ctx.user) throw new AppError('UNAUTHORIZED', 'Sign in first.');
  return ctx;
}

/**
 * The gate in front of every /admin route, in this order: the session (cookie → account) →
 * the route's declared permission for the account's role → the two-factor rule (an administrator
 * the site requires to use it does nothing else until it is set up) → the CSRF token of a raw
 * body (in a header, before the body is read) → the route's own per-account hook. The CSRF token
 * of a form or JSON body is checked once the body is read, just before the handler.
 */
export function adminGate(accounts: GateAccounts) {
  const contexts = new WeakMap<FastifyRequest, Ctx>();

  const whoIsAsking = async (request: FastifyRequest): Promise<Ctx> => {
    const token = request.cookies[SESSION_COOKIE];
    const session = await accounts.session(token);
    if (!session || token === undefined) return { user: null, csrf: null, token: null, twoFactor: false };
    return { user: session.user, csrf: session.csrf, token, twoFactor: session.twoFactor };
  };

  /**
   * Turns away a request the route may not serve: throws its error, or sends a browser elsewhere
   * and answers true (the reply is sent; nothing more may run). False lets it through.
   */
  const turnedAway = async (route: MemberRoute, ctx: Ctx, reply: FastifyReply): Promise<boolean> => {
    const sendTo = (url: string) => {
      void reply.redirect(url, 303);
      return true;
    };
    if (!ctx.user) {
      if (wantsHtml(route)) return sendTo((await accounts.needsSetup()) ? '/admin/setup' : '/admin/signin');
      throw new AppError('UNAUTHORIZED', 'Sign in first.');
    }
    if (!can(ctx.user.role, route.access))
      throw new AppError('FORBIDDEN', `Your role (${ctx.user.role}) may not do this.`);
    if (
      !route.allowedBeforeTwoFactor &&
      (await accounts.twoFactor.mustEnrol(ctx.user, ctx.twoFactor ?? false))
    ) {
      if (wantsHtml(route)) return sendTo('/admin/account/two-factor');
      throw new AppError(
        'TWO_FACTOR_REQUIRED',
        'This site requires administrators to use two-factor sign-in; set it up at /admin/account/two-factor first.',
      );
    }
    return false;
  };

  return {
    /** The Fastify route for an admin route: its checks in onRequest, the body's CSRF token in the handler. */
    routeOptions(route: AdminRoute): RouteOptions {
      return {
        method: route.method,
        url: route.url,
        ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
        // The declared access rides in the route's config, where the route list (app.ts) reads it.
        config: {
          access: route.access,
          ...(route.rateLimit ? { rateLimit: route.rateLimit } : {}),
        } as RouteOptions['config'],
        // Who is asking is settled before the body is read: nobody uploads megabytes to be told 401.
        onRequest: async (request, reply) => {
          const ctx = await whoIsAsking(request);
          contexts.set(request, ctx);
          if (route.access === 'public' || (await turnedAway(route, ctx, reply))) return;
          const member = memberOf(ctx);
          if (readsRawBody(route) && route.method !== 'GET' && !csrfMatches(csrfHeader(request), member.csrf))
            throw wrongCsrf();
          await route.beforeBody?.(request, reply, member);
        },
        handler: async (request, reply) => {
          const ctx = contexts.get(request) ?? (await whoIsAsking(request));
          if (route.access === 'public') return route.handler(request, reply, ctx);
          const member = memberOf(ctx);
          if (route.method !== 'GET' && !readsRawBody(route)) {
            const sent = field(request.body, '_csrf') || csrfHeader(request);
            if (!csrfMatches(sent, member.csrf)) throw wrongCsrf();
          }
          return route.handler(request, reply, member);
        },
      };
    },
  };
}
