import { useState } from 'preact/hooks';
import type { EditorArticle } from '../../../../contract/articles.ts';
import type { SiteInfo } from '../../../../contract/site.ts';
import { api, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';
import { navigate } from '../../router.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

/** The story in other languages, and starting a translation into one still missing. */
export function Translations({ article, site }: { article: EditorArticle; site: SiteInfo }) {
  const missing = site.languages.filter(
    (l) => l.code !== article.language && !article.translations.some((x) => x.language === l.code),
  );
  const [lang, setLang] = useState(missing[0]?.code ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startTranslation = async () => {
    setBusy(true);
    try {
      const res = await api<{ data: EditorArticle }>('POST', `/articles/${article.id}/translations`, {
        language: lang,
      });
      navigate(`/admin/articles/${res.data.id}`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="nd-panel" aria-labelledby="nd-panel-translations">
      <h2 id="nd-panel-translations">{t('editor.translations')}</h2>
      {article.translations.length ? (
        <ul class="nd-plain-list">
          {article.translations.map((x) => (
            <li key={x.id}>
              {x.headline === null ? (
                <span class="nd-hint">{t('editor.translationHidden')}</span>
              ) : (
                <a href={`/admin/articles/${x.id}`} lang={x.language}>
                  {x.headline}
                </a>
              )}{' '}
              <span class="nd-hint">
                ({site.languages.find((l) => l.code === x.language)?.name ?? x.language},{' '}
                <StatusBadge status={x.status} plain />)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="nd-hint">{t('editor.noTranslations')}</p>
      )}
      {missing.length ? (
        <form
          class="nd-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void startTranslation();
          }}
        >
          <label for="nd-translate-to">{t('editor.translateTo')}</label>
          <select id="nd-translate-to" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
            {missing.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          <button type="submit" class="nd-button" disabled={busy}>
            {t('editor.startTranslation')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p class="nd-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
