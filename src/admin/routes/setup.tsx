import { isAppError } from '../../domain/errors.ts';
import { SetupPage } from '../pages/setup.tsx';
import { field, type AccountRouteDeps, type AdminRoute, type PageKit } from '../route.ts';
import { issues } from './form-answers.tsx';

/**
 * The one-time setup of an empty site: its first account, the owner, who is signed in at once
 * (asking for the password just typed would be a pointless second form).
 */
export function setupRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/setup',
      access: 'public',
      handler: async (_request, reply, ctx) => {
        if (!(await deps.accounts.needsSetup())) return reply.redirect('/admin/signin', 303);
        return kit.page(
          reply,
          (t) => t('setup.pageTitle'),
          <SetupPage csrf={kit.preCsrf(reply)} values={{ email: '', name: '' }} errors={[]} />,
          ctx,
        );
      },
    },
    {
      method: 'POST',
      url: '/admin/setup',
      access: 'public',
      handler: async (request, reply, ctx) => {
        kit.checkPreCsrf(request);
        const values = {
          email: field(request.body, 'email'),
          name: field(request.body, 'name'),
          password: field(request.body, 'password'),
        };
        try {
          await deps.accounts.setupOwner(values);
        } catch (e) {
          if (!isAppError(e) || e.code !== 'VALIDATION_FAILED') throw e;
          return kit.page(
            reply,
            (t) => t('setup.pageTitle'),
            <SetupPage csrf={kit.preCsrf(reply)} values={values} errors={issues(e)} />,
            ctx,
            400,
          );
        }
        // The owner has no second factor yet, so the password step gives a session.
        const step = await deps.accounts.beginSignIn(values.email, values.password);
        if (step.kind !== 'signed-in') return reply.redirect('/admin/signin', 303);
        kit.startSession(reply, step.session);
        const mustEnrol = await deps.accounts.twoFactor.mustEnrol(step.session.user, false);
        return reply.redirect(mustEnrol ? '/admin/account/two-factor' : '/admin', 303);
      },
    },
  ];
}
