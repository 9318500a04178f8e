import { isAppError } from '../../domain/errors.ts';
import type { TokenInfo } from '../../services/accounts/account.service.ts';
import { ForgotPage, PasswordPage, ResetPage } from '../pages/password.tsx';
import { field, type AccountRouteDeps, type AdminRoute, type PageKit } from '../route.ts';
import { clearSessionCookie } from '../session-cookie.ts';
import { issues, linkPage, linkProblem, param, shown } from './form-answers.tsx';

/** Password-reset requests per address per 15 minutes (per account: AccountService). */
export const FORGOT_PER_ADDRESS = 10;

/** Changing one's password, and the way back in when it is forgotten: a request, then a reset link. */
export function passwordRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [...changePasswordRoutes(deps, kit), ...forgotPasswordRoutes(deps, kit), ...resetRoutes(deps, kit)];
}

function changePasswordRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/account/password',
      access: 'newsroom.enter',
      handler: async (_request, reply, ctx) =>
        kit.page(
          reply,
          (t) => t('password.pageTitle'),
          <PasswordPage csrf={ctx.csrf} errors={[]} done={false} />,
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
            ctx.user.id,
            field(request.body, 'current'),
            field(request.body, 'next'),
            ctx.token,
          );
        } catch (e) {
          if (!isAppError(e) || e.code !== 'VALIDATION_FAILED') throw e;
          return kit.page(
            reply,
            (t) => t('password.pageTitle'),
            <PasswordPage csrf={ctx.csrf} errors={issues(e)} done={false} />,
            ctx,
            400,
          );
        }
        return kit.page(
          reply,
          (t) => t('password.pageTitle'),
          <PasswordPage csrf={ctx.csrf} errors={[]} done />,
          ctx,
        );
      },
    },
  ];
}

function forgotPasswordRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/forgot',
      access: 'public',
      handler: async (_request, reply, ctx) =>
        kit.page(
          reply,
          (t) => t('forgot.title'),
          <ForgotPage csrf={kit.preCsrf(reply)} email="" errors={[]} sent={false} />,
          ctx,
        ),
    },
    {
      method: 'POST',
      url: '/admin/forgot',
      access: 'public',
      rateLimit: { max: FORGOT_PER_ADDRESS, timeWindow: 15 * 60_000 },
      handler: async (request, reply, ctx) => {
        kit.checkPreCsrf(request);
        const email = field(request.body, 'email');
        try {
          await deps.accounts.requestPasswordReset(email);
        } catch (e) {
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          return kit.page(
            reply,
            (t) => t('forgot.title'),
            <ForgotPage csrf={kit.preCsrf(reply)} email={email} errors={issues(e)} sent={false} />,
            ctx,
            400,
          );
        }
        return kit.page(
          reply,
          (t) => t('forgot.title'),
          <ForgotPage csrf={kit.preCsrf(reply)} email="" errors={[]} sent />,
          ctx,
        );
      },
    },
  ];
}

function resetRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/reset/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        const token = param(request, 'token');
        let info: TokenInfo;
        try {
          info = await deps.accounts.resetInfo(token);
        } catch (e) {
          if (!shown(e, ['NOT_FOUND', 'GONE'])) throw e;
          return linkProblem(kit, reply, ctx, e, 'reset');
        }
        return kit.page(
          linkPage(reply),
          (t) => t('reset.title'),
          <ResetPage csrf={kit.preCsrf(reply)} token={token} info={info} errors={[]} />,
          ctx,
        );
      },
    },
    {
      method: 'POST',
      url: '/admin/reset/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        kit.checkPreCsrf(request);
        const token = param(request, 'token');
        try {
          await deps.accounts.resetPassword(token, field(request.body, 'password'));
        } catch (e) {
          if (shown(e, ['NOT_FOUND', 'GONE', 'FORBIDDEN'])) return linkProblem(kit, reply, ctx, e, 'reset');
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          const info = await deps.accounts.resetInfo(token);
          return kit.page(
            linkPage(reply),
            (t) => t('reset.title'),
            <ResetPage csrf={kit.preCsrf(reply)} token={token} info={info} errors={issues(e)} />,
            ctx,
            400,
          );
        }
        clearSessionCookie(reply);
        return reply.redirect('/admin/signin?after=reset', 303);
      },
    },
  ];
}
