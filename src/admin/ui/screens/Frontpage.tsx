import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage, query } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { ComponentChildren } from 'preact';
import type {
  ArticleListItem,
  Frontpage,
  FrontpageLayoutBody,
  FrontpageSlot,
} from '../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../contract/site.ts';
import type { Page } from '../../../contract/wire.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { LayoutForm } from './frontpage/LayoutForm.tsx';

/** A place's name: the lead (with "two leads", the second place is the second lead), then the top stories. */
export function slotName(slot: string, twoLeads = false): string {
  if (slot === 'lead') return t('frontpage.lead');
  const m = /^top-(\d+)$/.exec(slot);
  if (!m) return slot;
  const n = Number(m[1]);
  if (twoLeads) return n === 1 ? t('frontpage.secondLead') : t('frontpage.top', { n: n - 1 });
  return t('frontpage.top', { n });
}

type Answer = { data: Frontpage };

/**
 * The front page per language: its layout (template, number of places, section rows), and what
 * fills each place now — editors place published articles into the places.
 */
export function FrontpageScreen({ site, me }: { site: SiteInfo; me: Me }) {
  const [language, setLanguage] = useState(site.defaultLanguage);
  const [front, setFront] = useState<Frontpage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const canCurate = me.permissions.includes('frontpage.curate');

  useEffect(() => {
    setFront(null);
    api<Answer>('GET', `/frontpage${query({ language })}`)
      .then((r) => setFront(r.data))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [language]);
  const twoLeads = front?.layout.template === 'two-leads';

  const place = async (slot: string, article: { id: string; headline: string } | null) => {
    setError(null);
    try {
      const r = await api<Answer>('PUT', `/frontpage/${language}/${slot}`, {
        articleId: article?.id ?? null,
      });
      setFront(r.data);
      setStatus(
        article
          ? t('frontpage.placed', { headline: article.headline, slot: slotName(slot, twoLeads) })
          : t('frontpage.emptied', { slot: slotName(slot, twoLeads) }),
      );
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const saveLayout = async (layout: FrontpageLayoutBody) => {
    setError(null);
    try {
      const r = await api<Answer>('PUT', `/frontpage/${language}`, layout);
      setFront(r.data);
      setStatus(t('frontpage.layoutSaved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const resize = (by: number) =>
    front ? saveLayout({ ...front.layout, slots: front.layout.slots + by }) : Promise.resolve();

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
      {front === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <LayoutForm
            layout={front.layout}
            limits={front.limits}
            sections={site.sections}
            disabled={!canCurate}
            onSave={saveLayout}
          />
          <h2>{t('frontpage.placesTitle', { count: front.slots.length })}</h2>
          <ol class={twoLeads ? 'nd-slots nd-slots-two-leads' : 'nd-slots'}>
            {front.slots.map((s) => (
              <SlotCard
                key={s.slot}
                s={s}
                name={slotName(s.slot, twoLeads)}
                languageName={site.languages.find((l) => l.code === s.article?.language)?.name ?? ''}
                picker={
                  canCurate ? (
                    <SlotPicker
                      slot={s.slot}
                      name={slotName(s.slot, twoLeads)}
                      language={language}
                      filled={!!s.article || s.hidden}
                      onPlace={place}
                      onError={setError}
                    />
                  ) : null
                }
              />
            ))}
          </ol>
          {canCurate ? (
            <PlaceButtons
              count={front.layout.slots}
              min={twoLeads ? 2 : 1}
              max={front.limits.slots}
              onResize={(by) => void resize(by)}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

/** Adds a place at the end, or removes the last one (emptying it), within the layout's bounds. */
function PlaceButtons(p: { count: number; min: number; max: number; onResize: (by: number) => void }) {
  return (
    <p class="nd-actions">
      <button type="button" class="nd-button" disabled={p.count >= p.max} onClick={() => p.onResize(1)}>
        {t('frontpage.addPlace')}
      </button>{' '}
      <button
        type="button"
        class="nd-button nd-button-quiet"
        disabled={p.count <= p.min}
        onClick={() => p.onResize(-1)}
      >
        {t('frontpage.removePlace')}
      </button>
    </p>
  );
}

/** One place: what an editor put there (picture, headline, language, when), and what readers see now. */
function SlotCard({
  s,
  name,
  languageName,
  picker,
}: {
  s: FrontpageSlot;
  name: string;
  languageName: string;
  picker: ComponentChildren;
}) {
  return (
    <li class="nd-slot">
      <h3>{name}</h3>
      {s.article ? (
        <div class="nd-slot-article">
          {s.article.picture ? (
            <img src={s.article.picture.src} alt="" width={64} height={36} loading="lazy" />
          ) : null}
          <p>
            <a href={`/admin/articles/${s.article.id}`} lang={s.article.language}>
              {s.article.headline}
            </a>{' '}
            <StatusBadge status={s.article.status} />
            <br />
            <span class="nd-hint">
              {t('frontpage.placedAt', {
                language: languageName || s.article.language,
                at: formatDateTime(s.placedAt),
              })}
            </span>
          </p>
        </div>
      ) : (
        <p class="nd-hint">{s.hidden ? t('frontpage.hidden') : t('frontpage.empty')}</p>
      )}
      {s.now && s.now.id !== s.article?.id ? (
        <p class="nd-slot-now">
          {t('frontpage.now')} <a href={`/admin/articles/${s.now.id}`}>{s.now.headline}</a>
        </p>
      ) : null}
      {picker}
    </li>
  );
}

function SlotPicker({
  slot,
  name,
  language,
  filled,
  onPlace,
  onError,
}: {
  slot: string;
  /** The place's name in words. */
  name: string;
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
        <label for={id}>{t('frontpage.find', { slot: name })}</label>
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
