import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { Reading } from '../../../contract/analysis.ts';

type EntityKind = 'people' | 'places' | 'orgs' | 'equipment';
type ReviewItem = Reading['items'][number];
type ItemKind = ReviewItem['kind'];

const ITEM_KIND: Record<EntityKind, ItemKind> = {
  people: 'person',
  places: 'place',
  orgs: 'org',
  equipment: 'equipment',
};

/** The review state of each item of a kind, in the order of the facts list. */
function itemsByKind(items: ReviewItem[]): Record<ItemKind, ReviewItem[]> {
  const out: Record<ItemKind, ReviewItem[]> = {
    person: [],
    place: [],
    org: [],
    equipment: [],
    quote: [],
    event: [],
    conflict: [],
  };
  for (const i of items) out[i.kind].push(i);
  return out;
}

/** Whether readers see the item, and a button to approve it or withdraw the approval. */
function ReviewControls({
  item,
  edited,
  label,
  canCorrect,
  onApprove,
  onWithdraw,
}: {
  item: ReviewItem | undefined;
  edited: boolean;
  label: string;
  canCorrect: boolean;
  onApprove: (key: string) => void;
  onWithdraw: (key: string) => void;
}) {
  if (!item) return null;
  const state = item.shown
    ? t('analysis.shown')
    : item.approved
      ? t('analysis.approved')
      : t('analysis.waiting');
  return (
    <span class="nd-review">
      <span
        class={`nd-badge ${item.shown ? 'nd-status-published' : item.approved ? 'nd-status-scheduled' : 'nd-badge-warn'}`}
        data-review-state={item.shown ? 'shown' : item.approved ? 'approved' : 'waiting'}
      >
        {state}
      </span>
      <span class="nd-hint">{t('analysis.confidence', { confidence: item.confidence })}</span>
      {canCorrect && !item.approved ? (
        <button type="button" class="nd-link-button" onClick={() => onApprove(item.key)}>
          {t('analysis.approve')}
          <span class="nd-visually-hidden"> {label}</span>
        </button>
      ) : null}
      {canCorrect && item.approved && !edited ? (
        <button type="button" class="nd-link-button" onClick={() => onWithdraw(item.key)}>
          {t('analysis.unapprove')}
          <span class="nd-visually-hidden"> {label}</span>
        </button>
      ) : null}
    </span>
  );
}

const KINDS: EntityKind[] = ['people', 'places', 'orgs', 'equipment'];
const kindLabel = (k: EntityKind) =>
  k === 'people'
    ? t('analysis.people')
    : k === 'places'
      ? t('analysis.places')
      : k === 'orgs'
        ? t('analysis.orgs')
        : t('analysis.equipment');

/**
 * What story intelligence read in the article (who, where, who said what, when), whether readers
 * see each item, and for editors: approving items for readers (one by one or all at once),
 * withdrawing approvals, hiding the article's panels from readers, and corrections — rename,
 * merge or drop an entity, fix or drop a quote's speaker, drop an event, add a person.
 * Corrections are kept apart from the machine's reading and always win over it.
 */
