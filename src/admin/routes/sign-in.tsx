import { isAppError } from '../../domain/errors.ts';
import type { SignInStep } from '../../services/accounts/account.service.ts';
import { SignInPage } from '../pages/sign-in.tsx';
import { field, type AccountRouteDeps, type AdminRoute, type PageKit } from '../route.ts';
import { clearSessionCookie } from '../session-cookie.ts';
import { setChallengeCookie } from './two-factor.tsx';

/** Sign-in attempts per client address per 15 minutes (per account: AccountService). */
export const SIGNIN_PER_ADDRESS = 20;
export const SIGNIN_WINDOW_MS = 15 * 60_000;

/** Signing in with a password (the second step, when on, is in two-factor.tsx) and signing out. */
export function signInRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/signin',
      access: 'public',
      handler: async (request, reply, ctx) => {
        if (await deps.accounts.needsSetup()) return reply.redirect('/admin/setup', 303);
        const after = (request.query as Record<string, string | undefined>).after ?? null;
        return kit.page(
          reply,
          (t) => t('signin.title'),
          <SignInPage csrf={kit.preCsrf(reply)} email="" errors={[]} problem={null} after={after} />,
          ctx,
        );
      },
    },
    {
      method: 'POST',
      url: '/admin/signin',
      access: 'public',
      rateLimit: { max: SIGNIN_PER_ADDRESS, timeWindow: SIGNIN_WINDOW_MS },
      handler: async (request, reply, ctx) => {
        kit.checkPreCsrf(request);
        const email = field(request.body, 'email');
        let step: SignInStep;
        try {
          step = await deps.accounts.beginSignIn(email, field(request.body, 'password'));
        } catch (e) {
          if (!isAppError(e) || (e.code !== 'UNAUTHORIZED' && e.code !== 'RATE_LIMITED')) throw e;
          return kit.page(
            reply,
            (t) => t('signin.title'),
            <SignInPage
              csrf={kit.preCsrf(reply)}
              email={email}
              errors={[]}
              problem={{ code: e.code, message: e.message }}
            />,
            ctx,
            e.status,
          );
        }
        if (step.kind === 'two-factor') {
          // No session yet: only the right to give the code, in a cookie for the next page.
          setChallengeCookie(reply, step.challenge, deps.secureCookies);
          return reply.redirect('/admin/signin/two-factor', 303);
        }
        kit.startSession(reply, step.session);
        // An administrator the site requires to use two-factor goes straight to setting it up.
        const mustEnrol = await deps.accounts.twoFactor.mustEnrol(step.session.user, false);
        return reply.redirect(mustEnrol ? '/admin/account/two-factor' : '/admin', 303);
      },
    },
    {
      method: 'POST',
      url: '/admin/signout',
      access: 'newsroom.enter',
      allowedBeforeTwoFactor: true,
      handler: async (_request, reply, ctx) => {
        await deps.accounts.signOut(ctx.token);
        clearSessionCookie(reply);
        return reply.redirect('/admin/signin', 303);
      },
    },
  ];
}
