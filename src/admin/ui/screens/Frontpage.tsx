import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage, query } from '../api.ts';
import { t } from '../i18n.ts';
import type { ArticleListItem, FrontpageSlot } from '../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../contract/site.ts';
import type { Page } from '../../../contract/wire.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';

export function slotName(slot: string): string {
  if (slot === 'lead') return t('frontpage.lead');
  const m = /^top-(\d+)$/.exec(slot);
  return m ? t('frontpage.top', { n: Number(m[1]) }) : slot;
}

/** Front-page curation: editors place published articles into the named slots, per language. */
export function FrontpageScreen({ site, me }: { site: SiteInfo; me: Me }) {
  const [language, setLanguage] = useState(site.defaultLanguage);
  const [slots, setSlots] = useState<FrontpageSlot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const canCurate = me.permissions.includes('frontpage.curate');

  useEffect(() => {
    setSlots(null);
    api<{ data: { slots: FrontpageSlot[] } }>('GET', `/frontpage${query({ language })}`)
      .then((r) => setSlots(r.data.slots))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [language]);

  const place = async (slot: string, article: { id: string; headline: string } | null) => {
    setError(null);
    try {
      const r = await api<{ data: { slots: FrontpageSlot[] } }>('PUT', `/frontpage/${language}/${slot}`, {
        articleId: article?.id ?? null,
      });
      setSlots(r.data.slots);
      setStatus(
        article
          ? t('frontpage.placed', { headline: article.headline, slot: slotName(slot) })
          : t('frontpage.emptied', { slot: slotName(slot) }),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div>
      <h1>{t('frontpage.title')}</h1>
      <p class="nd-hint">{t('frontpage.intro')}</p>
      <div class="nd-field nd-field-inline">
        <label for="nd-fp-language">{t('list.language')}</label>
        <select id="nd-fp-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          {site.languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" class="nd-hint">
        {status}
      </p>
      {slots === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <ol class="nd-slots">
          {slots.map((s) => (
            <li key={s.slot} class="nd-slot">
              <h2>{slotName(s.slot)}</h2>
              {s.article ? (
                <p>
                  <a href={`/admin/articles/${s.article.id}`}>{s.article.headline}</a>{' '}
                  <StatusBadge status={s.article.status} />
                </p>
              ) : (
                <p class="nd-hint">{s.hidden ? t('frontpage.hidden') : t('frontpage.empty')}</p>
              )}
              {s.now && s.now.id !== s.article?.id ? (
                <p class="nd-slot-now">
                  {t('frontpage.now')} <a href={`/admin/articles/${s.now.id}`}>{s.now.headline}</a>
                </p>
              ) : null}
              {canCurate ? (
                <SlotPicker
                  slot={s.slot}
                  language={language}
                  filled={!!s.article || s.hidden}
                  onPlace={place}
                  onError={setError}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SlotPicker({
  slot,
  language,
  filled,
  onPlace,
  onError,
}: {
  slot: string;
  language: string;
  filled: boolean;
  onPlace: (slot: string, a: { id: string; headline: string } | null) => Promise<void>;
  /** A search that failed says why (in the screen's error banner). */
  onError: (message: string) => void;
}) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ArticleListItem[] | null>(null);
  const id = `nd-slot-${slot}`;
  const search = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api<Page<ArticleListItem>>(
        'GET',
        `/articles${query({ status: 'published', language, q })}`,
      );
      setFound(r.data.slice(0, 10));
    } catch (err) {
      onError(errorMessage(err));
    }
  };
  return (
    <div>
      <form class="nd-inline-form" onSubmit={(e) => void search(e)}>
        <label for={id}>{t('frontpage.find', { slot: slotName(slot) })}</label>
        <input id={id} type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit" class="nd-button">
          {t('common.search')}
        </button>
        {filled ? (
          <button type="button" class="nd-button nd-button-quiet" onClick={() => void onPlace(slot, null)}>
            {t('frontpage.clear')}
          </button>
        ) : null}
      </form>
      {found ? (
        found.length ? (
          <ul class="nd-plain-list">
            {found.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  class="nd-button nd-button-quiet"
                  onClick={() => {
                    setFound(null);
                    void onPlace(slot, a);
                  }}
                >
                  {t('frontpage.put', { headline: a.headline })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="nd-hint">{t('frontpage.noneFound')}</p>
        )
      ) : null}
    </div>
  );
}
