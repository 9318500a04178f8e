import { t } from '../../i18n.ts';
import type { Issues } from './use-save.ts';

/** A labelled input with the server's message for it (the server names the field: `names.ru`). */
export function Field({
  idPrefix,
  name,
  label,
  value,
  type = 'text',
  issues,
  lang,
  onInput,
}: {
  idPrefix: string;
  name: string;
  label: string;
  value: string | number;
  type?: 'text' | 'number' | 'email' | 'color';
  issues: Issues;
  /** The language the value is written in, when not the newsroom's (spell-checking, screen readers). */
  lang?: string;
  onInput: (v: string) => void;
}) {
  const id = `${idPrefix}-${name.replace(/\./g, '-')}`;
  const error = issues[name];
  return (
    <div class="nd-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        lang={lang}
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

/** A name field per language (`names.<code>`), each marked with its language. */
export function NamesInLanguages({
  idPrefix,
  languages,
  valueOf,
  issues,
  onInput,
}: {
  idPrefix: string;
  languages: string[];
  valueOf: (language: string) => string;
  issues: Issues;
  onInput: (language: string, value: string) => void;
}) {
  return (
    <>
      {languages.map((l) => (
        <Field
          key={l}
          idPrefix={idPrefix}
          name={`names.${l}`}
          label={t('taxonomy.nameInOther', { language: l.toUpperCase() })}
          value={valueOf(l)}
          lang={l}
          issues={issues}
          onInput={(v) => onInput(l, v)}
        />
      ))}
    </>
  );
}
