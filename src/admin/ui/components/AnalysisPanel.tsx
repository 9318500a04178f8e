import type { Reading } from '../../../contract/analysis.ts';
import { t } from '../i18n.ts';
import { ConflictList } from './analysis/ConflictList.tsx';
import { CorrectionForms } from './analysis/CorrectionForms.tsx';
import { CorrectionList } from './analysis/CorrectionList.tsx';
import { EntityLists } from './analysis/EntityLists.tsx';
import { EventList } from './analysis/EventList.tsx';
import { QuoteList } from './analysis/QuoteList.tsx';
import { itemsByKind, waitingCount, type ReviewContext } from './analysis/review.ts';
import { ReviewActions } from './analysis/ReviewActions.tsx';
import { useReading } from './analysis/useReading.ts';

/**
 * What story intelligence read in the article (who, where, who said what, when), whether readers
 * see each item, and for editors: approving items for readers (one by one or all at once),
 * withdrawing approvals, hiding the article's panels from readers, and corrections — rename,
 * merge or drop an entity, fix or drop a quote's speaker, drop an event, add a person.
 * Corrections are kept apart from the machine's reading and always win over it.
 */
export function AnalysisPanel({
  articleId,
  version,
  canCorrect,
}: {
  articleId: string;
  version: number;
  canCorrect: boolean;
}) {
  const { reading, error, ...change } = useReading(articleId, version);
  if (!reading)
    return (
      <section class="nd-panel" aria-labelledby="nd-panel-analysis">
        <h2 id="nd-panel-analysis">{t('analysis.title')}</h2>
        {error ? <ErrorLine error={error} /> : <p class="nd-hint">{t('analysis.loading')}</p>}
      </section>
    );
  const items = itemsByKind(reading.items);
  const review: ReviewContext = {
    items,
    canCorrect,
    approve: (key) => void change.approve([key]),
    unapprove: (key) => void change.unapprove(key),
    correct: (correction) => void change.correct(correction),
  };
  const facts = reading.facts;
  return (
    <section class="nd-panel nd-analysis" aria-labelledby="nd-panel-analysis">
      <h2 id="nd-panel-analysis">{t('analysis.title')}</h2>
      <ModeHint reading={reading} />
      {reading.live ? <p class="nd-hint">{t('analysis.live')}</p> : null}
      {error ? <ErrorLine error={error} /> : null}
      {canCorrect ? (
        <ReviewActions
          waiting={waitingCount(reading, items)}
          hidden={reading.hidden}
          onApproveAll={() => void change.approve('all')}
          onHide={(hidden) => void change.setHidden(hidden)}
        />
      ) : null}
      <EntityLists facts={facts} review={review} />
      <QuoteList facts={facts} review={review} />
      <EventList facts={facts} review={review} />
      <ConflictList facts={facts} review={review} />
      {canCorrect ? <CorrectionForms facts={facts} review={review} /> : null}
      <CorrectionList
        corrections={reading.corrections}
        canCorrect={canCorrect}
        onWithdraw={(id) => void change.withdraw(id)}
      />
    </section>
  );
}

/** What readers see of the reading under the site's story-facts setting (off, automatic, reviewed). */
function ModeHint({ reading }: { reading: Reading }) {
  return (
    <p class="nd-hint" data-story-facts={reading.mode}>
      {reading.mode === 'off'
        ? t('analysis.modeOff')
        : reading.mode === 'auto'
          ? t('analysis.modeAuto', { threshold: reading.autoThreshold })
          : t('analysis.modeReview')}
    </p>
  );
}

function ErrorLine({ error }: { error: string }) {
  return (
    <p class="nd-error" role="alert">
      {error}
    </p>
  );
}
