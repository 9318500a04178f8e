import type { Article, SourceCitation } from '../../../domain/article.ts';
import { isSafeUrl } from '../../../domain/urls.ts';
import { formatLongDate, isoInZone } from '../../../lib/dates.ts';
import type { Translate } from '../../../lib/messages.ts';
import type { PageContext } from '../../components/page-context.ts';
import { SLOT, WithSlot } from '../../components/WithSlot.tsx';
import { paths } from '../../urls.ts';

/** The article's end: its sources, its corrections (dated) and its tags, each only when it has some. */
export function ArticleFooter({ ctx, article }: { ctx: PageContext; article: Article }) {
  const { t, site } = ctx;
  const tz = site.timeZone;
  return (
    <footer class="article-footer">
      {article.sources.length ? (
        <section class="sources" aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('sources', { count: article.sources.length })}</h2>
          <ul>
            {article.sources.map((s) => (
              <Citation t={t} source={s} />
            ))}
          </ul>
        </section>
      ) : null}
      {article.corrections.length ? (
        <section class="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{t('corrections')}</h2>
          <ul>
            {article.corrections.map((c) => (
              <li>
                <time dateTime={isoInZone(c.createdAt, tz)}>
                  {formatLongDate(c.createdAt, article.language, tz)}
                </time>
                {': '}
                {c.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {article.tags.length ? (
        <section class="tags" aria-labelledby="tags-heading">
          <h2 id="tags-heading">{t('tags')}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li>
                <a href={paths.tag(ctx.language, tag.slug)} rel="tag">
                  {tag.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </footer>
  );
}

/** A source: its outlet (a link when its address is safe), and whom it cites. */
function Citation({ t, source }: { t: Translate; source: SourceCitation }) {
  const outlet = isSafeUrl('source', source.url) ? <a href={source.url}>{source.outlet}</a> : source.outlet;
  return (
    <li>
      {source.citing ? (
        <WithSlot message={t('citing', { outlet: SLOT, source: source.citing })} slot={outlet} />
      ) : (
        outlet
      )}
    </li>
  );
}
