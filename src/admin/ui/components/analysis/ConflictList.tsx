import { t } from '../../i18n.ts';
import { ItemReview } from './ReviewControls.tsx';
import type { Facts, ReviewContext } from './review.ts';

/** Where sources disagree (about what, who claims what); shown only when there is a conflict. */
export function ConflictList({ facts, review }: { facts: Facts; review: ReviewContext }) {
  if (!facts.conflicts?.length) return null;
  return (
    <>
      <h3>{t('analysis.conflicts')}</h3>
      <ul class="nd-plain-list">
        {facts.conflicts.map((c, i) => (
          <li key={c.about}>
            <ItemReview review={review} kind="conflict" index={i} edited={c.edited} label={c.about} />{' '}
            {c.about}:{' '}
            {c.claims.map((cl) => (
              <span key={cl.by}>
                <q>{cl.text}</q> ({cl.by}){' '}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
