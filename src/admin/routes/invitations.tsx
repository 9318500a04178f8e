import type { TokenInfo } from '../../services/accounts/account.service.ts';
import { InvitePage } from '../pages/invitation.tsx';
import { field, type AccountRouteDeps, type AdminRoute, type PageKit } from '../route.ts';
import { issues, linkPage, linkProblem, param, shown } from './form-answers.tsx';

/** An invitation's one-time link: the invited person chooses a password and has an account. */
export function invitationRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/invite/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        const token = param(request, 'token');
        let info: TokenInfo;
        try {
          info = await deps.accounts.inviteInfo(token);
        } catch (e) {
          if (!shown(e, ['NOT_FOUND', 'GONE'])) throw e;
          return linkProblem(kit, reply, ctx, e, 'invite');
        }
        return kit.page(
          linkPage(reply),
          (t) => t('invite.title'),
          <InvitePage csrf={kit.preCsrf(reply)} token={token} info={info} errors={[]} />,
          ctx,
        );
      },
    },
    {
      method: 'POST',
      url: '/admin/invite/:token',
      access: 'public',
      handler: async (request, reply, ctx) => {
        kit.checkPreCsrf(request);
        const token = param(request, 'token');
        try {
          await deps.accounts.acceptInvite(token, { password: field(request.body, 'password') });
        } catch (e) {
          if (shown(e, ['NOT_FOUND', 'GONE', 'CONFLICT'])) return linkProblem(kit, reply, ctx, e, 'invite');
          if (!shown(e, ['VALIDATION_FAILED'])) throw e;
          const info = await deps.accounts.inviteInfo(token);
          return kit.page(
            linkPage(reply),
            (t) => t('invite.title'),
            <InvitePage csrf={kit.preCsrf(reply)} token={token} info={info} errors={issues(e)} />,
            ctx,
            400,
          );
        }
        return reply.redirect('/admin/signin?after=invite', 303);
      },
    },
  ];
}
