import { useState } from 'preact/hooks';
import { api, errorMessage } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { DiffView } from './DiffView.tsx';
import type { Diff, EditorArticle } from '../../../contract/articles.ts';

/** What each action confirms once it went through. */
const doneMessage = {
  publish: () => t('pending.done.publish'),
  discard: () => t('pending.done.discard'),
  submit: () => t('pending.done.submit'),
};

/**
 * A live article's unpublished changes: readers see the live version until someone with the
 * right presses Update (or a minor fix, without "Updated"); Discard drops the changes; those who
 * may not publish ask for review.
 */
export function PendingChanges({
  article,
  before,
  onDone,
}: {
  article: EditorArticle;
  /** Saves what is typed and answers the article as saved (refuses when it cannot). */
  before: () => Promise<EditorArticle>;
  /** The article after Update or Discard; `reload` when the editor's text must be replaced. */
  onDone: (a: EditorArticle, reload: boolean) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [minor, setMinor] = useState(false);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const live = article.status === 'published' || article.status === 'scheduled';
  if (!live) return null;
  const pending = article.pending;

  const run = async (what: 'publish' | 'discard' | 'submit') => {
    if (what === 'discard' && !window.confirm(t('pending.discardConfirm'))) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const current = await before();
      const res = await api<{ data: EditorArticle }>('POST', `/articles/${current.id}/pending/${what}`, {
        version: current.version,
        ...(what === 'publish' ? { minor } : {}),
      });
      setDiff(null);
      setMinor(false);
      onDone(res.data, what === 'discard');
      setDone(doneMessage[what]());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const showDiff = async () => {
    if (diff) {
      setDiff(null);
      return;
    }
    try {
      const current = await before();
      setDiff((await api<{ data: Diff }>('GET', `/articles/${current.id}/pending/diff`)).data);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div class="nd-pending" aria-live="polite">
      {pending ? (
        <>
          <PendingBanner pending={pending} />
          <div class="nd-actions nd-actions-column">
            <button
              type="button"
              class="nd-button"
              aria-expanded={diff ? 'true' : 'false'}
              onClick={() => void showDiff()}
            >
              {diff ? t('pending.hideDiff') : t('pending.showDiff')}
            </button>
            {article.canPublish ? (
              <UpdateControls
                minor={minor}
                busy={busy}
                onMinor={setMinor}
                onUpdate={() => void run('publish')}
              />
            ) : pending.submittedAt ? null : (
              <button
                type="button"
                class="nd-button nd-button-primary"
                disabled={busy}
                onClick={() => void run('submit')}
              >
                {t('pending.submit')}
              </button>
            )}
            <button
              type="button"
              class="nd-button nd-button-danger"
              disabled={busy}
              onClick={() => void run('discard')}
            >
              {t('pending.discard')}
            </button>
          </div>
          {diff ? <DiffView diff={diff} /> : null}
        </>
      ) : (
        <p class="nd-hint">{t('pending.liveHint')}</p>
      )}
      {done ? (
        <p class="nd-banner nd-banner-ok" role="status">
          {done}
        </p>
      ) : null}
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Update, with the "minor fix" choice beside it (for those who may publish). */
function UpdateControls({
  minor,
  busy,
  onMinor,
  onUpdate,
}: {
  minor: boolean;
  busy: boolean;
  onMinor: (minor: boolean) => void;
  onUpdate: () => void;
}) {
  return (
    <>
      <div class="nd-check">
        <input
          id="nd-pending-minor"
          type="checkbox"
          checked={minor}
          aria-describedby="nd-pending-minor-hint"
          onChange={(e) => onMinor(e.currentTarget.checked)}
        />
        <label for="nd-pending-minor">{t('pending.minor')}</label>
        <p class="nd-hint" id="nd-pending-minor-hint">
          {t('pending.minorHint')}
        </p>
      </div>
      <button type="button" class="nd-button nd-button-primary" disabled={busy} onClick={onUpdate}>
        {t('pending.update')}
      </button>
    </>
  );
}

/** Who saved the unpublished changes and when, and whether they wait for review. */
function PendingBanner({ pending }: { pending: NonNullable<EditorArticle['pending']> }) {
  return (
    <>
      <p class="nd-banner nd-banner-warn">
        <strong>{t('pending.title')}</strong>{' '}
        {t('pending.body', { time: formatDateTime(pending.savedAt), name: pending.by ?? '—' })}
      </p>
      {pending.submittedAt ? (
        <p>{t('pending.submittedAt', { time: formatDateTime(pending.submittedAt) })}</p>
      ) : null}
    </>
  );
}
