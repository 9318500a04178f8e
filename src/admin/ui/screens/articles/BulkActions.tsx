import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';
import type { BulkAction, BulkBody, BulkResult } from '../../../../contract/bulk.ts';
import type { Me, SiteInfo } from '../../../../contract/site.ts';

/** What one article's outcome says, in words. */
function outcome(r: BulkResult): string {
  if (!r.ok) return r.message;
  return r.pending ? t('bulk.donePending') : t('bulk.done');
}

/** What happened to each article, announced when it arrives. */
function BulkResults({ results, headlineOf }: { results: BulkResult[]; headlineOf: (id: string) => string }) {
  const failed = results.filter((r) => !r.ok).length;
  return (
    <div
      class={`nd-banner ${failed ? 'nd-banner-warn' : 'nd-banner-ok'}`}
      role="status"
      aria-label={t('bulk.results')}
    >
      <p>{t('bulk.summary', { done: results.length - failed, failed })}</p>
      <ul class="nd-bulk-results">
        {results.map((r) => (
          <li key={r.id} data-ok={String(r.ok)}>
            <strong>{r.headline ?? headlineOf(r.id)}</strong>: {outcome(r)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The bar above the list when articles are ticked: one action for all of them (publish,
 * unpublish, move to a section, add a tag), then what happened to each, article by article.
 */
export function BulkActions({
  me,
  site,
  selected,
  headlineOf,
  clear,
  reload,
}: {
  me: Me;
  site: SiteInfo;
  selected: string[];
  headlineOf: (id: string) => string;
  clear: () => void;
  reload: () => void;
}) {
  const publishes = me.permissions.includes('articles.publish-own');
  const actions: [BulkAction, string][] = [
    ...(publishes
      ? ([
          ['publish', t('bulk.publish')],
          ['unpublish', t('bulk.unpublish')],
        ] as [BulkAction, string][])
      : []),
    ['move', t('bulk.move')],
    ['tag', t('bulk.tag')],
  ];
  const [action, setAction] = useState<BulkAction>(actions[0]?.[0] ?? 'move');
  const [section, setSection] = useState(site.sections[0]?.slug ?? '');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    const body: BulkBody = {
      ids: selected,
      action,
      ...(action === 'move' ? { section } : {}),
      ...(action === 'tag' ? { tag } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ data: BulkResult[] }>('POST', '/articles/bulk', body);
      setResults(answer.data);
      clear();
      reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="nd-bulk" aria-label={t('bulk.title')}>
      <form
        class="nd-filters"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <p class="nd-hint" aria-live="polite">
          {t('bulk.selected', { count: selected.length })}
        </p>
        <div class="nd-field">
          <label for="nd-bulk-action">{t('bulk.action')}</label>
          <select
            id="nd-bulk-action"
            value={action}
            onChange={(e) => setAction(e.currentTarget.value as BulkAction)}
          >
            {actions.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </div>
        {action === 'move' ? (
          <div class="nd-field">
            <label for="nd-bulk-section">{t('list.section')}</label>
            <select id="nd-bulk-section" value={section} onChange={(e) => setSection(e.currentTarget.value)}>
              {site.sections.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {action === 'tag' ? (
          <div class="nd-field">
            <label for="nd-bulk-tag">{t('bulk.tagName')}</label>
            <input id="nd-bulk-tag" value={tag} required onInput={(e) => setTag(e.currentTarget.value)} />
          </div>
        ) : null}
        <div class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy || !selected.length}>
            {t('bulk.apply')}
          </button>
        </div>
      </form>
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {results ? <BulkResults results={results} headlineOf={headlineOf} /> : null}
    </section>
  );
}
