import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { UsersPage } from '../pages/users.tsx';
import type { FormError } from '../pages/form.tsx';
import { field, type AccountRouteDeps, type AdminRoute, type MemberCtx, type PageKit } from '../route.ts';
import { issues, param, shown } from './form-answers.tsx';

type UserAction = 'role' | 'disable' | 'enable' | 'reset-two-factor';
/** What the users page confirms after an action (`?done=…`). */
const DONE: Record<UserAction, string> = {
  role: 'role',
  disable: 'disabled',
  enable: 'enabled',
  'reset-two-factor': 'two-factor-reset',
};

/** The staff: the users page, invitations, each account's role and status, the site's two-factor rule. */
export function userRoutes(deps: AccountRouteDeps & { authors?: unknown }, kit: PageKit): AdminRoute[] {
  const usersPage = async (
    reply: FastifyReply,
    ctx: MemberCtx,
    opts: {
      values?: { email: string; name: string; role: string };
      errors?: FormError[];
      done?: string | null;
      problem?: string | null;
      status?: number;
    } = {},
  ) =>
    kit.page(
      reply,
      (t) => t('users.title'),
      <UsersPage
        csrf={ctx.csrf}
        me={ctx.user}
        withProfiles={deps.authors !== undefined}
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
    (action: UserAction) => async (request: FastifyRequest, reply: FastifyReply, ctx: MemberCtx) => {
      const id = param(request, 'id');
      try {
        if (action === 'role') await deps.accounts.changeRole(id, field(request.body, 'role'), ctx.user.id);
        else if (action === 'disable') await deps.accounts.disable(id, ctx.user.id);
        else if (action === 'enable') await deps.accounts.enable(id, ctx.user.id);
        else await deps.accounts.twoFactor.reset(id, ctx.user.id);
      } catch (e) {
        if (!shown(e, ['VALIDATION_FAILED', 'CONFLICT', 'NOT_FOUND'])) throw e;
        return usersPage(reply, ctx, { problem: e.message, status: e.status });
      }
      return reply.redirect(`/admin/users?done=${DONE[action]}`, 303);
    };
  const onUser = (action: UserAction): AdminRoute => ({
    method: 'POST',
    url: `/admin/users/:id/${action}`,
    access: 'users.manage',
    handler: userAction(action),
  });

  return [
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
          await deps.accounts.invite(values, ctx.user.id);
        } catch (e) {
          if (!shown(e, ['VALIDATION_FAILED', 'CONFLICT'])) throw e;
          return usersPage(reply, ctx, { values, errors: issues(e), status: e.status });
        }
        return reply.redirect('/admin/users?done=invited', 303);
      },
    },
    onUser('role'),
    onUser('disable'),
    onUser('enable'),
    onUser('reset-two-factor'),
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
          on = await deps.accounts.twoFactor.setRequiredForAdmins(value === 'on', ctx.user.id);
        } catch (e) {
          if (!shown(e, ['CONFLICT'])) throw e;
          return usersPage(reply, ctx, { problem: e.message, status: e.status });
        }
        return reply.redirect(`/admin/users?done=two-factor-${on ? 'required' : 'optional'}`, 303);
      },
    },
  ];
}
