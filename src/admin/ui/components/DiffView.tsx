import type { Diff } from '../../../contract/articles.ts';
import { t } from '../i18n.ts';

/** A value of a field as the diff shows it: lists and objects in short, nothing as a dash. */
const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return (v as unknown[])
      .map((x) => (typeof x === 'object' && x ? Object.values(x).filter(Boolean).join(', ') : String(x)))
      .join('; ');
  if (typeof v === 'object')
    return Object.entries(v)
      .filter(([, x]) => x !== null && x !== '')
      .map(([k, x]) => `${k}: ${String(x)}`)
      .join(', ');
  // What JSON has left: a number or a boolean.
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : '—';
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

/** What changed between two versions: the fields before and after, and the body's words added and removed. */
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
