import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../domain/errors.ts';
import { can } from '../domain/roles.ts';
import type { AccountService } from '../services/accounts/account.service.ts';
import { field, type AdminRoute, type Ctx } from './route.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

/** What the gate asks of the accounts: who a session is, whether the site is new, the two-factor rule. */
export type GateAccounts = Pick<AccountService, 'session' | 'needsSetup'> & {
  twoFactor: Pick<AccountService['twoFactor'], 'mustEnrol'>;
};

/** Compares two secrets in constant time. */
export const sameTokens = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const csrfMatches = (sent: string, ctx: Ctx) => !!sent && !!ctx.csrf && sameTokens(sent, ctx.csrf);
const wrongCsrf = () =>
  new AppError('FORBIDDEN', 'Missing or wrong CSRF token; reload the page and try again.');

/** Routes that act before reading the body (uploads) take the CSRF token from a header, checked first. */
const readsRawBody = (route: AdminRoute) => route.bodyLimit !== undefined || route.beforeBody !== undefined;

/** Pages a browser navigates to are sent to sign in; API calls and forms are answered with an error. */
const wantsHtml = (route: AdminRoute) => route.method === 'GET' && !route.url.startsWith('/admin/api/');

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
    const token = request.cookies[SESSION_COOKIE] ?? null;
    const session = await accounts.session(token ?? undefined);
    return {
      user: session?.user ?? null,
      csrf: session?.csrf ?? null,
      token: session ? token : null,
      twoFactor: session?.twoFactor ?? false,
    };
  };

  /** Answers a request the route may not serve (a redirect or an error); undefined lets it through. */
  const refusal = async (route: AdminRoute, ctx: Ctx, reply: FastifyReply) => {
    if (route.access === 'public') return undefined;
    if (!ctx.user) {
      if (wantsHtml(route))
        return reply.redirect((await accounts.needsSetup()) ? '/admin/setup' : '/admin/signin', 303);
      throw new AppError('UNAUTHORIZED', 'Sign in first.');
    }
    if (!can(ctx.user.role, route.access))
      throw new AppError('FORBIDDEN', `Your role (${ctx.user.role}) may not do this.`);
    if (
      !route.allowedBeforeTwoFactor &&
      (await accounts.twoFactor.mustEnrol(ctx.user, ctx.twoFactor ?? false))
    ) {
      if (wantsHtml(route)) return reply.redirect('/admin/account/two-factor', 303);
      throw new AppError(
        'TWO_FACTOR_REQUIRED',
        'This site requires administrators to use two-factor sign-in; set it up at /admin/account/two-factor first.',
      );
    }
    return undefined;
  };

  return {
    /** The Fastify route for an admin route: its checks in onRequest, the body's CSRF token in the handler. */
    routeOptions(route: AdminRoute): RouteOptions {
      const raw = readsRawBody(route);
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
          const refused = await refusal(route, ctx, reply);
          if (refused || route.access === 'public') return refused;
          if (
            raw &&
            route.method !== 'GET' &&
            !csrfMatches(String(request.headers['x-csrf-token'] ?? ''), ctx)
          )
            throw wrongCsrf();
          await route.beforeBody?.(request, reply, ctx);
          return undefined;
        },
        handler: async (request, reply) => {
          const ctx = contexts.get(request) ?? (await whoIsAsking(request));
          if (route.access !== 'public' && route.method !== 'GET' && !raw) {
            const sent = field(request.body, '_csrf') || String(request.headers['x-csrf-token'] ?? '');
            if (!csrfMatches(sent, ctx)) throw wrongCsrf();
          }
          return route.handler(request, reply, ctx);
        },
      };
    },
  };
}
