import type { ComponentChildren } from 'preact';
import { Picture } from './Picture.tsx';
import { safeFeaturedImage, type ArticleSummary } from '../../domain/article.ts';
import {
  formatDateTime,
  formatLongDate,
  formatTime,
  isoInZone,
  calendarDateInZone,
} from '../../lib/dates.ts';
import { relativeTime } from '../../lib/relative-time.ts';
import type { Page } from '../../lib/pagination.ts';
import { typeset } from '../../lib/typography.ts';
import type { Translate } from '../../lib/messages.ts';
import { paths } from '../urls.ts';
import type { PageContext } from './page-context.ts';

/** The lead's picture: most of the main column on wide screens, the whole width on phones. */
const LEAD_IMAGE_SIZES = '(min-width: 64em) 30rem, (min-width: 48em) 55vw, 100vw';

export const articleHref = (a: ArticleSummary) => paths.article(a.language, a.section.slug, a.slug);
export const accent = (a: ArticleSummary) =>
  a.section.color ? { '--section-color': a.section.color } : undefined;

export function Stamp({ ctx, date, today }: { ctx: PageContext; date: Date; today: string }) {
  const tz = ctx.site.timeZone;
  const sameDay = calendarDateInZone(date, tz) === today;
  // Fresh news: how long ago, kept current in the browser (assets/relative-times.js); the title has the time.
  const ago = relativeTime(date, ctx.now, ctx.language);
  if (ago)
    return (
      <time dateTime={isoInZone(date, tz)} data-rel="" title={formatDateTime(date, ctx.language, tz)}>
        {ago}
      </time>
    );
  return (
    <time dateTime={isoInZone(date, tz)}>
      {sameDay
        ? formatTime(date, ctx.language, tz)
        : `${formatLongDate(date, ctx.language, tz)}, ${formatTime(date, ctx.language, tz)}`}
    </time>
  );
}

/**
 * The front page's lead: kicker, large headline and standfirst, and its picture when it has one.
 * The text comes first in the page (on phones the headline shows before the picture); on wide
 * screens the grid puts the picture beside it.
 */
export function LeadStory({
  ctx,
  article: raw,
  showSection = true,
  today,
}: {
  ctx: PageContext;
  article: ArticleSummary;
  /** The section's name over the headline (not on the section's own page). */
  showSection?: boolean;
  /** Given on listings: when it was published, under the standfirst. */
  today?: string;
}) {
  const article = typeset(raw);
  const image = safeFeaturedImage(article.featuredImage);
  return (
    <article class={image ? 'lead with-image' : 'lead'} style={accent(article)}>
      <div class="lead-text">
        {showSection ? (
          <p class="kicker">
            <a href={paths.section(ctx.language, article.section.slug)}>{article.section.name}</a>
          </p>
        ) : null}
        <h2 class="headline">
          {article.breaking ? <span class="badge">{ctx.t('breaking')}</span> : null}
          <a href={articleHref(article)}>{article.headline}</a>
        </h2>
        {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
        {today !== undefined && article.publishedAt ? (
          <p class="stamp">
            <Stamp ctx={ctx} date={article.publishedAt} today={today} />
          </p>
        ) : null}
      </div>
      {image ? (
        <div class="lead-image">
          <Picture image={image} sizes={LEAD_IMAGE_SIZES} eager priority />
        </div>
      ) : null}
    </article>
  );
}

export function LatestList({
  ctx,
  articles,
  heading,
  today,
  headingId = 'latest-heading',
  compact = false,
  children,
}: {
  ctx: PageContext;
  articles: ArticleSummary[];
  heading: string;
  today: string;
  /** The heading's id, unique on the page. */
  headingId?: string;
  /** A sidebar's list: time over headline, no standfirst. */
  compact?: boolean;
  /** What follows the list inside its section (pagination). */
  children?: ComponentChildren;
}) {
  return (
    <section class={compact ? 'latest compact' : 'latest'} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {articles.length === 0 ? (
        <p class="empty">{ctx.t('noArticles')}</p>
      ) : (
        <ol>
          {articles.map(typeset).map((a) => (
            <li>
              {a.publishedAt ? <Stamp ctx={ctx} date={a.publishedAt} today={today} /> : <span />}
              <div>
                {a.breaking ? <span class="badge">{ctx.t('breaking')}</span> : null}
                <a class="title" href={articleHref(a)}>
                  {a.headline}
                </a>
                {a.standfirst && !compact ? <span class="standfirst-sm">{a.standfirst}</span> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}

export function Pagination({
  t,
  page,
  href,
}: {
  t: Translate;
  page: Pick<Page<unknown>, 'page' | 'pageCount'>;
  href: (n: number) => string;
}) {
  if (page.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={t('pagination')}>
      {page.page > 1 ? (
        <a href={href(page.page - 1)} rel="prev">
          ← {t('previousPage')}
        </a>
      ) : (
        <span />
      )}
      <span>{t('pageOf', { page: page.page, count: page.pageCount })}</span>
      {page.page < page.pageCount ? (
        <a href={href(page.page + 1)} rel="next">
          {t('nextPage')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The most read articles of the last two days, numbered. */
export function MostRead({ ctx, articles }: { ctx: PageContext; articles: ArticleSummary[] }) {
  if (!articles.length) return null;
  return (
    <aside class="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading">{ctx.t('mostRead')}</h2>
      <ol>
        {articles.map(typeset).map((a) => (
          <li>
            <a href={articleHref(a)}>{a.headline}</a>
          </li>
        ))}
      </ol>
    </aside>
  );
}
