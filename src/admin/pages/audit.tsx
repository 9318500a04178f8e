import { auditActions, actionWord, type AuditFilterQuery, type AuditTarget } from '../audit-view.ts';
import { ErrorSummary, When, type FormError } from './form.tsx';
import { useI18n } from './i18n.tsx';
import { WideTable } from './wide-table.tsx';

export interface AuditRow {
  userName: string | null;
  action: string;
  target: AuditTarget;
  at: Date;
}

function Target({ target }: { target: AuditTarget }) {
  switch (target.kind) {
    case 'article':
      return <a href={target.href}>{target.headline}</a>;
    case 'user':
      return <>{target.name}</>;
    case 'text':
      return <>{target.text}</>;
    case 'none':
      return null;
  }
}

/** Who, which action and which days: a GET form, so a filtered log is a link one can share. */
function AuditFilters({
  users,
  query,
  errors,
}: {
  users: { id: string; name: string }[];
  query: Partial<AuditFilterQuery>;
  errors: FormError[];
}) {
  const { t } = useI18n();
  return (
    <form
      method="get"
      action="/admin/audit"
      class="audit-filters search-form"
      aria-label={t('audit.filters')}
    >
      <ErrorSummary errors={errors} />
      <label for="audit-user">{t('audit.who')}</label>{' '}
      <select id="audit-user" name="user">
        <option value="">{t('audit.anyone')}</option>
        {users.map((u) => (
          <option value={u.id} selected={query.user === u.id}>
            {u.name}
          </option>
        ))}
      </select>{' '}
      <label for="audit-action">{t('audit.what')}</label>{' '}
      <select id="audit-action" name="action">
        <option value="">{t('audit.anyAction')}</option>
        {auditActions.map((a) => (
          <option value={a} selected={query.action === a}>
            {t('audit.action', { action: actionWord(a) })}
          </option>
        ))}
      </select>{' '}
      <label for="audit-from">{t('audit.from')}</label>{' '}
      <input id="audit-from" type="date" name="from" value={query.from ?? ''} />{' '}
      <label for="audit-to">{t('audit.to')}</label>{' '}
      <input id="audit-to" type="date" name="to" value={query.to ?? ''} />{' '}
      <button type="submit">{t('audit.filter')}</button>
    </form>
  );
}

export function AuditPage({
  entries,
  users,
  query,
  errors = [],
}: {
  entries: AuditRow[];
  users: { id: string; name: string }[];
  query: Partial<AuditFilterQuery>;
  errors?: FormError[];
}) {
  const { t, timeZone } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('audit.title')}</h1>
      <AuditFilters users={users} query={query} errors={errors} />
      <p class="page-intro">{t('audit.count', { count: entries.length })}</p>
      {entries.length ? (
        <WideTable>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.when', { zone: timeZone })}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>
                    <When at={e.at} />
                  </td>
                  <td>{e.userName ?? t('audit.system')}</td>
                  {/* Words for people; the stable code (what logs and tooling search for) on hover. */}
                  <td>
                    <span data-action={e.action}>{t('audit.action', { action: actionWord(e.action) })}</span>
                  </td>
                  <td>
                    <Target target={e.target} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideTable>
      ) : null}
    </>
  );
}
