import type { AnalysisResult, QuoteFact } from '../../services/analysis/analysis.service.ts';
import { formatLooseDate } from '../../lib/dates.ts';
import type { PageContext } from './page-context.ts';
import { topicSlug } from '../topic-slug.ts';
import { paths } from '../urls.ts';

const MAX_QUOTE = 280;
const clip = (s: string) =>
  s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '')}…` : s;
/** A long claim cut around the means it names, so the contested words always show. */
function excerpt(text: string, means: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const at = Math.max(0, text.indexOf(means));
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 200)));
  const to = Math.min(text.length, at + means.length + 60);
  const cut = text.slice(from, to).trim();
  return `${from > 0 ? '…' : ''}${cut.replace(/\s+\S*$/, to < text.length ? '' : '$&')}${to < text.length ? '…' : ''}`;
}

/**
 * A quotation's words exactly as the article has them (readerView checked each part): a quote
 * over several paragraphs shows its parts apart, long ones are shortened at the end.
 */
export function QuoteWords({ quote }: { quote: QuoteFact }) {
  const parts = quote.parts?.length ? quote.parts : [quote.full_text];
  return (
    <>
      {parts.map((p, i) => (
        <>
          {i > 0 ? ' … ' : null}
          <q>{clip(p.replace(/[,.]$/, ''))}</q>
        </>
      ))}
    </>
  );
}

/** `<time datetime>` takes whole dates, months and years, not ranges. */
const machineDate = (iso: string) => (iso.includes('/') ? undefined : iso);

/** What the article says, read by story intelligence: who, where, when, and who said what. */
export function KeyFacts({ ctx, facts }: { ctx: PageContext; facts: AnalysisResult }) {
  const t = ctx.t;
  const events = [...facts.events].sort((a, b) => a.iso.localeCompare(b.iso) || a.start - b.start);
  const quotes = facts.quotes.filter((q) => (q.kind === 'full' || q.kind === 'partial') && q.speaker);
  if (!facts.people.length && !facts.places.length && !events.length && !quotes.length) return null;
  return (
    <aside class="key-facts" aria-labelledby="key-facts-heading">
      <h2 id="key-facts-heading">{t('keyFacts')}</h2>
      {facts.people.length ? (
        <section>
          <h3>{t('keyFactsWho')}</h3>
          <ul>
            {facts.people.map((p) => (
              <li>
                <strong>
                  <a href={paths.topic(ctx.language, 'person', topicSlug(p.name))}>{p.name}</a>
                </strong>
                {p.role ? `, ${p.role}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {facts.places.length ? (
        <section>
          <h3>{t('keyFactsWhere')}</h3>
          <p>
            {facts.places.map((p, i) => (
              <>
                {i > 0 ? ' · ' : null}
                <a href={paths.topic(ctx.language, 'place', topicSlug(p.name))}>{p.name}</a>
              </>
            ))}
          </p>
        </section>
      ) : null}
      {events.length ? (
        <section>
          <h3>{t('keyFactsWhen')}</h3>
          <ol class="timeline">
            {events.map((e) => (
              <li>
                <time dateTime={machineDate(e.iso)}>{formatLooseDate(e.iso, ctx.language)}</time>
                <span>{e.description}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {quotes.length ? (
        <section>
          <h3>{t('keyFactsSaid')}</h3>
          <ul class="said">
            {quotes.map((q) => (
              <li>
                <QuoteWords quote={q} /> — {q.speaker}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}

/** Disagreeing claims side by side, each with who made it. */
export function ConflictingAccounts({ ctx, facts }: { ctx: PageContext; facts: AnalysisResult }) {
  if (!facts.conflicts?.length) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{ctx.t('conflictsTitle')}</h2>
      {facts.conflicts.map((c) => (
        <>
          <p>{ctx.t('conflictsAbout', { about: c.about })}</p>
          <div class="claims">
            {c.claims.map((claim) => (
              <figure class="claim">
                <figcaption>{claim.by}</figcaption>
                <blockquote>
                  <p>{excerpt(claim.text, claim.means)}</p>
                </blockquote>
              </figure>
            ))}
          </div>
        </>
      ))}
    </section>
  );
}
