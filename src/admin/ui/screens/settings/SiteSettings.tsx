import type { Me, SiteInfo } from '../../../../contract/site.ts';
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';
import type { SiteSettingsChange, SiteSettingsView } from '../../../../contract/site-settings.ts';
import { Field as AnyField } from './Field.tsx';
import { MenusFields } from './MenusFields.tsx';
import { ErrorBanner, SaveBar } from './SaveBar.tsx';
import { SettingsNav } from './SettingsNav.tsx';
import { useSave, type Issues } from './use-save.ts';

const Field = (props: Omit<Parameters<typeof AnyField>[0], 'idPrefix'>) => (
  <AnyField idPrefix="nd-site" {...props} />
);

/** A number field's value; empty is NaN, which the server refuses naming the field. */
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

/** The bounds of the reader's text-size control; `textSize` errors are about them together. */
function TextSizeFields({
  value,
  issues,
  onInput,
}: {
  value: SiteSettingsView['textSize'];
  issues: Issues;
  onInput: (k: keyof SiteSettingsView['textSize']) => (v: string) => void;
}) {
  return (
    <fieldset class="nd-fieldset">
      <legend>{t('siteSettings.textSize')}</legend>
      {issues.textSize ? <p class="nd-error">{issues.textSize}</p> : null}
      {(['min', 'default', 'max', 'step'] as const).map((k) => (
        <Field
          key={k}
          name={`textSize.${k}`}
          type="number"
          label={t('siteSettings.textSizePart', { part: k })}
          value={Number.isNaN(value[k]) ? '' : value[k]}
          issues={issues}
          onInput={onInput(k)}
        />
      ))}
    </fieldset>
  );
}

/** Name, tagline (with its translations into the site's other languages), page size and brand colour. */
function IdentityFields({
  s,
  issues,
  setS,
}: {
  s: SiteSettingsView;
  issues: Issues;
  setS: (next: SiteSettingsView) => void;
}) {
  const text = (key: 'name' | 'tagline') => (v: string) => setS({ ...s, [key]: v });
  const tagline = (language: string) => (v: string) =>
    setS({ ...s, taglines: { ...s.taglines, [language]: v } });
  return (
    <fieldset class="nd-fieldset">
      <legend>{t('siteSettings.identity')}</legend>
      <Field
        name="name"
        label={t('siteSettings.name')}
        value={s.name}
        issues={issues}
        onInput={text('name')}
      />
      <Field
        name="tagline"
        label={t('siteSettings.tagline')}
        value={s.tagline}
        issues={issues}
        onInput={text('tagline')}
      />
      {s.languages
        .filter((l) => l !== s.defaultLanguage)
        .map((l) => (
          <Field
            key={l}
            name={`taglines.${l}`}
            label={t('siteSettings.taglineIn', { language: l.toUpperCase() })}
            value={s.taglines[l] ?? ''}
            issues={issues}
            onInput={tagline(l)}
          />
        ))}
      <Field
        name="pageSize"
        type="number"
        label={t('siteSettings.pageSize')}
        value={Number.isNaN(s.pageSize) ? '' : s.pageSize}
        issues={issues}
        onInput={(v) => setS({ ...s, pageSize: num(v) })}
      />
      <Field
        name="brandColor"
        type="color"
        label={t('siteSettings.brandColor')}
        value={s.brandColor}
        issues={issues}
        onInput={(v) => setS({ ...s, brandColor: v })}
      />
    </fieldset>
  );
}

/**
 * The site's name and tagline, how many articles a listing page shows, the bounds of the
 * reader's text-size control, the publisher's details and the header and footer menus (admins only; readers see a change on
 * their next request).
 */
export function SiteSettingsScreen({ me, sections }: { me: Me; sections: SiteInfo['sections'] }) {
  const [s, setS] = useState<SiteSettingsView | null>(null);
  const { saving, error, setError, issues, status, run } = useSave();

  useEffect(() => {
    api<{ data: SiteSettingsView }>('GET', '/settings/site')
      .then((r) => setS(r.data))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (!s) return;
    // The site's languages are shown, not changed here: PUT takes the rest.
    const { languages: _languages, defaultLanguage: _default, ...change } = s;
    const body: SiteSettingsChange = change;
    await run(async () => setS((await api<{ data: SiteSettingsView }>('PUT', '/settings/site', body)).data));
  };

  const size = (key: keyof SiteSettingsView['textSize']) => (v: string) =>
    s && setS({ ...s, textSize: { ...s.textSize, [key]: num(v) } });
  const publisher = (key: keyof SiteSettingsView['publisher']) => (v: string) =>
    s && setS({ ...s, publisher: { ...s.publisher, [key]: v } });

  return (
    <div>
      <SettingsNav current="site" me={me} />
      <h1>{t('siteSettings.title')}</h1>
      <p class="nd-hint">{t('siteSettings.intro')}</p>
      <ErrorBanner error={error} />
      {s === null ? (
        error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : (
        <form onSubmit={(ev) => void save(ev)} noValidate>
          <IdentityFields s={s} issues={issues} setS={setS} />
          <TextSizeFields value={s.textSize} issues={issues} onInput={size} />
          <fieldset class="nd-fieldset">
            <legend>{t('siteSettings.publisher')}</legend>
            {(['legalName', 'address', 'email'] as const).map((k) => (
              <Field
                key={k}
                name={`publisher.${k}`}
                type={k === 'email' ? 'email' : 'text'}
                label={t('siteSettings.publisherPart', { part: k })}
                value={s.publisher[k]}
                issues={issues}
                onInput={publisher(k)}
              />
            ))}
          </fieldset>
          <MenusFields
            menus={s.menus}
            sections={sections}
            languages={s.languages}
            issues={issues}
            onChange={(menus) => setS({ ...s, menus })}
          />
          <SaveBar saving={saving} status={status} />
        </form>
      )}
    </div>
  );
}
