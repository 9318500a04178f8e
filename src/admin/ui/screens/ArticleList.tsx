import { useEffect, useState } from 'preact/hooks';
import { slugify } from '../../../lib/slug.ts';
import { api, query } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { navigate } from '../router.ts';
import type { ArticleListItem } from '../../../contract/articles.ts';
import { articleStatuses, type ArticleStatus } from '../../../contract/statuses.ts';
import type { Me, SiteInfo } from '../../../contract/site.ts';
import type { Page } from '../../../contract/wire.ts';

const statusText: Record<ArticleStatus, () => string> = {
  draft: () => t('status.draft'),
  in_review: () => t('status.in_review'),
  scheduled: () => t('status.scheduled'),
  published: () => t('status.published'),
  unpublished: () => t('status.unpublished'),
};

export function statusLabel(s: ArticleStatus): string {
  return statusText[s]();
}

/** A status in words (never by colour alone). */
export function StatusBadge({ status, plain = false }: { status: ArticleStatus; plain?: boolean }) {
  if (plain) return <>{statusLabel(status)}</>;
  return <span class={`nd-badge nd-status-${status}`}>{statusLabel(status)}</span>;
}

const FILTERS = ['q', 'status', 'section', 'language', 'author', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The newsroom's articles in every status it may see: filters and search live in the URL. */
export function ArticleListScreen({ search, site, me }: { search: URLSearchParams; site: SiteInfo; me: Me }) {
  const initial = Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? ''])) as Filters;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const [filters, setFilters] = useState<Filters>(initial);
  const [result, setResult] = useState<Page<ArticleListItem> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = search.toString();

  useEffect(() => {
    setFilters(initial);
    let live = true;
    setResult(null);
    const q = Object.fromEntries(FILTERS.map((k) => [k, initial[k]]));
    // Authors are filtered by their slug; the date range is whole days, "to" inclusive.
    if (q.author) q.author = slugify(q.author);
    if (q.to) q.to = new Date(new Date(`${q.to}T00:00:00`).getTime() + 86_400_000).toISOString();
    if (q.from) q.from = new Date(`${q.from}T00:00:00`).toISOString();
    api<Page<ArticleListItem>>('GET', `/articles${query({ ...q, page })}`)
      .then((r) => live && (setResult(r), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [key]);

  const go = (f: Filters, p = 1) =>
    navigate(`/admin/articles${query({ ...f, page: p > 1 ? p : undefined })}`);
  const set = (k: keyof Filters) => (e: { currentTarget: { value: string } }) =>
    setFilters({ ...filters, [k]: e.currentTarget.value });
  const seesAll = me.permissions.includes('articles.edit-any');

  return (
    <div class="nd-list">
      <div class="nd-list-head">
        <h1>{t('list.title')}</h1>
        <a class="nd-button nd-button-primary" href="/admin/articles/new">
          {t('nav.newArticle')}
        </a>
      </div>
      <p class="nd-hint">{seesAll ? t('list.introAll') : t('list.introOwn')}</p>
      <form
        class="nd-filters"
        role="search"
        aria-label={t('list.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          go(filters);
        }}
      >
        <div class="nd-field nd-field-grow">
          <label for="nd-f-q">{t('list.search')}</label>
          <input id="nd-f-q" type="search" value={filters.q} onInput={set('q')} />
        </div>
        <div class="nd-field">
          <label for="nd-f-status">{t('list.status')}</label>
          <select id="nd-f-status" value={filters.status} onChange={set('status')}>
            <option value="">{t('list.any')}</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="nd-field">
          <label for="nd-f-section">{t('list.section')}</label>
          <select id="nd-f-section" value={filters.section} onChange={set('section')}>
            <option value="">{t('list.any')}</option>
            {site.sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div class="nd-field">
          <label for="nd-f-language">{t('list.language')}</label>
          <select id="nd-f-language" value={filters.language} onChange={set('language')}>
            <option value="">{t('list.any')}</option>
            {site.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div class="nd-field">
          <label for="nd-f-author">{t('list.author')}</label>
          <input id="nd-f-author" value={filters.author} onInput={set('author')} />
        </div>
        <div class="nd-field">
          <label for="nd-f-from">{t('list.from')}</label>
          <input id="nd-f-from" type="date" value={filters.from} onInput={set('from')} />
        </div>
        <div class="nd-field">
          <label for="nd-f-to">{t('list.to')}</label>
          <input id="nd-f-to" type="date" value={filters.to} onInput={set('to')} />
        </div>
        <div class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary">
            {t('list.apply')}
          </button>
          <button
            type="button"
            class="nd-button"
            onClick={() => go(Object.fromEntries(FILTERS.map((k) => [k, ''])) as Filters)}
          >
            {t('list.clear')}
          </button>
        </div>
      </form>
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="nd-hint" role="status" aria-live="polite">
        {result ? t('list.count', { count: result.meta.total }) : t('common.loading')}
      </p>
      {result && result.data.length ? (
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
            {result.data.map((a) => (
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
      ) : result ? (
        <p>{t('list.empty')}</p>
      ) : null}
      {result && result.meta.pageCount > 1 ? (
        <nav class="nd-pager" aria-label={t('common.pages')}>
          {page > 1 ? (
            <a href={`/admin/articles${query({ ...initial, page: page - 1 })}`}>{t('common.previous')}</a>
          ) : null}
          <span>{t('common.pageOf', { page, pageCount: result.meta.pageCount })}</span>
          {page < result.meta.pageCount ? (
            <a href={`/admin/articles${query({ ...initial, page: page + 1 })}`}>{t('common.next')}</a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
