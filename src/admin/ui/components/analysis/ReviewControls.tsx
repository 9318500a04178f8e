import { t } from '../../i18n.ts';
import type { ItemKind, ReviewContext, ReviewItem } from './review.ts';

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

/** The review controls of the `index`-th item of a kind (items follow the order of the facts lists). */
export function ItemReview({
  review,
  kind,
  index,
  edited,
  label,
}: {
  review: ReviewContext;
  kind: ItemKind;
  index: number;
  edited: boolean | undefined;
  label: string;
}) {
  return (
    <ReviewControls
      item={review.items[kind][index]}
      edited={edited === true}
      label={label}
      canCorrect={review.canCorrect}
      onApprove={review.approve}
      onWithdraw={review.unapprove}
    />
  );
}
