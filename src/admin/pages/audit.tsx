import { When } from './form.tsx';
import { useI18n } from './i18n.tsx';
import { WideTable } from './wide-table.tsx';

export function AuditPage({
  entries,
}: {
  entries: { userName: string | null; action: string; target: string | null; at: Date }[];
}) {
  const { t, timeZone } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('audit.title')}</h1>
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
                  <td>{e.userName ?? '—'}</td>
                  {/* The action's stable code (user.invited, signin.failed …): what logs and tooling search for. */}
                  <td>{e.action}</td>
                  <td>{e.target ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideTable>
      ) : null}
    </>
  );
}
