import { NO_STORE } from '../../http/caching.ts';
import { permissionsOf } from '../../domain/roles.ts';
import type { AdminRoute } from '../route.ts';

/** The newsroom's front door, and who the app is working for. */
export function homeRoutes(): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin',
      access: 'newsroom.enter',
      // The newsroom app's article list (src/admin/app-shell.ts) is the home page.
      handler: async (_request, reply) => reply.redirect('/admin/articles', 303),
    },
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
