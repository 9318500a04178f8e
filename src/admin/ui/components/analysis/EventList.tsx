import { t } from '../../i18n.ts';
import { ItemReview } from './ReviewControls.tsx';
import type { Facts, ReviewContext } from './review.ts';

/** The dated events the reading found; editors drop a wrong one. */
export function EventList({ facts, review }: { facts: Facts; review: ReviewContext }) {
  return (
    <>
      <h3>{t('analysis.events')}</h3>
      {facts.events.length ? (
        <ul class="nd-plain-list">
          {facts.events.map((e, i) => (
            <li key={`${e.expression}|${e.iso}`}>
              <strong>{e.iso}</strong> {e.description} <span class="nd-hint">({e.expression})</span>{' '}
              <ItemReview
                review={review}
                kind="event"
                index={i}
                edited={e.edited}
                label={`${e.iso} ${e.description}`}
              />
              {review.canCorrect ? (
                <button
                  type="button"
                  class="nd-link-button"
                  onClick={() => review.correct({ op: 'drop-event', expression: e.expression, iso: e.iso })}
                >
                  {t('analysis.drop')}
                  <span class="nd-visually-hidden">
                    {' '}
                    {e.iso} {e.description}
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="nd-hint">{t('analysis.none')}</p>
      )}
    </>
  );
}
