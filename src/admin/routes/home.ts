import type { AdminRoute } from '../route.ts';

/** The newsroom's front door (who the app works for is GET /admin/api/me, in src/api/admin/me.ts). */
export function homeRoutes(): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin',
      access: 'newsroom.enter',
      // The newsroom app's article list (src/admin/app-shell.ts) is the home page.
      handler: async (_request, reply) => reply.redirect('/admin/articles', 303),
    },
  ];
}
