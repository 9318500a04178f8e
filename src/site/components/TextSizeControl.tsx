import type { Translate } from '../../lib/messages.ts';

/**
 * The seed's `+ ↺ − 16 px`. Hidden without JavaScript (CSS shows it under html.js); the inline
 * script right after it wires the buttons and sets the readout before first paint.
 */
export function TextSizeControl({
  t,
  defaultSize,
  script,
}: {
  t: Translate;
  defaultSize: number;
  script: string;
}) {
  return (
    <>
      <div class="textsize" role="group" aria-label={t('textSize')}>
        <button
          type="button"
          data-ts="increase"
          aria-label={t('textSizeIncrease')}
          title={t('textSizeIncrease')}
        >
          +
        </button>
        <button type="button" data-ts="reset" aria-label={t('textSizeReset')} title={t('textSizeReset')}>
          ↺
        </button>
        <button
          type="button"
          data-ts="decrease"
          aria-label={t('textSizeDecrease')}
          title={t('textSizeDecrease')}
        >
          −
        </button>
        <span data-ts-readout="" aria-live="polite">
          {defaultSize} px
        </span>
      </div>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  );
}
