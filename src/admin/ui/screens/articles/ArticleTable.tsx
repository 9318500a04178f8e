import type { ArticleListItem } from '../../../../contract/articles.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDateTime, t } from '../../i18n.ts';

/**
 * A page of articles: headline (with breaking and pending-change marks), status, section, language,
 * bylines, last change. On a phone each row is a card, its cells labelled (data-label, admin.css).
 */
export function ArticleTable({ articles }: { articles: ArticleListItem[] }) {
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
            <td data-label={t('list.status')}>
              <StatusBadge status={a.status} />
              {a.status === 'scheduled' && a.scheduledAt ? (
                <span class="nd-hint"> {formatDateTime(a.scheduledAt)}</span>
              ) : null}
            </td>
            <td data-label={t('list.section')}>{a.section.name}</td>
            <td data-label={t('list.language')}>{a.language}</td>
            <td data-label={t('list.authors')}>{a.authors.join(', ') || a.owner?.name || ''}</td>
            <td data-label={t('list.modified')}>
              <time dateTime={a.modifiedAt}>{formatDateTime(a.modifiedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
