import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';
import type { SiteSettingsChange, SiteSettingsView } from '../../../../contract/site-settings.ts';
import { SettingsNav } from './SettingsNav.tsx';

type Issues = Record<string, string>;

/** A number field's value; empty is NaN, which the server refuses naming the field. */
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

/** A labelled input with its error (the server names the field: `publisher.email`, `textSize`). */
function Field({
  name,
  label,
  value,
  type = 'text',
  issues,
  onInput,
}: {
  name: string;
  label: string;
  value: string | number;
  type?: 'text' | 'number' | 'email';
  issues: Issues;
  onInput: (v: string) => void;
}) {
  const id = `nd-site-${name.replace('.', '-')}`;
  const error = issues[name];
  return (
    <div class="nd-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error ? (
        <p class="nd-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

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

/** Name, tagline (with its translations into the site's other languages) and page size. */
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
    </fieldset>
  );
}

/**
 * The site's name and tagline, how many articles a listing page shows, the bounds of the
 * reader's text-size control and the publisher's details (admins only; readers see a change on
 * their next request).
 */
export function SiteSettingsScreen() {
  const [s, setS] = useState<SiteSettingsView | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api<{ data: SiteSettingsView }>('GET', '/settings/site')
      .then((r) => setS(r.data))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (!s) return;
    setSaving(true);
    setError(null);
    setIssues({});
    setStatus('');
    try {
      // The site's languages are shown, not changed here: PUT takes the rest.
      const { languages: _languages, defaultLanguage: _default, ...change } = s;
      const body: SiteSettingsChange = change;
      setS((await api<{ data: SiteSettingsView }>('PUT', '/settings/site', body)).data);
      setStatus(t('settings.saved'));
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError) setIssues(Object.fromEntries(e.issues.map((i) => [i.field, i.message])));
    } finally {
      setSaving(false);
    }
  };

  const size = (key: keyof SiteSettingsView['textSize']) => (v: string) =>
    s && setS({ ...s, textSize: { ...s.textSize, [key]: num(v) } });
  const publisher = (key: keyof SiteSettingsView['publisher']) => (v: string) =>
    s && setS({ ...s, publisher: { ...s.publisher, [key]: v } });

  return (
    <div>
      <SettingsNav current="site" />
      <h1>{t('siteSettings.title')}</h1>
      <p class="nd-hint">{t('siteSettings.intro')}</p>
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
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
          <div class="nd-actions">
            <button type="submit" class="nd-button nd-button-primary" disabled={saving}>
              {t('common.save')}
            </button>
            <p role="status" aria-live="polite" class="nd-hint">
              {status}
            </p>
          </div>
        </form>
      )}
    </div>
  );
}
