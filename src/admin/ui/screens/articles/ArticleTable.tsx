import type { ArticleListItem } from '../../../../contract/articles.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDateTime, t } from '../../i18n.ts';

/**
 * A page of articles: headline (with breaking and pending-change marks), status, section, language,
 * bylines, last change. On a phone each row is a card, its cells labelled (data-label, admin.css).
 */
export function ArticleTable({
  articles,
  selected,
  setSelected,
}: {
  articles: ArticleListItem[];
  /** The ticked articles (for the bulk actions above the list). */
  selected: ReadonlySet<string>;
  setSelected: (ids: Set<string>) => void;
}) {
  const all = articles.length > 0 && articles.every((a) => selected.has(a.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  return (
    <table class="nd-table nd-articles">
      <caption class="nd-visually-hidden">{t('list.title')}</caption>
      <thead>
        <tr>
          <th scope="col" class="nd-select">
            <input
              type="checkbox"
              aria-label={t('bulk.selectPage')}
              checked={all}
              onChange={(e) =>
                setSelected(e.currentTarget.checked ? new Set(articles.map((a) => a.id)) : new Set())
              }
            />
          </th>
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
            <td class="nd-select">
              <input
                type="checkbox"
                aria-label={t('bulk.select', { headline: a.headline })}
                checked={selected.has(a.id)}
                onChange={(e) => toggle(a.id, e.currentTarget.checked)}
              />
            </td>
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
