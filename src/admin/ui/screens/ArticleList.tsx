import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage, query } from '../api.ts';
import { Pager } from '../components/Pager.tsx';
import { t } from '../i18n.ts';
import { navigate } from '../router.ts';
import type { ArticleListItem } from '../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../contract/site.ts';
import type { Page } from '../../../contract/wire.ts';
import { ArticleFilters } from './articles/ArticleFilters.tsx';
import { ArticleTable } from './articles/ArticleTable.tsx';
import { BulkActions } from './articles/BulkActions.tsx';
import { apiQuery, filtersFrom, type Filters } from './articles/filters.ts';

/** The newsroom's articles in every status it may see: filters and search live in the URL. */
export function ArticleListScreen({ search, site, me }: { search: URLSearchParams; site: SiteInfo; me: Me }) {
  const initial = filtersFrom(search);
  const page = Math.max(1, Number(search.get('page')) || 1);
  const [filters, setFilters] = useState<Filters>(initial);
  const [result, setResult] = useState<Page<ArticleListItem> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Bumped after a bulk action: the same page is read again to show the articles as they are now.
  const [round, setRound] = useState(0);
  const key = search.toString();

  useEffect(() => {
    setFilters(initial);
    let live = true;
    setResult(null);
    api<Page<ArticleListItem>>('GET', `/articles${query({ ...apiQuery(initial), page })}`)
      .then((r) => {
        if (!live) return;
        setResult(r);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [key, round]);
  // Another page or other filters: what was ticked is no longer on screen.
  useEffect(() => setSelected(new Set()), [key]);

  const go = (f: Filters) => navigate(`/admin/articles${query(f)}`);
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
      <ArticleFilters site={site} filters={filters} setFilters={setFilters} apply={go} />
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="nd-hint" role="status" aria-live="polite">
        {result ? t('list.count', { count: result.meta.total }) : t('common.loading')}
      </p>
      {/* Kept mounted while the list reloads, so what happened to each article stays on screen. */}
      <BulkActions
        me={me}
        site={site}
        selected={[...selected]}
        headlineOf={(id) => result?.data.find((a) => a.id === id)?.headline ?? id}
        clear={() => setSelected(new Set())}
        reload={() => setRound((r) => r + 1)}
      />
      {result && result.data.length ? (
        <ArticleTable articles={result.data} selected={selected} setSelected={setSelected} />
      ) : result ? (
        <p>{t('list.empty')}</p>
      ) : null}
      {result ? (
        <Pager
          page={page}
          pageCount={result.meta.pageCount}
          hrefOf={(p) => `/admin/articles${query({ ...initial, page: p })}`}
        />
      ) : null}
    </div>
  );
}
