import { useState } from 'preact/hooks';
import type { EditorArticle, WorkflowAction } from '../../../../contract/articles.ts';
import { api, ApiError } from '../../api.ts';
import { formatDateTime, t } from '../../i18n.ts';
import { CorrectDialog, ScheduleDialog } from './WorkflowDialogs.tsx';

/** Keys are literal so the catalog test sees each one used. */
const actionLabel: Record<WorkflowAction, () => string> = {
  submit: () => t('workflow.submit'),
  return: () => t('workflow.return'),
  schedule: () => t('workflow.schedule'),
  unschedule: () => t('workflow.unschedule'),
  publish: () => t('workflow.publish'),
  unpublish: () => t('workflow.unpublish'),
  correct: () => t('workflow.correct'),
};
const doneText: Record<WorkflowAction, () => string> = {
  submit: () => t('workflow.done.submit'),
  return: () => t('workflow.done.return'),
  schedule: () => t('workflow.done.schedule'),
  unschedule: () => t('workflow.done.unschedule'),
  publish: () => t('workflow.done.publish'),
  unpublish: () => t('workflow.done.unpublish'),
  correct: () => t('workflow.done.correct'),
};

const actionOrder: WorkflowAction[] = [
  'submit',
  'publish',
  'schedule',
  'unschedule',
  'return',
  'correct',
  'unpublish',
];

/** The moves the server allows this person now, as buttons; scheduling asks for a time, correcting for a note. */
export function Workflow({
  article,
  before,
  onDone,
}: {
  article: EditorArticle;
  before: () => Promise<EditorArticle>;
  onDone: (a: EditorArticle) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<'schedule' | 'correct' | null>(null);
  const run = async (action: WorkflowAction, extra: { scheduledAt?: string; note?: string } = {}) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const current = await before();
      const res = await api<{ data: EditorArticle }>('POST', `/articles/${current.id}/transitions`, {
        action,
        version: current.version,
        ...extra,
      });
      onDone(res.data);
      setAsking(null);
      setDone(doneText[action]());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const label = (a: WorkflowAction) => actionLabel[a]();
  return (
    <div class="nd-workflow">
      {article.scheduledAt && article.status === 'scheduled' ? (
        <p>{t('workflow.scheduledFor', { time: formatDateTime(article.scheduledAt) })}</p>
      ) : null}
      {article.publishedAt ? (
        <p>{t('workflow.publishedAt', { time: formatDateTime(article.publishedAt) })}</p>
      ) : null}
      <div class="nd-actions nd-actions-column">
        {actionOrder
          .filter((a) => article.allowedActions.includes(a))
          .map((a) => (
            <button
              key={a}
              type="button"
              class={
                a === 'publish' || a === 'submit'
                  ? 'nd-button nd-button-primary'
                  : a === 'unpublish'
                    ? 'nd-button nd-button-danger'
                    : 'nd-button'
              }
              disabled={busy}
              onClick={() => (a === 'schedule' || a === 'correct' ? setAsking(a) : void run(a))}
            >
              {label(a)}
            </button>
          ))}
      </div>
      {done ? (
        <p class="nd-banner nd-banner-ok" role="status">
          {done}
        </p>
      ) : null}
      {error ? (
        <div class="nd-banner nd-banner-error" role="alert">
          <p>{error.message}</p>
          {error.issues.length ? (
            <ul>
              {error.issues.map((i) => (
                <li key={i.field}>
                  {i.field}: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {asking === 'schedule' ? (
        <ScheduleDialog
          busy={busy}
          onClose={() => setAsking(null)}
          onSchedule={(iso) => void run('schedule', { scheduledAt: iso })}
        />
      ) : null}
      {asking === 'correct' ? (
        <CorrectDialog
          busy={busy}
          onClose={() => setAsking(null)}
          onCorrect={(note) => void run('correct', { note })}
        />
      ) : null}
      {article.corrections.length ? (
        <div class="nd-corrections">
          <h3>{t('workflow.corrections')}</h3>
          <ul>
            {article.corrections.map((c) => (
              <li key={c.createdAt}>
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> — {c.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
