import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';
import type {
  SectionChange,
  SectionCreate,
  SectionsData,
  SectionView,
} from '../../../../contract/taxonomy.ts';
import { Field, NamesInLanguages } from './Field.tsx';
import { ErrorBanner, SaveBar } from './SaveBar.tsx';
import { useSave } from './use-save.ts';

type Names = Record<string, { name: string; description: string | null }>;

/** The site's languages other than the default, in which a section or tag has its own name. */
export const otherLanguages = (d: { languages: string[]; defaultLanguage: string }) =>
  d.languages.filter((l) => l !== d.defaultLanguage);

/** Names as typed: an empty one is sent as null, which removes it (the base name shows). */
function namesToSend(names: Names, languages: string[]): Record<string, Names[string] | null> {
  return Object.fromEntries(
    languages.map((l) => {
      const n = names[l];
      return [l, n && n.name.trim() ? { name: n.name, description: n.description?.trim() || null } : null];
    }),
  );
}

/** One section's form: its name in each language, description, colour and place in the menu. */
function SectionForm({
  section,
  data,
  onSaved,
  onRemoved,
}: {
  section: SectionView;
  data: SectionsData;
  onSaved: (s: SectionView) => void;
  onRemoved: () => void;
}) {
  const [draft, setDraft] = useState(section);
  const { saving, error, issues, status, run } = useSave();
  const others = otherLanguages(data);
  const prefix = `nd-section-${section.slug}`;
  const setName = (l: string, name: string) =>
    setDraft({
      ...draft,
      names: { ...draft.names, [l]: { name, description: draft.names[l]?.description ?? null } },
    });

  const save = async (ev: Event) => {
    ev.preventDefault();
    const body: SectionChange = {
      name: draft.name,
      description: draft.description?.trim() || null,
      color: draft.color || null,
      position: draft.position,
      names: namesToSend(draft.names, others),
    };
    await run(async () => {
      const saved = (await api<{ data: SectionView }>('PUT', `/settings/sections/${section.id}`, body)).data;
      setDraft(saved);
      onSaved(saved);
    });
  };
  const remove = async () => {
    if (!confirm(t('taxonomy.removeConfirm', { name: section.name }))) return;
    if (await run(() => api('DELETE', `/settings/sections/${section.id}`))) onRemoved();
  };

  return (
    <form class="nd-fieldset nd-section-form" onSubmit={(ev) => void save(ev)} noValidate>
      <h3>
        {section.name} <code>/{section.slug}/</code>{' '}
        <span class="nd-hint">{t('taxonomy.articles', { count: section.articles })}</span>
      </h3>
      <ErrorBanner error={error} />
      <Field
        idPrefix={prefix}
        name="name"
        label={t('taxonomy.nameIn', { language: data.defaultLanguage.toUpperCase() })}
        value={draft.name}
        lang={data.defaultLanguage}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, name: v })}
      />
      <NamesInLanguages
        idPrefix={prefix}
        languages={others}
        valueOf={(l) => draft.names[l]?.name ?? ''}
        issues={issues}
        onInput={setName}
      />
      <Field
        idPrefix={prefix}
        name="description"
        label={t('taxonomy.description')}
        value={draft.description ?? ''}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, description: v })}
      />
      <Field
        idPrefix={prefix}
        name="position"
        type="number"
        label={t('taxonomy.position')}
        value={draft.position}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, position: v.trim() === '' ? Number.NaN : Number(v) })}
      />
      <Field
        idPrefix={prefix}
        name="color"
        label={t('taxonomy.color')}
        value={draft.color ?? ''}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, color: v.trim() || null })}
      />
      <SaveBar saving={saving} status={status}>
        <button
          type="button"
          class="nd-button nd-button-danger"
          disabled={saving || section.articles > 0}
          title={section.articles > 0 ? t('taxonomy.removeBusy') : undefined}
          onClick={() => void remove()}
        >
          {t('common.remove')}
        </button>
      </SaveBar>
    </form>
  );
}

/** Adds a section: its address (slug) and name in the default language, other names optional. */
function NewSectionForm({ data, onCreated }: { data: SectionsData; onCreated: (s: SectionView) => void }) {
  const empty = { slug: '', name: '', names: {} as Names };
  const [draft, setDraft] = useState(empty);
  const { saving, error, issues, status, run } = useSave();
  const others = otherLanguages(data);

  const create = async (ev: Event) => {
    ev.preventDefault();
    const body: SectionCreate = {
      slug: draft.slug.trim(),
      name: draft.name,
      names: Object.fromEntries(
        Object.entries(namesToSend(draft.names, others)).filter(([, n]) => n !== null),
      ),
    };
    await run(async () => {
      onCreated((await api<{ data: SectionView }>('POST', '/settings/sections', body)).data);
      setDraft(empty);
    });
  };

  return (
    <form class="nd-fieldset" onSubmit={(ev) => void create(ev)} noValidate>
      <h3>{t('taxonomy.newSection')}</h3>
      <ErrorBanner error={error} />
      <Field
        idPrefix="nd-new-section"
        name="slug"
        label={t('taxonomy.slug')}
        value={draft.slug}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, slug: v })}
      />
      <Field
        idPrefix="nd-new-section"
        name="name"
        label={t('taxonomy.nameIn', { language: data.defaultLanguage.toUpperCase() })}
        value={draft.name}
        lang={data.defaultLanguage}
        issues={issues}
        onInput={(v) => setDraft({ ...draft, name: v })}
      />
      <NamesInLanguages
        idPrefix="nd-new-section"
        languages={others}
        valueOf={(l) => draft.names[l]?.name ?? ''}
        issues={issues}
        onInput={(l, v) =>
          setDraft({ ...draft, names: { ...draft.names, [l]: { name: v, description: null } } })
        }
      />
      <SaveBar saving={saving} status={status} label={t('taxonomy.add')} />
    </form>
  );
}

/** Every section, each with its own form, in menu order, and a form to add one. */
export function SectionsPanel() {
  const [data, setData] = useState<SectionsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Said here, not in the form: a removed or added section's form is gone or new after the reload.
  const [notice, setNotice] = useState('');
  const load = () =>
    api<{ data: SectionsData }>('GET', '/settings/sections')
      .then((r) => setData(r.data))
      .catch((e: unknown) => setError(errorMessage(e)));
  useEffect(() => void load(), []);

  if (!data) return error ? <ErrorBanner error={error} /> : <p>{t('common.loading')}</p>;
  return (
    <section aria-labelledby="nd-sections-title">
      <h2 id="nd-sections-title">{t('taxonomy.sections')}</h2>
      <p class="nd-hint">{t('taxonomy.sectionsIntro')}</p>
      <p role="status" aria-live="polite" class="nd-hint">
        {notice}
      </p>
      {data.sections.map((s) => (
        <SectionForm
          key={`${s.id}:${s.position}`}
          section={s}
          data={data}
          onSaved={() => void load()}
          onRemoved={() => {
            setNotice(t('taxonomy.removedSection', { name: s.name }));
            void load();
          }}
        />
      ))}
      <NewSectionForm
        data={data}
        onCreated={(s) => {
          setNotice(t('taxonomy.addedSection', { name: s.name }));
          void load();
        }}
      />
    </section>
  );
}
