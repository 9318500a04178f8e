import { t } from '../i18n.ts';
import type { ArticleStatus } from '../../../contract/statuses.ts';

/** An article's status in words, as a badge (never by colour alone) or plain. */

const statusText: Record<ArticleStatus, () => string> = {
  draft: () => t('status.draft'),
  in_review: () => t('status.in_review'),
  scheduled: () => t('status.scheduled'),
  published: () => t('status.published'),
  unpublished: () => t('status.unpublished'),
};

export function statusLabel(s: ArticleStatus): string {
  return statusText[s]();
}

/** A status in words (never by colour alone). */
export function StatusBadge({ status, plain = false }: { status: ArticleStatus; plain?: boolean }) {
  if (plain) return <>{statusLabel(status)}</>;
  return <span class={`nd-badge nd-status-${status}`}>{statusLabel(status)}</span>;
}
