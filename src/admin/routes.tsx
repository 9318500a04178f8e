import { randomBytes, timingSafeEqual } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { AppError, isAppError } from '../domain/errors.ts';
import { can, permissionsOf } from '../domain/roles.ts';
import { NO_STORE } from '../http/caching.ts';
import { rateLimitStore, type RequestCounter } from '../http/rate-limit-store.ts';
import { registerFormParser } from '../http/input.ts';
import { MessageCatalogs, type Translate } from '../lib/messages.ts';
import type { AccountService, SignedIn } from '../services/accounts/account.service.ts';
import type { ArticleReader } from '../services/articles/article-reader.ts';
import {
  AdminLayout,
  AuditPage,
  ForgotPage,
  InvitePage,
  LinkProblemPage,
  PasswordPage,
  ResetPage,
  SetupPage,
  SignInPage,
  UsersPage,
  type AdminI18n,
  type FormError,
} from './pages.tsx';
import { adminCatalogs } from './messages/index.ts';
import { field, type AdminRoute, type Ctx, type PageKit } from './route.ts';
import { setChallengeCookie, twoFactorRoutes } from './two-factor-routes.tsx';
import {
  ADMIN_LANGUAGE_COOKIE,
  adminLanguageOf,
  isAdminLanguage,
  sameSiteAdminPath,
} from './messages/language.ts';

export interface AdminDeps {
  accounts: AccountService;
  reader: ArticleReader;
  stylesheet: string;
  secureCookies: boolean;
  /** The site's time zone, in which the pages show dates (UTC when not given). */
  timeZone?: () => string;
  /** Counts sign-in and reset attempts per address (shared through Redis); the plugin's own per-process store when absent. */
  limits?: RequestCounter;
  /** Further routes (the admin JSON API, media); each declares its access like the ones here. */
  extraRoutes?: AdminRoute[];
}

export const SESSION_COOKIE = 'nd_session';
export const SIGNIN_PER_ADDRESS = 20;
/** Password-reset requests per address per 15 minutes (per account: AccountService). */
export const FORGOT_PER_ADDRESS = 10;
const PRE_CSRF_COOKIE = 'nd_csrf';

