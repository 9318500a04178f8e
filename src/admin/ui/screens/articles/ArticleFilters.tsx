import type { SiteInfo } from '../../../../contract/site.ts';
import { articleStatuses } from '../../../../contract/statuses.ts';
import { statusLabel } from '../../components/StatusBadge.tsx';
import { t } from '../../i18n.ts';
import { noFilters, type Filters } from './filters.ts';

/** The list's search and filters (status, section, language, author, dates); applying them changes the URL. */
export function ArticleFilters({
  site,
  filters,
  setFilters,
  apply,
}: {
  site: SiteInfo;
  filters: Filters;
  setFilters: (f: Filters) => void;
  apply: (f: Filters) => void;
}) {
  const set = (k: keyof Filters) => (e: { currentTarget: { value: string } }) =>
    setFilters({ ...filters, [k]: e.currentTarget.value });
  const choice = (k: 'status' | 'section' | 'language', label: string, options: [string, string][]) => (
    <div class="nd-field">
      <label for={`nd-f-${k}`}>{label}</label>
      <select id={`nd-f-${k}`} value={filters[k]} onChange={set(k)}>
        <option value="">{t('list.any')}</option>
        {options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      class="nd-filters"
      role="search"
      aria-label={t('list.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        apply(filters);
      }}
    >
      <div class="nd-field nd-field-grow">
        <label for="nd-f-q">{t('list.search')}</label>
        <input id="nd-f-q" type="search" value={filters.q} onInput={set('q')} />
      </div>
      {choice(
        'status',
        t('list.status'),
        articleStatuses.map((s) => [s, statusLabel(s)]),
      )}
      {choice(
        'section',
        t('list.section'),
        site.sections.map((s) => [s.slug, s.name]),
      )}
      {choice(
        'language',
        t('list.language'),
        site.languages.map((l) => [l.code, l.name]),
      )}
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
        <button type="button" class="nd-button" onClick={() => apply(noFilters())}>
          {t('list.clear')}
        </button>
      </div>
    </form>
  );
}
