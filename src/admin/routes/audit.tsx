import { AppError } from '../../domain/errors.ts';
import type { AccountService } from '../../services/accounts/account.service.ts';
import type { ArticleReader } from '../../services/articles/article-reader.ts';
import { auditFilter, resolveTargets } from '../audit-view.ts';
import { AuditPage } from '../pages/audit.tsx';
import type { AdminRoute, PageKit } from '../route.ts';

export interface AuditRouteDeps {
  accounts: AccountService;
  reader: Pick<ArticleReader, 'byId'>;
  timeZone?: () => string;
}

/** Who did what in the newsroom (administrators only), in words, filtered by who, what and when. */
export function auditRoutes(deps: AuditRouteDeps, kit: PageKit): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/audit',
      access: 'audit.read',
      handler: async (request, reply, ctx) => {
        const users = (await deps.accounts.listUsers()).map((u) => ({ id: u.id, name: u.name }));
        const names = new Map(users.map((u) => [u.id, u.name]));
        const title = kit.t(request)('audit.title');
        let parsed;
        try {
          parsed = auditFilter(request.query, deps.timeZone?.() ?? 'UTC');
        } catch (e) {
          // A bad filter is answered with the page, its fields named, and nothing listed.
          if (!(e instanceof AppError) || e.code !== 'VALIDATION_FAILED') throw e;
          const errors = e.issues.map((d) => ({ field: d.field, message: d.message }));
          return kit.page(
            reply,
            () => title,
            <AuditPage entries={[]} users={users} query={{}} errors={errors} />,
            ctx,
            400,
          );
        }
        const entries = await deps.accounts.auditLog(200, parsed.filter);
        const targets = await resolveTargets(entries, {
          article: (id) => deps.reader.byId(id),
          userName: (id) => names.get(id),
        });
        const rows = entries.map((e, i) => ({
          userName: e.userName,
          action: e.action,
          target: targets[i] ?? { kind: 'none' as const },
          at: e.at,
        }));
        return kit.page(
          reply,
          () => title,
          <AuditPage entries={rows} users={users} query={parsed.query} />,
          ctx,
        );
      },
    },
  ];
}
