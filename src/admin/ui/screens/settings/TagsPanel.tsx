import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';
import type { TagChange, TagsData, TagView } from '../../../../contract/taxonomy.ts';
import { Pager } from '../../components/Pager.tsx';
import { Field, NamesInLanguages } from './Field.tsx';
import { ErrorBanner, SaveBar } from './SaveBar.tsx';
import { otherLanguages } from './SectionsPanel.tsx';
import { useSave } from './use-save.ts';

const PAGE = 20;

/** One tag: its base name and its name in each of the site's other languages (empty: none). */
function TagForm({ tag, data }: { tag: TagView; data: TagsData }) {
  const [draft, setDraft] = useState(tag);
  const { saving, error, issues, status, run } = useSave();
  const others = otherLanguages(data);
  const prefix = `nd-tag-${tag.slug}`;

  const save = async (ev: Event) => {
    ev.preventDefault();
    const body: TagChange = {
      name: draft.name,
      names: Object.fromEntries(others.map((l) => [l, draft.names[l]?.trim() || null])),
    };
    await run(async () =>
      setDraft((await api<{ data: TagView }>('PUT', `/settings/tags/${tag.id}`, body)).data),
    );
  };

  return (
    <form class="nd-fieldset nd-tag-form" onSubmit={(ev) => void save(ev)} noValidate>
      <h3>
        {tag.name} <code>{tag.slug}</code>{' '}
        <span class="nd-hint">{t('taxonomy.articles', { count: tag.articles })}</span>
      </h3>
      <ErrorBanner error={error} />
      <Field
        idPrefix={prefix}
        name="name"
        label={t('taxonomy.baseName')}
        value={draft.name}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, name: v })}
      />
      <NamesInLanguages
        idPrefix={prefix}
        languages={others}
        valueOf={(l) => draft.names[l] ?? ''}
        issues={issues}
        onInput={(l, v) => setDraft({ ...draft, names: { ...draft.names, [l]: v } })}
      />
      <SaveBar saving={saving} status={status} />
    </form>
  );
}

/** Tags found by any of their names, a page at a time, each with its form. */
export function TagsPanel() {
  const [query, setQuery] = useState('');
  const [typed, setTyped] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<TagsData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const params = new URLSearchParams({ q: query, offset: String((page - 1) * PAGE), limit: String(PAGE) });
    api<{ data: TagsData }>('GET', `/settings/tags?${params.toString()}`)
      .then((r) => {
        setData(r.data);
        setError(null);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [query, page]);

  return (
    <section aria-labelledby="nd-tags-title">
      <h2 id="nd-tags-title">{t('taxonomy.tags')}</h2>
      <p class="nd-hint">{t('taxonomy.tagsIntro')}</p>
      <form
        role="search"
        class="nd-inline-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          setPage(1);
          setQuery(typed.trim());
        }}
      >
        <label for="nd-tags-q">{t('taxonomy.findTag')}</label>
        <input id="nd-tags-q" type="search" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit" class="nd-button">
          {t('common.search')}
        </button>
      </form>
      <ErrorBanner error={error} />
      {data === null ? (
        error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : (
        <>
          <p role="status" aria-live="polite" class="nd-hint">
            {t('taxonomy.tagsFound', { count: data.total })}
          </p>
          {data.tags.map((tag) => (
            <TagForm key={tag.id} tag={tag} data={data} />
          ))}
          <Pager page={page} pageCount={Math.max(1, Math.ceil(data.total / PAGE))} onPage={setPage} />
        </>
      )}
    </section>
  );
}
