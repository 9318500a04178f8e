import { t } from '../../i18n.ts';

/** The editors' actions on the whole reading: approve every waiting item, hide the panels from readers. */
export function ReviewActions({
  waiting,
  hidden,
  onApproveAll,
  onHide,
}: {
  waiting: number;
  hidden: boolean;
  onApproveAll: () => void;
  onHide: (hidden: boolean) => void;
}) {
  return (
    <div class="nd-actions">
      <button type="button" class="nd-button" disabled={waiting === 0} onClick={onApproveAll}>
        {t('analysis.approveAll', { count: waiting })}
      </button>
      <span class="nd-check">
        <input
          type="checkbox"
          id="nd-analysis-hidden"
          checked={hidden}
          aria-describedby="nd-analysis-hidden-hint"
          onChange={(ev) => onHide(ev.currentTarget.checked)}
        />
        <label for="nd-analysis-hidden">{t('analysis.hide')}</label>
      </span>
      <p class="nd-hint" id="nd-analysis-hidden-hint">
        {t('analysis.hideHint')}
      </p>
    </div>
  );
}
