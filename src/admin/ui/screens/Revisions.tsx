import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, query } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { Diff, EditorArticle, Revision } from '../../../contract/articles.ts';

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v
      .map((x) => (typeof x === 'object' && x ? Object.values(x).filter(Boolean).join(', ') : String(x)))
      .join('; ');
  if (typeof v === 'object')
    return Object.entries(v)
      .filter(([, x]) => x !== null && x !== '')
      .map(([k, x]) => `${k}: ${String(x)}`)
      .join(', ');
  return String(v);
};

/** Field names as readers of the diff know them (literal keys, so the catalog test sees them). */
const fieldLabel: Record<string, () => string> = {
  headline: () => t('editor.headline'),
  standfirst: () => t('editor.standfirst'),
  slug: () => t('editor.slug'),
  section: () => t('editor.section'),
  tags: () => t('editor.tags'),
  authors: () => t('editor.authors'),
  sources: () => t('editor.sources'),
  featuredImage: () => t('editor.featuredImage'),
  breaking: () => t('editor.breaking'),
  breakingUntil: () => t('editor.breakingUntil'),
  status: () => t('list.status'),
  images: () => t('revisions.images'),
};

const actionText: Record<string, () => string> = {
  created: () => t('revisions.action.created'),
  saved: () => t('revisions.action.saved'),
  submitted: () => t('revisions.action.submitted'),
  returned: () => t('revisions.action.returned'),
  scheduled: () => t('revisions.action.scheduled'),
  unscheduled: () => t('revisions.action.unscheduled'),
  published: () => t('revisions.action.published'),
  unpublished: () => t('revisions.action.unpublished'),
  corrected: () => t('revisions.action.corrected'),
  pending: () => t('revisions.action.pending'),
  updated: () => t('revisions.action.updated'),
  'updated-minor': () => t('revisions.action.updatedMinor'),
  discarded: () => t('revisions.action.discarded'),
};

/** What a revision records, in words ("restored:3" brings back version 3). */
export function revisionAction(action: string): string {
  const restored = /^restored:(\d+)$/.exec(action);
  if (restored) return t('revisions.action.restored', { version: Number(restored[1]) });
  return actionText[action]?.() ?? action;
}

/** Every saved version: compare any two as a readable diff, and bring an old one back (as a new save). */
export function Revisions({
  article,
  canRestore,
  onRestored,
}: {
  article: EditorArticle;
  canRestore: boolean;
  onRestored: (a: EditorArticle) => void;
}) {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<Revision[] | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    api<{ data: Revision[] }>('GET', `/articles/${article.id}/revisions`)
      .then((r) => {
        setList(r.data);
        setTo(r.data[0]?.version ?? 0);
        setFrom(r.data[1]?.version ?? r.data[0]?.version ?? 0);
      })
      .catch((e: Error) => setError(e.message));
  }, [open, article.version]);

  const compare = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      setDiff((await api<{ data: Diff }>('GET', `/articles/${article.id}/diff${query({ from, to })}`)).data);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const restore = async (version: number) => {
    if (!window.confirm(t('revisions.restoreConfirm', { version }))) return;
    setError(null);
    try {
      const res = await api<{ data: EditorArticle }>(
        'POST',
        `/articles/${article.id}/revisions/${version}/restore`,
        {
          version: article.version,
        },
      );
      setDiff(null);
      onRestored(res.data);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const select = (id: string, label: string, value: number, set: (n: number) => void) => (
    <div class="nd-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(Number(e.currentTarget.value))}>
        {(list ?? []).map((r) => (
          <option key={r.version} value={r.version}>
            {t('revisions.option', { version: r.version, time: formatDateTime(r.createdAt) })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section class="nd-panel" aria-labelledby="nd-panel-revisions">
      <h2 id="nd-panel-revisions">
        <button
          type="button"
          class="nd-disclosure"
          aria-expanded={open ? 'true' : 'false'}
          onClick={() => setOpen(!open)}
        >
          {t('revisions.title')}
        </button>
      </h2>
      {open ? (
        <div>
          {error ? (
            <p class="nd-error" role="alert">
              {error}
            </p>
          ) : null}
          {list === null ? (
            <p role="status">{t('common.loading')}</p>
          ) : (
            <>
              <ol class="nd-revisions" reversed>
                {list.map((r) => (
                  <li key={r.version}>
                    <span>
                      {t('revisions.entry', {
                        version: r.version,
                        action: revisionAction(r.action),
                        user: r.userName ?? t('revisions.system'),
                        time: formatDateTime(r.createdAt),
                      })}
                    </span>
                    {canRestore && r.version !== article.version ? (
                      <button
                        type="button"
                        class="nd-button nd-button-quiet"
                        aria-label={t('revisions.restoreVersion', { version: r.version })}
                        onClick={() => void restore(r.version)}
                      >
                        {t('revisions.restore')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ol>
              {list.length > 1 ? (
                <form class="nd-row nd-row-wrap" onSubmit={compare}>
                  {select('nd-diff-from', t('revisions.from'), from, setFrom)}
                  {select('nd-diff-to', t('revisions.to'), to, setTo)}
                  <button type="submit" class="nd-button">
                    {t('revisions.compare')}
                  </button>
                </form>
              ) : null}
            </>
          )}
          {diff ? <DiffView diff={diff} /> : null}
        </div>
      ) : null}
    </section>
  );
}

export function DiffView({ diff }: { diff: Diff }) {
  const changedBody = diff.body.some((p) => p.added || p.removed);
  if (!diff.fields.length && !changedBody) return <p role="status">{t('revisions.same')}</p>;
  return (
    <div class="nd-diff" role="region" aria-label={t('revisions.diff')}>
      {diff.fields.length ? (
        <table class="nd-table">
          <caption class="nd-visually-hidden">{t('revisions.fieldChanges')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('revisions.field')}</th>
              <th scope="col">{t('revisions.before')}</th>
              <th scope="col">{t('revisions.after')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields
              .filter((f) => f.field !== 'body')
              .map((f) => (
                <tr key={f.field}>
                  <th scope="row">{fieldLabel[f.field]?.() ?? f.field}</th>
                  <td>
                    <del>{show(f.before)}</del>
                  </td>
                  <td>
                    <ins>{show(f.after)}</ins>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
      {changedBody ? (
        <div class="nd-diff-body">
          <h3>{t('revisions.bodyChanges')}</h3>
          <p>
            {diff.body.map((p, i) =>
              p.added ? (
                <ins key={i}>{p.value}</ins>
              ) : p.removed ? (
                <del key={i}>{p.value}</del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </p>
          <p class="nd-hint">{t('revisions.legend')}</p>
        </div>
      ) : null}
    </div>
  );
}
