import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../../domain/errors.ts';
import { NO_STORE } from '../../http/caching.ts';
import type { Translate } from '../../lib/messages.ts';
import type { AccountService, SignedIn } from '../../services/accounts/account.service.ts';
import type { SecondFactor } from '../../services/accounts/two-factor.service.ts';
import { CHALLENGE_TTL_MS } from '../../services/accounts/account.service.ts';
import type { FormError } from '../pages/form.tsx';
import { SignInPage } from '../pages/sign-in.tsx';
import { TwoFactorPage, TwoFactorSetupPage, TwoFactorSignInPage } from '../pages/two-factor.tsx';
import { qrSvg } from '../qr.ts';
import { field, type AdminRoute, type Ctx, type MemberCtx, type PageKit } from '../route.ts';
import { shown } from './form-answers.tsx';

/**
 * The sign-in's second step lives in this cookie between the password and the code: a one-time
 * token (only its hash is stored) that grants nothing but giving the code, for 5 minutes. It is
 * sent only to the sign-in pages.
 */
export const CHALLENGE_COOKIE = 'nd_2fa';
const CHALLENGE_PATH = '/admin/signin';
const ACCOUNT_PAGE = '/admin/account/two-factor';

/** Hands the browser a sign-in's challenge after the right password. */
export function setChallengeCookie(reply: FastifyReply, challenge: string, secure: boolean): void {
  reply.setCookie(CHALLENGE_COOKIE, challenge, {
    path: CHALLENGE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: CHALLENGE_TTL_MS / 1000,
  });
}

export interface TwoFactorRouteDeps {
  accounts: AccountService;
  secureCookies: boolean;
  /** Second-step attempts per client address and window (as for the password step). */
  perAddress: { max: number; timeWindow: number };
}

/** Field errors in the page's language (the service names the field; the words are ours). */
function issuesIn(t: Translate, e: AppError): FormError[] {
  return e.issues.map((i) => ({
    field: i.field,
    message:
      i.field === 'password'
        ? t('twoFactor.error.password')
        : i.field === 'code'
          ? i.message === 'is required'
            ? t('twoFactor.error.codeMissing')
            : t('twoFactor.error.code')
          : i.message,
  }));
}

/** The account's two-factor page, the set-up, and the sign-in's second step. */
export function twoFactorRoutes(deps: TwoFactorRouteDeps, kit: PageKit): AdminRoute[] {
  return [...secondStepRoutes(deps, kit), ...accountRoutes(deps, kit)];
}

const title = (t: Translate) => t('twoFactor.pageTitle');
const clearChallenge = (reply: FastifyReply) => reply.clearCookie(CHALLENGE_COOKIE, { path: CHALLENGE_PATH });

/** The account's two-factor page (status, recovery codes, switching off) and the set-up page. */
function accountPages(tf: AccountService['twoFactor'], kit: PageKit) {
  const accountPage = async (
    reply: FastifyReply,
    ctx: MemberCtx,
    opts: {
      done?: string | null;
      problem?: string | null;
      errors?: FormError[];
      errorsOf?: 'regenerate' | 'disable' | null;
      codes?: string[] | null;
      status?: number;
    } = {},
  ) => {
    const status = await tf.status(ctx.user.id);
    return kit.page(
      reply,
      title,
      <TwoFactorPage
        csrf={ctx.csrf}
        status={status}
        mustEnrol={!status.enabled && (await tf.mustEnrol(ctx.user, false))}
        done={opts.done ?? null}
        problem={opts.problem ?? null}
        errors={opts.errors ?? []}
        errorsOf={opts.errorsOf ?? null}
        codes={opts.codes ?? null}
      />,
      ctx,
      opts.status ?? 200,
    );
  };

  const setupPage = async (reply: FastifyReply, ctx: MemberCtx, errors: FormError[] = [], status = 200) => {
    const pending = await tf.pending(ctx.user);
    if (!pending) return reply.redirect(ACCOUNT_PAGE, 303);
    // The page carries the secret: never kept by a cache, never sent on as a Referer.
    reply.header('referrer-policy', 'no-referrer');
    return kit.page(
      reply,
      title,
      <TwoFactorSetupPage
        csrf={ctx.csrf}
        secret={pending.secret}
        qrSvg={await qrSvg(pending.uri)}
        account={ctx.user.email}
        errors={errors}
      />,
      ctx,
      status,
    );
  };

  /**
   * The account page after one of its forms (new recovery codes, switching off) was refused: a
   * rule or too many tries as the page's problem, wrong fields under that form. Anything else
   * propagates.
   */
  const refusedPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: MemberCtx,
    form: 'regenerate' | 'disable',
    e: unknown,
  ) => {
    if (shown(e, ['CONFLICT'])) return accountPage(reply, ctx, { problem: e.message, status: e.status });
    const t = kit.t(request);
    if (shown(e, ['RATE_LIMITED']))
      return accountPage(reply, ctx, { problem: t('twoFactor.locked'), status: e.status });
    if (!shown(e, ['VALIDATION_FAILED'])) throw e;
    return accountPage(reply, ctx, { errors: issuesIn(t, e), errorsOf: form, status: 400 });
  };
  return { accountPage, setupPage, refusedPage };
}

