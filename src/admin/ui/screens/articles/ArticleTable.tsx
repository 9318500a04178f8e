import type { ArticleListItem } from '../../../../contract/articles.ts';
import type { SiteInfo } from '../../../../contract/site.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDateTime, t } from '../../i18n.ts';

/** A page of articles: headline (with breaking and pending-change marks), status, section, language, bylines, last change. */
export function ArticleTable({ articles, site }: { articles: ArticleListItem[]; site: SiteInfo }) {
  return (
    <table class="nd-table nd-articles">
      <caption class="nd-visually-hidden">{t('list.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.headline')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.section')}</th>
          <th scope="col">{t('list.language')}</th>
          <th scope="col">{t('list.authors')}</th>
          <th scope="col">{t('list.modified')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <td>
              <a href={`/admin/articles/${a.id}`} lang={a.language}>
                {a.headline}
              </a>
              {a.breaking ? <span class="nd-badge nd-badge-breaking">{t('list.breaking')}</span> : null}
              {a.pendingChanges ? (
                <span class="nd-badge nd-badge-warn">
                  {a.pendingChanges === 'submitted' ? t('list.pendingSubmitted') : t('list.pending')}
                </span>
              ) : null}
            </td>
            <td>
              <StatusBadge status={a.status} />
              {a.status === 'scheduled' && a.scheduledAt ? (
                <span class="nd-hint"> {formatDateTime(a.scheduledAt, site.timeZone)}</span>
              ) : null}
            </td>
            <td>{a.section.name}</td>
            <td>{a.language}</td>
            <td>{a.authors.join(', ') || a.owner?.name || ''}</td>
            <td>
              <time dateTime={a.modifiedAt}>{formatDateTime(a.modifiedAt, site.timeZone)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