export function AnalysisPanel({
  articleId,
  version,
  canCorrect,
}: {
  articleId: string;
  version: number;
  canCorrect: boolean;
}) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ kind: EntityKind; name: string; to: string } | null>(null);
  const [person, setPerson] = useState({ name: '', role: '' });
  const [merge, setMerge] = useState<{ kind: EntityKind; from: string; into: string }>({
    kind: 'people',
    from: '',
    into: '',
  });

  const load = async () => {
    try {
      setReading((await api<{ data: Reading }>('GET', `/articles/${articleId}/analysis`)).data);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void load();
  }, [articleId, version]);

  const correct = async (correction: Record<string, unknown>) => {
    try {
      setReading(
        (await api<{ data: Reading }>('POST', `/articles/${articleId}/analysis/corrections`, correction))
          .data,
      );
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const send = async (method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
    try {
      setReading((await api<{ data: Reading }>(method, `/articles/${articleId}/analysis${path}`, body)).data);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const approve = (keys: string[] | 'all') =>
    send('POST', '/approvals', keys === 'all' ? { all: true } : { keys });
  const unapprove = (key: string) => send('DELETE', `/approvals/${encodeURIComponent(key)}`);
  const withdraw = async (id: string) => {
    try {
      setReading(
        (await api<{ data: Reading }>('DELETE', `/articles/${articleId}/analysis/corrections/${id}`)).data,
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!reading)
    return (
      <section class="nd-panel" aria-labelledby="nd-panel-analysis">
        <h2 id="nd-panel-analysis">{t('analysis.title')}</h2>
        {error ? (
          <p class="nd-error" role="alert">
            {error}
          </p>
        ) : (
          <p class="nd-hint">{t('analysis.loading')}</p>
        )}
      </section>
    );
  const f = reading.facts;
  const people = f.people.map((p) => p.name);
  const review = itemsByKind(reading.items);
  const controls = (kind: ItemKind, index: number, edited: boolean | undefined, label: string) => (
    <ReviewControls
      item={review[kind][index]}
      edited={edited === true}
      label={label}
      canCorrect={canCorrect}
      onApprove={(key) => void approve([key])}
      onWithdraw={(key) => void unapprove(key)}
    />
  );
  // Scare-quoted terms are not listed here (readers never see them): they do not count as waiting.
  const terms = new Set(review.quote.filter((_, i) => f.quotes[i]?.kind === 'term').map((i) => i.key));
  const waiting = reading.items.filter((i) => !i.approved && !terms.has(i.key)).length;
  return (
    <section class="nd-panel nd-analysis" aria-labelledby="nd-panel-analysis">
      <h2 id="nd-panel-analysis">{t('analysis.title')}</h2>
      <p class="nd-hint" data-story-facts={reading.mode}>
        {reading.mode === 'off'
          ? t('analysis.modeOff')
          : reading.mode === 'auto'
            ? t('analysis.modeAuto', { threshold: reading.autoThreshold })
            : t('analysis.modeReview')}
      </p>
      {reading.live ? <p class="nd-hint">{t('analysis.live')}</p> : null}
      {error ? (
        <p class="nd-error" role="alert">
          {error}
        </p>
      ) : null}
      {canCorrect ? (
        <div class="nd-actions">
          <button
            type="button"
            class="nd-button"
            disabled={waiting === 0}
            onClick={() => void approve('all')}
          >
            {t('analysis.approveAll', { count: waiting })}
          </button>
          <span class="nd-check">
            <input
              type="checkbox"
              id="nd-analysis-hidden"
              checked={reading.hidden}
              aria-describedby="nd-analysis-hidden-hint"
              onChange={(ev) => void send('PUT', '/display', { hidden: ev.currentTarget.checked })}
            />
            <label for="nd-analysis-hidden">{t('analysis.hide')}</label>
          </span>
          <p class="nd-hint" id="nd-analysis-hidden-hint">
            {t('analysis.hideHint')}
          </p>
        </div>
      ) : null}
      {KINDS.map((kind) => (
        <div key={kind}>
          <h3>{kindLabel(kind)}</h3>
          {f[kind].length ? (
            <ul class="nd-plain-list">
              {f[kind].map((e, index) => (
                <li key={e.name}>
                  {renaming && renaming.kind === kind && renaming.name === e.name ? (
                    <form
                      class="nd-inline-form"
                      onSubmit={(ev) => {
                        ev.preventDefault();
                        if (renaming.to.trim())
                          void correct({ op: 'rename', kind, from: e.name, to: renaming.to.trim() });
                        setRenaming(null);
                      }}
                    >
                      <label for={`nd-rename-${kind}`}>{t('analysis.renameTo', { name: e.name })}</label>
                      <input
                        id={`nd-rename-${kind}`}
                        value={renaming.to}
                        onInput={(ev) => setRenaming({ ...renaming, to: ev.currentTarget.value })}
                      />
                      <button type="submit" class="nd-button">
                        {t('analysis.save')}
                      </button>
                    </form>
                  ) : (
                    <>
                      <span class="nd-entity">{e.name}</span>
                      {e.role ? <span class="nd-hint"> — {e.role}</span> : null}{' '}
                      {controls(ITEM_KIND[kind], index, e.edited, e.name)}
                      {canCorrect ? (
                        <span class="nd-actions">
                          <button
                            type="button"
                            class="nd-link-button"
                            onClick={() => setRenaming({ kind, name: e.name, to: e.name })}
                          >
                            {t('analysis.rename')}
                            <span class="nd-visually-hidden"> {e.name}</span>
                          </button>
                          <button
                            type="button"
                            class="nd-link-button"
                            onClick={() => void correct({ op: 'drop', kind, name: e.name })}
                          >
                            {t('analysis.drop')}
                            <span class="nd-visually-hidden"> {e.name}</span>
                          </button>
                        </span>
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p class="nd-hint">{t('analysis.none')}</p>
          )}
        </div>
      ))}
      <h3>{t('analysis.quotes')}</h3>
      {f.quotes.filter((q) => q.kind !== 'term').length ? (
        <ul class="nd-plain-list">
          {f.quotes
            .map((q, index) => ({ q, index }))
            .filter(({ q }) => q.kind !== 'term')
            .map(({ q, index: i }) => (
              <li key={q.text8}>
                <q>{q.full_text.length > 140 ? `${q.full_text.slice(0, 140)}…` : q.full_text}</q>{' '}
                {controls('quote', i, q.edited, q.text8)}{' '}
                {canCorrect ? (
                  <span class="nd-inline-form">
                    <label for={`nd-speaker-${i}`}>{t('analysis.speaker')}</label>
                    <select
                      id={`nd-speaker-${i}`}
                      value={q.speaker ?? ''}
                      onChange={(ev) =>
                        void correct({
                          op: 'set-speaker',
                          text8: q.text8,
                          speaker: ev.currentTarget.value || null,
                        })
                      }
                    >
                      <option value="">{t('analysis.unknownSpeaker')}</option>
                      {[...new Set([...(q.speaker ? [q.speaker] : []), ...people])].map((p) => (
                        <option key={p} value={p}>
                          {p}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      class="nd-link-button"
                      onClick={() => void correct({ op: 'drop-quote', text8: q.text8 })}
                    >
                      {t('analysis.drop')}
                    </button>
                  </span>
                ) : (
                  <span class="nd-hint">— {q.speaker ?? t('analysis.unknownSpeaker')}</span>
                )}
              </li>
            ))}
        </ul>
      ) : (
        <p class="nd-hint">{t('analysis.none')}</p>
      )}
      <h3>{t('analysis.events')}</h3>
      {f.events.length ? (
        <ul class="nd-plain-list">
          {f.events.map((e, i) => (
            <li key={`${e.expression}|${e.iso}`}>
              <strong>{e.iso}</strong> {e.description} <span class="nd-hint">({e.expression})</span>{' '}
              {controls('event', i, e.edited, `${e.iso} ${e.description}`)}
              {canCorrect ? (
                <button
                  type="button"
                  class="nd-link-button"
                  onClick={() => void correct({ op: 'drop-event', expression: e.expression, iso: e.iso })}
                >
                  {t('analysis.drop')}
                  <span class="nd-visually-hidden">
                    {' '}
                    {e.iso} {e.description}
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="nd-hint">{t('analysis.none')}</p>
      )}
      {f.conflicts?.length ? (
        <>
          <h3>{t('analysis.conflicts')}</h3>
          <ul class="nd-plain-list">
            {f.conflicts.map((c, i) => (
              <li key={c.about}>
                {controls('conflict', i, c.edited, c.about)} {c.about}:{' '}
                {c.claims.map((cl) => (
                  <span key={cl.by}>
                    <q>{cl.text}</q> ({cl.by}){' '}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canCorrect ? (
        <>
          <form
            class="nd-inline-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (!person.name.trim()) return;
              void correct({ op: 'add-person', name: person.name.trim(), role: person.role.trim() || null });
              setPerson({ name: '', role: '' });
            }}
          >
            <h3>{t('analysis.addPerson')}</h3>
            <label for="nd-add-person">{t('analysis.name')}</label>
            <input
              id="nd-add-person"
              value={person.name}
              onInput={(ev) => setPerson({ ...person, name: ev.currentTarget.value })}
            />
            <label for="nd-add-role">{t('analysis.role')}</label>
            <input
              id="nd-add-role"
              value={person.role}
              onInput={(ev) => setPerson({ ...person, role: ev.currentTarget.value })}
            />
            <button type="submit" class="nd-button">
              {t('analysis.add')}
            </button>
          </form>
          <form
            class="nd-inline-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (!merge.from || !merge.into || merge.from === merge.into) return;
              void correct({
                op: 'merge',
                kind: merge.kind,
                names: [merge.into, merge.from],
                into: merge.into,
              });
            }}
          >
            <h3>{t('analysis.merge')}</h3>
            <label for="nd-merge-kind">{t('analysis.kind')}</label>
            <select
              id="nd-merge-kind"
              value={merge.kind}
              onChange={(ev) => setMerge({ kind: ev.currentTarget.value as EntityKind, from: '', into: '' })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
            <label for="nd-merge-from">{t('analysis.mergeFrom')}</label>
            <select
              id="nd-merge-from"
              value={merge.from}
              onChange={(ev) => setMerge({ ...merge, from: ev.currentTarget.value })}
            >
              <option value="" />
              {f[merge.kind].map((e) => (
                <option key={e.name} value={e.name}>
                  {e.name}
                </option>
              ))}
            </select>
            <label for="nd-merge-into">{t('analysis.mergeInto')}</label>
            <select
              id="nd-merge-into"
              value={merge.into}
              onChange={(ev) => setMerge({ ...merge, into: ev.currentTarget.value })}
            >
              <option value="" />
              {f[merge.kind].map((e) => (
                <option key={e.name} value={e.name}>
                  {e.name}
                </option>
              ))}
            </select>
            <button type="submit" class="nd-button">
              {t('analysis.mergeButton')}
            </button>
          </form>
        </>
      ) : null}
      {reading.corrections.length ? (
        <>
          <h3>{t('analysis.corrections', { count: reading.corrections.length })}</h3>
          <ul class="nd-plain-list">
            {reading.corrections.map((c) => (
              <li key={c.id}>
                <code>
                  {Object.values(c.correction)
                    .filter((v) => typeof v === 'string')
                    .join(' · ')}
                </code>{' '}
                {canCorrect ? (
                  <button type="button" class="nd-link-button" onClick={() => void withdraw(c.id)}>
                    {t('analysis.withdraw')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
