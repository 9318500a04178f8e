import type { Article } from '../../../domain/article.ts';
import { calendarDateInZone, formatDateTime, formatLongDate, isoInZone } from '../../../lib/dates.ts';
import type { PageContext } from '../../components/page-context.ts';
import { TextSizeControl } from '../../components/TextSizeControl.tsx';
import { paths } from '../../urls.ts';
import { Byline } from './Byline.tsx';

/** The archive page of the day a moment falls on, in the site's time zone. */
const dayArchive = (language: string, date: Date, tz: string) => {
  const [y, m, d] = calendarDateInZone(date, tz).split('-').map(Number) as [number, number, number];
  return paths.archive(language, y, m, d);
};

/** The article's top: section, headline, standfirst, byline, when published (a link to that day) and updated, text size. */
export function ArticleHeader({ ctx, article }: { ctx: PageContext; article: Article }) {
  const { t, site } = ctx;
  const tz = site.timeZone;
  const published = article.publishedAt ?? article.createdAt;
  return (
    <header>
      <p class="kicker">
        <a href={paths.section(ctx.language, article.section.slug)}>{article.section.name}</a>
      </p>
      <h1 class="headline">{article.headline}</h1>
      {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
      <Byline ctx={ctx} article={article} />
      <div class="meta">
        <p>
          <span class="visually-hidden">{t('published')}: </span>
          <a href={dayArchive(article.language, published, tz)} class="date-link">
            <time dateTime={isoInZone(published, tz)} class="published">
              {formatLongDate(published, article.language, tz)}
            </time>
          </a>
        </p>
        {article.updatedAt && article.updatedAt > published ? (
          <p>
            {t('updated')}{' '}
            <time dateTime={isoInZone(article.updatedAt, tz)} class="updated">
              {formatDateTime(article.updatedAt, article.language, tz)}
            </time>
          </p>
        ) : null}
        <TextSizeControl t={t} defaultSize={site.textSize.default} script={ctx.assets.controlScript} />
      </div>
    </header>
  );
}