/** The sign-in's second step (public: the challenge cookie is the only credential). */
function secondStepRoutes(deps: TwoFactorRouteDeps, kit: PageKit): AdminRoute[] {
  const secondStep = (
    reply: FastifyReply,
    ctx: Ctx,
    recovery: boolean,
    problem: string | null = null,
    status = 200,
  ) =>
    kit.page(
      reply,
      (t) => t('twoFactor.signin.title'),
      <TwoFactorSignInPage csrf={kit.preCsrf(reply)} recovery={recovery} problem={problem} />,
      ctx,
      status,
    );

  return [
    {
      method: 'GET',
      url: '/admin/signin/two-factor',
      access: 'public',
      handler: async (request, reply, ctx) => {
        try {
          await deps.accounts.challengeUser(request.cookies[CHALLENGE_COOKIE]);
        } catch (e) {
          if (!shown(e, ['GONE'])) throw e;
          clearChallenge(reply);
          return reply.redirect('/admin/signin?after=expired', 303);
        }
        const method = (request.query as Record<string, unknown>).method;
        return secondStep(reply, ctx, method === 'recovery');
      },
    },
    {
      method: 'POST',
      url: '/admin/signin/two-factor',
      access: 'public',
      rateLimit: deps.perAddress,
      handler: async (request, reply, ctx) => {
        kit.checkPreCsrf(request);
        const t = kit.t(request);
        const recovery = field(request.body, 'method') === 'recovery';
        let s: SignedIn & { factor: SecondFactor };
        try {
          s = await deps.accounts.completeSignIn(
            request.cookies[CHALLENGE_COOKIE],
            field(request.body, 'code'),
          );
        } catch (e) {
          if (shown(e, ['GONE'])) {
            clearChallenge(reply);
            return reply.redirect('/admin/signin?after=expired', 303);
          }
          if (shown(e, ['RATE_LIMITED'])) {
            // The challenge is void: the password step starts again, after the wait.
            clearChallenge(reply);
            return kit.page(
              reply,
              (t) => t('signin.title'),
              <SignInPage
                csrf={kit.preCsrf(reply)}
                email=""
                errors={[]}
                problem={{ code: e.code, message: t('twoFactor.signin.locked') }}
              />,
              ctx,
              e.status,
            );
          }
          if (!shown(e, ['UNAUTHORIZED'])) throw e;
          return secondStep(reply, ctx, recovery, t('twoFactor.signin.wrong'), 401);
        }
        clearChallenge(reply);
        kit.startSession(reply, s);
        return reply.redirect(s.factor === 'recovery' ? `${ACCOUNT_PAGE}?done=recovery-used` : '/admin', 303);
      },
    },
  ];
}

/** The account's own two-factor page: set up, confirm, new recovery codes, switch off. */
function accountRoutes(deps: TwoFactorRouteDeps, kit: PageKit): AdminRoute[] {
  const tf = deps.accounts.twoFactor;
  const { accountPage, setupPage, refusedPage } = accountPages(tf, kit);
  return [
    {
      method: 'GET',
      url: ACCOUNT_PAGE,
      access: 'newsroom.enter',
      allowedBeforeTwoFactor: true,
      handler: async (request, reply, ctx) => {
        const done = (request.query as Record<string, unknown>).done;
        return accountPage(reply, ctx, { done: typeof done === 'string' ? done : null });
      },
    },
    {
      method: 'POST',
      url: `${ACCOUNT_PAGE}/setup`,
      access: 'newsroom.enter',
      allowedBeforeTwoFactor: true,
      handler: async (_request, reply, ctx) => {
        try {
          await tf.begin(ctx.user.id);
        } catch (e) {
          if (!shown(e, ['CONFLICT'])) throw e;
          return reply.redirect(ACCOUNT_PAGE, 303);
        }
        return reply.redirect(`${ACCOUNT_PAGE}/setup`, 303);
      },
    },
    {
      method: 'GET',
      url: `${ACCOUNT_PAGE}/setup`,
      access: 'newsroom.enter',
      allowedBeforeTwoFactor: true,
      handler: async (_request, reply, ctx) => setupPage(reply, ctx),
    },
    {
      method: 'POST',
      url: `${ACCOUNT_PAGE}/confirm`,
      access: 'newsroom.enter',
      allowedBeforeTwoFactor: true,
      handler: async (request, reply, ctx) => {
        let codes: string[];
        try {
          codes = await tf.confirm(ctx.user.id, field(request.body, 'code'));
        } catch (e) {
          if (shown(e, ['CONFLICT'])) return reply.redirect(ACCOUNT_PAGE, 303);
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          return setupPage(reply, ctx, issuesIn(kit.t(request), e), 400);
        }
        return accountPage(reply.header('cache-control', NO_STORE), ctx, { done: 'enabled', codes });
      },
    },
    {
      method: 'POST',
      url: `${ACCOUNT_PAGE}/recovery-codes`,
      access: 'newsroom.enter',
      handler: async (request, reply, ctx) => {
        let codes: string[];
        try {
          codes = await tf.regenerateRecoveryCodes(ctx.user.id, field(request.body, 'password'));
        } catch (e) {
          return refusedPage(request, reply, ctx, 'regenerate', e);
        }
        return accountPage(reply, ctx, { done: 'regenerated', codes });
      },
    },
    {
      method: 'POST',
      url: `${ACCOUNT_PAGE}/disable`,
      access: 'newsroom.enter',
      handler: async (request, reply, ctx) => {
        try {
          await tf.disable(ctx.user.id, field(request.body, 'password'), field(request.body, 'code'));
        } catch (e) {
          return refusedPage(request, reply, ctx, 'disable', e);
        }
        return reply.redirect(`${ACCOUNT_PAGE}?done=disabled`, 303);
      },
    },
  ];
}
