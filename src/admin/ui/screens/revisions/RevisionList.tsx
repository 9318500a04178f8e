import type { Revision } from '../../../../contract/articles.ts';
import { formatDateTime, t } from '../../i18n.ts';

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

/** The versions, newest first: who did what when; each one but the current can be brought back. */
export function RevisionList({
  list,
  current,
  canRestore,
  onRestore,
}: {
  list: Revision[];
  current: number;
  canRestore: boolean;
  onRestore: (version: number) => void;
}) {
  return (
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
          {canRestore && r.version !== current ? (
            <button
              type="button"
              class="nd-button nd-button-quiet"
              aria-label={t('revisions.restoreVersion', { version: r.version })}
              onClick={() => onRestore(r.version)}
            >
              {t('revisions.restore')}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
