import { t } from '../../i18n.ts';
import { ItemReview } from './ReviewControls.tsx';
import type { Facts, ReviewContext } from './review.ts';

type Quote = Facts['quotes'][number];

/** The quotes readers may see (not scare-quoted terms), each with its speaker; editors fix or drop the speaker. */
export function QuoteList({ facts, review }: { facts: Facts; review: ReviewContext }) {
  // Indexes stay those of the whole list: review items follow it, terms included.
  const quotes = facts.quotes.map((q, index) => ({ q, index })).filter(({ q }) => q.kind !== 'term');
  const people = facts.people.map((p) => p.name);
  return (
    <>
      <h3>{t('analysis.quotes')}</h3>
      {quotes.length ? (
        <ul class="nd-plain-list">
          {quotes.map(({ q, index: i }) => (
            <li key={q.text8}>
              <q>{q.full_text.length > 140 ? `${q.full_text.slice(0, 140)}…` : q.full_text}</q>{' '}
              <ItemReview review={review} kind="quote" index={i} edited={q.edited} label={q.text8} />{' '}
              {review.canCorrect ? (
                <SpeakerControls quote={q} index={i} people={people} review={review} />
              ) : (
                <span class="nd-hint">— {q.speaker ?? t('analysis.unknownSpeaker')}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="nd-hint">{t('analysis.none')}</p>
      )}
    </>
  );
}

/** Who said it (chosen among the people found), and dropping the quote. */
function SpeakerControls({
  quote: q,
  index: i,
  people,
  review,
}: {
  quote: Quote;
  index: number;
  people: string[];
  review: ReviewContext;
}) {
  return (
    <span class="nd-inline-form">
      <label for={`nd-speaker-${i}`}>{t('analysis.speaker')}</label>
      <select
        id={`nd-speaker-${i}`}
        value={q.speaker ?? ''}
        onChange={(ev) =>
          review.correct({ op: 'set-speaker', text8: q.text8, speaker: ev.currentTarget.value || null })
        }
      >
        <option value="">{t('analysis.unknownSpeaker')}</option>
        {[...new Set([...(q.speaker ? [q.speaker] : []), ...people])].map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="nd-link-button"
        onClick={() => review.correct({ op: 'drop-quote', text8: q.text8 })}
      >
        {t('analysis.drop')}
      </button>
    </span>
  );
}
