import { AuditPage } from '../pages/audit.tsx';
import type { AccountRouteDeps, AdminRoute, PageKit } from '../route.ts';

/** Who did what in the newsroom (administrators only). */
export function auditRoutes(deps: AccountRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/audit',
      access: 'audit.read',
      handler: async (_request, reply, ctx) =>
        kit.page(reply, (t) => t('audit.title'), <AuditPage entries={await deps.accounts.auditLog()} />, ctx),
    },
  ];
}
