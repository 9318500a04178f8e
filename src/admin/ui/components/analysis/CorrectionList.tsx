import type { Reading } from '../../../../contract/analysis.ts';
import { t } from '../../i18n.ts';

/** The corrections made so far, each in short; editors withdraw one (the machine's reading shows again). */
export function CorrectionList({
  corrections,
  canCorrect,
  onWithdraw,
}: {
  corrections: Reading['corrections'];
  canCorrect: boolean;
  onWithdraw: (id: string) => void;
}) {
  if (!corrections.length) return null;
  return (
    <>
      <h3>{t('analysis.corrections', { count: corrections.length })}</h3>
      <ul class="nd-plain-list">
        {corrections.map((c) => (
          <li key={c.id}>
            <code>
              {Object.values(c.correction)
                .filter((v) => typeof v === 'string')
                .join(' · ')}
            </code>{' '}
            {canCorrect ? (
              <button type="button" class="nd-link-button" onClick={() => onWithdraw(c.id)}>
                {t('analysis.withdraw')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
