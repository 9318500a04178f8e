import { useEffect, useId, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { t } from '../i18n.ts';
import type { Byline, Source } from '../../../contract/articles.ts';

/** Tags as removable chips; a new one is made by typing it and pressing Enter (or a comma). */
export function TagInput({
  id,
  tags,
  language,
  disabled,
  onChange,
  describedBy,
}: {
  id: string;
  tags: string[];
  language: string;
  disabled: boolean;
  onChange: (tags: string[]) => void;
  describedBy?: string | undefined;
}) {
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const listId = useId();
  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setSuggestions([]);
      return;
    }
    const timer = setTimeout(() => {
      api<{ data: { name: string }[] }>('GET', `/tags${query({ q, language })}`)
        .then((r) => setSuggestions(r.data.map((x) => x.name)))
        .catch(() => setSuggestions([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [text, language]);
  const add = (raw: string) => {
    const name = raw.trim().replace(/,$/, '').trim();
    setText('');
    if (!name || tags.some((x) => x.toLowerCase() === name.toLowerCase())) return;
    onChange([...tags, name]);
  };
  return (
    <div class="nd-tags">
      {tags.length ? (
        <ul class="nd-chips" aria-label={t('editor.tags')}>
          {tags.map((tag) => (
            <li key={tag} class="nd-chip">
              <span>{tag}</span>
              {!disabled ? (
                <button
                  type="button"
                  class="nd-chip-remove"
                  aria-label={t('editor.removeTag', { tag })}
                  onClick={() => onChange(tags.filter((x) => x !== tag))}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        value={text}
        list={listId}
        disabled={disabled}
        aria-describedby={describedBy}
        onInput={(e) => {
          const v = e.currentTarget.value;
          if (v.endsWith(',')) add(v);
          else setText(v);
        }}
        // The field's own value, not the last render's: Enter right after typing (before the
        // re-render) must not lose the tag.
        onKeyDown={(e) => {
          const value = e.currentTarget.value;
          if (e.key === 'Enter') {
            e.preventDefault();
            add(value);
          } else if (e.key === 'Backspace' && !value && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={(e) => e.currentTarget.value.trim() && add(e.currentTarget.value)}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}

/** Bylines: a name and an optional role per author. */
export function AuthorsInput({
  authors,
  disabled,
  onChange,
  error,
}: {
  authors: Byline[];
  disabled: boolean;
  onChange: (a: Byline[]) => void;
  error?: string | undefined;
}) {
  const set = (i: number, patch: Partial<Byline>) =>
    onChange(authors.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset class="nd-fieldset">
      <legend>{t('editor.authors')}</legend>
      {authors.map((a, i) => (
        <div class="nd-row nd-row-wrap" key={i}>
          <div class="nd-field">
            <label for={`nd-author-${i}`}>{t('editor.authorName', { n: i + 1 })}</label>
            <input
              id={`nd-author-${i}`}
              value={a.name}
              disabled={disabled}
              onInput={(e) => set(i, { name: e.currentTarget.value })}
            />
          </div>
          <div class="nd-field">
            <label for={`nd-author-role-${i}`}>{t('editor.authorRole', { n: i + 1 })}</label>
            <input
              id={`nd-author-role-${i}`}
              value={a.role ?? ''}
              disabled={disabled}
              onInput={(e) => set(i, { role: e.currentTarget.value || null })}
            />
          </div>
          {!disabled ? (
            <button
              type="button"
              class="nd-button nd-button-quiet"
              aria-label={t('editor.removeAuthor', { n: i + 1 })}
              onClick={() => onChange(authors.filter((_, j) => j !== i))}
            >
              {t('common.remove')}
            </button>
          ) : null}
        </div>
      ))}
      {error ? <p class="nd-error">{error}</p> : null}
      {!disabled ? (
        <button
          type="button"
          class="nd-button"
          onClick={() => onChange([...authors, { name: '', role: null }])}
        >
          {t('editor.addAuthor')}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Source citations: the outlet, whom it cites, and a link when there is one. */
export function SourcesInput({
  sources,
  disabled,
  onChange,
  error,
}: {
  sources: Source[];
  disabled: boolean;
  onChange: (s: Source[]) => void;
  error?: string | undefined;
}) {
  const set = (i: number, patch: Partial<Source>) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset class="nd-fieldset">
      <legend>{t('editor.sources')}</legend>
      {sources.map((s, i) => (
        <div class="nd-row nd-row-wrap" key={i}>
          <div class="nd-field">
            <label for={`nd-src-outlet-${i}`}>{t('editor.sourceOutlet', { n: i + 1 })}</label>
            <input
              id={`nd-src-outlet-${i}`}
              value={s.outlet}
              disabled={disabled}
              onInput={(e) => set(i, { outlet: e.currentTarget.value })}
            />
          </div>
          <div class="nd-field">
            <label for={`nd-src-citing-${i}`}>{t('editor.sourceCiting', { n: i + 1 })}</label>
            <input
              id={`nd-src-citing-${i}`}
              value={s.citing ?? ''}
              disabled={disabled}
              onInput={(e) => set(i, { citing: e.currentTarget.value || null })}
            />
          </div>
          <div class="nd-field">
            <label for={`nd-src-url-${i}`}>{t('editor.sourceUrl', { n: i + 1 })}</label>
            <input
              id={`nd-src-url-${i}`}
              type="url"
              value={s.url ?? ''}
              disabled={disabled}
              onInput={(e) => set(i, { url: e.currentTarget.value || null })}
            />
          </div>
          {!disabled ? (
            <button
              type="button"
              class="nd-button nd-button-quiet"
              aria-label={t('editor.removeSource', { n: i + 1 })}
              onClick={() => onChange(sources.filter((_, j) => j !== i))}
            >
              {t('common.remove')}
            </button>
          ) : null}
        </div>
      ))}
      {error ? <p class="nd-error">{error}</p> : null}
      {!disabled ? (
        <button
          type="button"
          class="nd-button"
          onClick={() => onChange([...sources, { outlet: '', citing: null, url: null }])}
        >
          {t('editor.addSource')}
        </button>
      ) : null}
    </fieldset>
  );
}