export type { AdminRoute, Ctx } from './route.ts';

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function adminRoutes(deps: AdminDeps): AdminRoute[] {
  const messages = new MessageCatalogs(adminCatalogs);
  /** The page a form answered on shows again after a language switch (its URL may be POST-only). */
  const backOf = (request: FastifyRequest) =>
    sameSiteAdminPath(
      request.method === 'GET' ? request.url : request.url.replace(/^\/admin\/users\/.+$/, '/admin/users'),
    ) ?? '/admin';
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
    return reply
      .code(status)
      .header('cache-control', NO_STORE)
      .header('content-language', i18n.lang)
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html>${renderToString(
          <AdminLayout
            i18n={i18n}
            title={title(i18n.t)}
            user={ctx.user}
            csrf={ctx.csrf ?? ''}
            stylesheet={deps.stylesheet}
          >
            {body}
          </AdminLayout>,
        )}`,
      );
  };
  /** Forms before sign-in carry a token that must match a cookie (double submit): no login CSRF. */
  const preCsrf = (reply: FastifyReply) => {
    const token = randomBytes(24).toString('base64url');
    reply.setCookie(PRE_CSRF_COOKIE, token, {
      path: '/admin',
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies,
    });
    return token;
  };
  const checkPreCsrf = (request: FastifyRequest) => {
    const cookie = request.cookies[PRE_CSRF_COOKIE] ?? '';
    const sent = field(request.body, '_csrf');
    if (!cookie || !sent || !same(cookie, sent))
      throw new AppError('FORBIDDEN', 'The form expired; reload the page and try again.');
  };
  const startSession = (reply: FastifyReply, s: SignedIn) =>
    reply.setCookie(SESSION_COOKIE, s.token, {
      path: '/admin',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      expires: s.expiresAt,
    });
  const kit: PageKit = {
    page,
    t: (request) => i18nOf(request).t,
    preCsrf,
    checkPreCsrf,
    startSession,
  };
  const issues = (e: unknown): FormError[] =>
    isAppError(e) ? e.issues.map((i) => ({ field: i.field, message: i.message })) : [];
  /** Errors a form shows on its page (bad input, a rule refused); anything else propagates. */
  const shown = (e: unknown, codes: string[]): e is AppError => isAppError(e) && codes.includes(e.code);
  const param = (request: FastifyRequest, name: string) =>
    String((request.params as Record<string, string | undefined>)[name] ?? '');
  /** Pages under a one-time link: never cached, and the link never leaves in a Referer header. */
  const linkPage = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer');
  const linkProblem = (reply: FastifyReply, ctx: Ctx, e: AppError, purpose: 'invite' | 'reset') =>
    page(
      linkPage(reply),
      (t) => t('link.pageTitle'),
      <LinkProblemPage message={e.message} purpose={purpose} />,
      ctx,
      e.status,
    );
  const usersPage = async (
    reply: FastifyReply,
    ctx: Ctx,
    opts: {
      values?: { email: string; name: string; role: string };
      errors?: FormError[];
      done?: string | null;
      problem?: string | null;
      status?: number;
    } = {},
  ) =>
    page(
      reply,
      (t) => t('users.title'),
      <UsersPage
        csrf={ctx.csrf!}
        me={ctx.user!}
        users={await deps.accounts.listUsers()}
        invites={await deps.accounts.pendingInvites()}
        twoFactor={{
          enabled: await deps.accounts.twoFactor.enabledUserIds(),
          requiredForAdmins: await deps.accounts.twoFactor.requiredForAdmins(),
        }}
        values={opts.values ?? { email: '', name: '', role: 'contributor' }}
        errors={opts.errors ?? []}
        done={opts.done ?? null}
        problem={opts.problem ?? null}
      />,
      ctx,
      opts.status ?? 200,
    );
  const userAction =
    (action: 'role' | 'disable' | 'enable' | 'reset-two-factor') =>
    async (request: FastifyRequest, reply: FastifyReply, ctx: Ctx) => {
      const id = param(request, 'id');
      try {
        if (action === 'role') await deps.accounts.changeRole(id, field(request.body, 'role'), ctx.user!.id);
        else if (action === 'disable') await deps.accounts.disable(id, ctx.user!.id);
        else if (action === 'enable') await deps.accounts.enable(id, ctx.user!.id);
        else await deps.accounts.twoFactor.reset(id, ctx.user!.id);
      } catch (e) {
        if (!shown(e, ['VALIDATION_FAILED', 'CONFLICT', 'NOT_FOUND'])) throw e;
        return usersPage(reply, ctx, { problem: e.message, status: e.status });
      }
      const done =
        action === 'reset-two-factor' ? 'two-factor-reset' : action === 'role' ? 'role' : `${action}d`;
      return reply.redirect(`/admin/users?done=${done}`, 303);
    };

  return [
    {
      method: 'GET',
      url: '/admin',
      access: 'newsroom.enter',
      // The newsroom app's article list (src/admin/app-shell.ts) is the home page.
      handler: async (_request, reply) => reply.redirect('/admin/articles', 303),
    },
    {
      // The header's language links: remember the choice for a year, then go back to the page.
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
    {
      method: 'GET',
      url: '/admin/setup',
      access: 'public',
      handler: async (_request, reply, ctx) => {
        if (!(await deps.accounts.needsSetup())) return reply.redirect('/admin/signin', 303);
        return page(
          reply,
          (t) => t('setup.pageTitle'),
          <SetupPage csrf={preCsrf(reply)} values={{ email: '', name: '' }} errors={[]} />,
          ctx,
        );
      },
    },
    {
      method: 'POST',
      url: '/admin/setup',
      access: 'public',
      handler: async (request, reply, ctx) => {
        checkPreCsrf(request);
        const values = {
          email: field(request.body, 'email'),
          name: field(request.body, 'name'),
          password: field(request.body, 'password'),
        };
        try {
          await deps.accounts.setupOwner(values);
        } catch (e) {
          if (!isAppError(e) || e.code !== 'VALIDATION_FAILED') throw e;
          return page(
            reply,
            (t) => t('setup.pageTitle'),
            <SetupPage csrf={preCsrf(reply)} values={values} errors={issues(e)} />,
            ctx,
            400,
          );
        }
        return reply.redirect('/admin/signin', 303);
      },
    },
    {
      method: 'GET',
      url: '/admin/signin',
      access: 'public',
      handler: async (request, reply, ctx) => {
        if (await deps.accounts.needsSetup()) return reply.redirect('/admin/setup', 303);
        const after = (request.query as Record<string, string | undefined>).after ?? null;
        return page(
          reply,
          (t) => t('signin.title'),
          <SignInPage csrf={preCsrf(reply)} email="" errors={[]} problem={null} after={after} />,
          ctx,
        );
      },
    },
    {
      method: 'POST',
      url: '/admin/signin',
      access: 'public',
      rateLimit: { max: SIGNIN_PER_ADDRESS, timeWindow: 15 * 60_000 },
      handler: async (request, reply, ctx) => {
        checkPreCsrf(request);
        const email = field(request.body, 'email');
        try {
          const step = await deps.accounts.beginSignIn(email, field(request.body, 'password'));
          if (step.kind === 'two-factor') {
            // No session yet: only the right to give the code, in a cookie for the next page.
            setChallengeCookie(reply, step.challenge, deps.secureCookies);
            return reply.redirect('/admin/signin/two-factor', 303);
          }
          startSession(reply, step.session);
          // An administrator the site requires to use two-factor goes straight to setting it up.
          const mustEnrol = await deps.accounts.twoFactor.mustEnrol(step.session.user, false);
          return reply.redirect(mustEnrol ? '/admin/account/two-factor' : '/admin', 303);
        } catch (e) {
          if (!isAppError(e) || (e.code !== 'UNAUTHORIZED' && e.code !== 'RATE_LIMITED')) throw e;
          return page(
            reply,
            (t) => t('signin.title'),
            <SignInPage
              csrf={preCsrf(reply)}
              email={email}
              errors={[]}
              problem={{ code: e.code, message: e.message }}
            />,
            ctx,
            e.status,
          );
        }
      },
    },
    {
      method: 'POST',
      url: '/admin/signout',
      access: 'newsroom.enter',
      allowedBeforeTwoFactor: true,
      handler: async (_request, reply, ctx) => {
        await deps.accounts.signOut(ctx.token!);
        reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
        return reply.redirect('/admin/signin', 303);
      },
    },
    {
      method: 'GET',
      url: '/admin/account/password',
      access: 'newsroom.enter',
      handler: async (_request, reply, ctx) =>
        page(
          reply,
          (t) => t('password.pageTitle'),
          <PasswordPage csrf={ctx.csrf!} errors={[]} done={false} />,
          ctx,
        ),
    },
    {
      method: 'POST',
      url: '/admin/account/password',
      access: 'newsroom.enter',
      handler: async (request, reply, ctx) => {
        try {
          await deps.accounts.changePassword(
            ctx.user!.id,
            field(request.body, 'current'),
            field(request.body, 'next'),
            ctx.token!,
          );
        } catch (e) {
          if (!isAppError(e) || e.code !== 'VALIDATION_FAILED') throw e;
          return page(
            reply,
            (t) => t('password.pageTitle'),
            <PasswordPage csrf={ctx.csrf!} errors={issues(e)} done={false} />,
            ctx,
            400,
          );
        }
        return page(
          reply,
          (t) => t('password.pageTitle'),
          <PasswordPage csrf={ctx.csrf!} errors={[]} done />,
          ctx,
        );
      },
    },
    {
      method: 'GET',
      url: '/admin/audit',
      access: 'audit.read',
      handler: async (_request, reply, ctx) =>
        page(reply, (t) => t('audit.title'), <AuditPage entries={await deps.accounts.auditLog()} />, ctx),
    },
    {
      method: 'GET',
      url: '/admin/forgot',
      access: 'public',
      handler: async (_request, reply, ctx) =>
        page(
          reply,
          (t) => t('forgot.title'),
          <ForgotPage csrf={preCsrf(reply)} email="" errors={[]} sent={false} />,
          ctx,
        ),
    },
    {
      method: 'POST',
      url: '/admin/forgot',
      access: 'public',
      rateLimit: { max: FORGOT_PER_ADDRESS, timeWindow: 15 * 60_000 },
      handler: async (request, reply, ctx) => {
        checkPreCsrf(request);
        const email = field(request.body, 'email');
        try {
          await deps.accounts.requestPasswordReset(email);
        } catch (e) {
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          return page(
            reply,
            (t) => t('forgot.title'),
            <ForgotPage csrf={preCsrf(reply)} email={email} errors={issues(e)} sent={false} />,
            ctx,
            400,
          );
        }
        return page(
          reply,
          (t) => t('forgot.title'),
          <ForgotPage csrf={preCsrf(reply)} email="" errors={[]} sent />,
          ctx,
        );
      },
    },
    {
      method: 'GET',
      url: '/admin/reset/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        const token = param(request, 'token');
        try {
          const info = await deps.accounts.resetInfo(token);
          return page(
            linkPage(reply),
            (t) => t('reset.title'),
            <ResetPage csrf={preCsrf(reply)} token={token} info={info} errors={[]} />,
            ctx,
          );
        } catch (e) {
          if (!shown(e, ['NOT_FOUND', 'GONE'])) throw e;
          return linkProblem(reply, ctx, e, 'reset');
        }
      },
    },
    {
      method: 'POST',
      url: '/admin/reset/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        checkPreCsrf(request);
        const token = param(request, 'token');
        try {
          await deps.accounts.resetPassword(token, field(request.body, 'password'));
        } catch (e) {
          if (shown(e, ['NOT_FOUND', 'GONE', 'FORBIDDEN'])) return linkProblem(reply, ctx, e, 'reset');
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          const info = await deps.accounts.resetInfo(token);
          return page(
            linkPage(reply),
            (t) => t('reset.title'),
            <ResetPage csrf={preCsrf(reply)} token={token} info={info} errors={issues(e)} />,
            ctx,
            400,
          );
        }
        reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
        return reply.redirect('/admin/signin?after=reset', 303);
      },
    },
    {
      method: 'GET',
      url: '/admin/invite/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        const token = param(request, 'token');
        try {
          const info = await deps.accounts.inviteInfo(token);
          return page(
            linkPage(reply),
            (t) => t('invite.title'),
            <InvitePage csrf={preCsrf(reply)} token={token} info={info} errors={[]} />,
            ctx,
          );
        } catch (e) {
          if (!shown(e, ['NOT_FOUND', 'GONE'])) throw e;
          return linkProblem(reply, ctx, e, 'invite');
        }
      },
    },
    {
      method: 'POST',
      url: '/admin/invite/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        checkPreCsrf(request);
        const token = param(request, 'token');
        try {
          await deps.accounts.acceptInvite(token, { password: field(request.body, 'password') });
        } catch (e) {
          if (shown(e, ['NOT_FOUND', 'GONE', 'CONFLICT'])) return linkProblem(reply, ctx, e, 'invite');
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          const info = await deps.accounts.inviteInfo(token);
          return page(
            linkPage(reply),
            (t) => t('invite.title'),
            <InvitePage csrf={preCsrf(reply)} token={token} info={info} errors={issues(e)} />,
            ctx,
            400,
          );
        }
        return reply.redirect('/admin/signin?after=invite', 303);
      },
    },
    {
      method: 'GET',
      url: '/admin/users',
      access: 'users.manage',
      handler: async (request, reply, ctx) => {
        const done = (request.query as Record<string, string | undefined>).done ?? null;
        return usersPage(reply, ctx, { done });
      },
    },
    {
      method: 'POST',
      url: '/admin/users/invite',
      access: 'users.manage',
      handler: async (request, reply, ctx) => {
        const values = {
          email: field(request.body, 'email'),
          name: field(request.body, 'name'),
          role: field(request.body, 'role'),
        };
        try {
          await deps.accounts.invite(values, ctx.user!.id);
        } catch (e) {
          if (!shown(e, ['VALIDATION_FAILED', 'CONFLICT'])) throw e;
          return usersPage(reply, ctx, { values, errors: issues(e), status: e.status });
        }
        return reply.redirect('/admin/users?done=invited', 303);
      },
    },
    { method: 'POST', url: '/admin/users/:id/role', access: 'users.manage', handler: userAction('role') },
    {
      method: 'POST',
      url: '/admin/users/:id/disable',
      access: 'users.manage',
      handler: userAction('disable'),
    },
    { method: 'POST', url: '/admin/users/:id/enable', access: 'users.manage', handler: userAction('enable') },
    {
      method: 'POST',
      url: '/admin/users/:id/reset-two-factor',
      access: 'users.manage',
      handler: userAction('reset-two-factor'),
    },
    {
      // The site's rule: administrators must use two-factor sign-in (a checkbox on the users page).
      method: 'POST',
      url: '/admin/settings/two-factor',
      access: 'settings.manage',
      handler: async (request, reply, ctx) => {
        const value = field(request.body, 'required');
        if (value !== '' && value !== 'on')
          throw new AppError('VALIDATION_FAILED', 'required: must be "on" or absent', [
            { field: 'required', message: 'must be "on" or absent' },
          ]);
        let on: boolean;
        try {
          on = await deps.accounts.twoFactor.setRequiredForAdmins(value === 'on', ctx.user!.id);
        } catch (e) {
          if (!shown(e, ['CONFLICT'])) throw e;
          return usersPage(reply, ctx, { problem: e.message, status: e.status });
        }
        return reply.redirect(`/admin/users?done=two-factor-${on ? 'required' : 'optional'}`, 303);
      },
    },
    ...twoFactorRoutes(
      {
        accounts: deps.accounts,
        secureCookies: deps.secureCookies,
        perAddress: { max: SIGNIN_PER_ADDRESS, timeWindow: 15 * 60_000 },
      },
      kit,
    ),
    {
      method: 'GET',
      url: '/admin/api/me',
      access: 'newsroom.enter',
      handler: async (_request, reply, ctx) =>
        reply.header('cache-control', NO_STORE).send({
          data: {
            id: ctx.user!.id,
            email: ctx.user!.email,
            name: ctx.user!.name,
            role: ctx.user!.role,
            permissions: permissionsOf(ctx.user!.role),
          },
          csrf: ctx.csrf,
        }),
    },
  ];
}

/**
 * The newsroom under /admin: sessions from a cookie scoped to /admin (the reader site stays
 * cookie-free and cacheable), each route's declared permission enforced before its handler,
 * and a CSRF token required on every state-changing request.
 */
export async function registerAdmin(app: FastifyInstance, deps: AdminDeps): Promise<AdminRoute[]> {
  const routes = [...adminRoutes(deps), ...(deps.extraRoutes ?? [])];
  await app.register(async (admin) => {
    // Forms read strictly (UTF-8, no NUL): a bad byte is a 400, never stored as U+FFFD.
    registerFormParser(admin, 64 * 1024);
    // Per address: at most 20 sign-in attempts per 15 minutes (per account is in AccountService).
    await admin.register(rateLimit, {
      global: false,
      ...(deps.limits ? { store: rateLimitStore(deps.limits, 'admin-rl:') } : {}),
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new AppError(
            'RATE_LIMITED',
            `Too many attempts from your address; retry in ${Math.ceil(context.ttl / 60_000)} min.`,
          ),
          {
            statusCode: 429,
          },
        ),
    });
    const contexts = new WeakMap<FastifyRequest, Ctx>();
    const contextOf = async (request: FastifyRequest): Promise<Ctx> => {
      const token = request.cookies[SESSION_COOKIE] ?? null;
      const session = await deps.accounts.session(token ?? undefined);
      return {
        user: session?.user ?? null,
        csrf: session?.csrf ?? null,
        token: session ? token : null,
        twoFactor: session?.twoFactor ?? false,
      };
    };
    const csrfMatches = (sent: string, ctx: Ctx) => !!sent && !!ctx.csrf && same(sent, ctx.csrf);
    for (const route of routes) {
      // Routes that act before reading the body take the CSRF token from the header, checked first.
      const raw = route.bodyLimit !== undefined || route.beforeBody !== undefined;
      admin.route({
        method: route.method,
        url: route.url,
        ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
        config: {
          access: route.access,
          ...(route.rateLimit ? { rateLimit: route.rateLimit } : {}),
        },
        // Who is asking is settled before the body is read: nobody uploads megabytes to be told 401.
        onRequest: async (request, reply) => {
          const ctx = await contextOf(request);
          contexts.set(request, ctx);
          if (route.access === 'public') return;
          const access = route.access;
          const wantsHtml = route.method === 'GET' && !route.url.startsWith('/admin/api/');
          if (!ctx.user) {
            if (wantsHtml)
              return reply.redirect(
                (await deps.accounts.needsSetup()) ? '/admin/setup' : '/admin/signin',
                303,
              );
            throw new AppError('UNAUTHORIZED', 'Sign in first.');
          }
          if (!can(ctx.user.role, access))
            throw new AppError('FORBIDDEN', `Your role (${ctx.user.role}) may not do this.`);
          // An administrator the site requires to use two-factor does nothing else until it is set up.
          if (
            !route.allowedBeforeTwoFactor &&
            (await deps.accounts.twoFactor.mustEnrol(ctx.user, ctx.twoFactor ?? false))
          ) {
            if (wantsHtml) return reply.redirect('/admin/account/two-factor', 303);
            throw new AppError(
              'TWO_FACTOR_REQUIRED',
              'This site requires administrators to use two-factor sign-in; set it up at /admin/account/two-factor first.',
            );
          }
          // Large raw bodies (uploads) carry their CSRF token in the header, checked before reading them.
          if (
            raw &&
            route.method !== 'GET' &&
            !csrfMatches(String(request.headers['x-csrf-token'] ?? ''), ctx)
          )
            throw new AppError('FORBIDDEN', 'Missing or wrong CSRF token; reload the page and try again.');
          await route.beforeBody?.(request, reply, ctx);
        },
        handler: async (request, reply) => {
          const ctx = contexts.get(request) ?? (await contextOf(request));
          if (route.access !== 'public' && route.method !== 'GET' && !raw) {
            const sent = field(request.body, '_csrf') || String(request.headers['x-csrf-token'] ?? '');
            if (!csrfMatches(sent, ctx))
              throw new AppError('FORBIDDEN', 'Missing or wrong CSRF token; reload the page and try again.');
          }
          return route.handler(request, reply, ctx);
        },
      });
    }
  });
  return routes;
}
