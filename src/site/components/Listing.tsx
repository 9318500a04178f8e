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

export const articleHref = (a: ArticleSummary) => paths.article(a.language, a.section.slug, a.slug);
const accent = (a: ArticleSummary) => (a.section.color ? { '--section-color': a.section.color } : undefined);

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

export function LeadStory({ ctx, article: raw }: { ctx: PageContext; article: ArticleSummary }) {
  const article = typeset(raw);
  const image = safeFeaturedImage(article.featuredImage);
  return (
    <article class={image ? 'lead with-image' : 'lead'} style={accent(article)}>
      {image ? <Picture image={image} sizes="(min-width: 48em) 40em, 100vw" eager /> : null}
      <div>
        <p class="kicker">
          <a href={paths.section(ctx.language, article.section.slug)}>{article.section.name}</a>
        </p>
        <h2 class="headline">
          {article.breaking ? <span class="badge">{ctx.t('breaking')}</span> : null}
          <a href={articleHref(article)}>{article.headline}</a>
        </h2>
        {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
      </div>
    </article>
  );
}

export function StoryCards({ ctx, articles }: { ctx: PageContext; articles: ArticleSummary[] }) {
  if (!articles.length) return null;
  return (
    <section class="secondary" aria-label={ctx.t('topStories')}>
      {articles.map(typeset).map((a) => (
        <article class="card" style={accent(a)}>
          <span class="section-label">{a.section.name}</span>
          <h3>
            <a href={articleHref(a)}>{a.headline}</a>
          </h3>
          {a.standfirst ? <p>{a.standfirst}</p> : null}
        </article>
      ))}
    </section>
  );
}

export function LatestList({
  ctx,
  articles,
  heading,
  today,
}: {
  ctx: PageContext;
  articles: ArticleSummary[];
  heading: string;
  today: string;
}) {
  return (
    <section class="latest" aria-labelledby="latest-heading">
      <h2 id="latest-heading">{heading}</h2>
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
                {a.standfirst ? <span class="standfirst-sm">{a.standfirst}</span> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
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
