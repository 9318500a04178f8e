import type { Article, ArticleSummary, SourceCitation } from '../../domain/article.ts';
import { formatDateTime, formatLongDate, isoInZone } from '../../lib/dates.ts';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { Layout, type PageContext } from '../components/Layout.tsx';
import { LatestList } from '../components/Listing.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import type { Strings } from '../strings.ts';
import { absolute, paths } from '../urls.ts';

function Byline({ ctx, article }: { ctx: PageContext; article: Article }) {
  const t = ctx.strings;
  if (article.authors.length === 0) {
    const outlet = article.sources[0]?.outlet;
    return outlet ? <p class="byline">{outlet}</p> : null;
  }
  return (
    <p class="byline">
      {t.by}{' '}
      {article.authors.map((p, i) => (
        <>
          {i > 0 ? (i === article.authors.length - 1 ? ` ${t.and} ` : ', ') : null}
          <a href={paths.author(ctx.language, p.slug)} rel="author">
            {p.name}
          </a>
        </>
      ))}
    </p>
  );
}

function Citation({ t, source }: { t: Strings; source: SourceCitation }) {
  const outlet = source.url ? <a href={source.url}>{source.outlet}</a> : source.outlet;
  return (
    <li>
      {outlet}
      {source.citing ? `, ${t.citing} ${source.citing}` : null}
    </li>
  );
}

export function ArticlePage({
  ctx,
  article,
  related,
}: {
  ctx: PageContext;
  article: Article;
  related: ArticleSummary[];
}) {
  const { strings: t, site } = ctx;
  const tz = site.timeZone;
  const published = article.publishedAt ?? article.createdAt;
  const canonical = absolute(
    site.baseUrl,
    paths.article(article.language, article.section.slug, article.slug),
  );
  return (
    <Layout
      ctx={ctx}
      title={article.headline}
      description={article.standfirst ?? article.bodyText.slice(0, 200)}
      canonical={canonical}
      currentSection={article.section.slug}
    >
      <article
        class="article"
        style={article.section.color ? { '--section-color': article.section.color } : undefined}
      >
        <header>
          <p class="kicker">
            <a href={paths.section(ctx.language, article.section.slug)}>{article.section.name}</a>
          </p>
          <h1 class="headline">{article.headline}</h1>
          {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
          <Byline ctx={ctx} article={article} />
          <div class="meta">
            <p>
              <span class="visually-hidden">{t.published}: </span>
              <time dateTime={isoInZone(published, tz)} class="published">
                {formatLongDate(published, article.language, tz)}
              </time>
            </p>
            {article.updatedAt && article.updatedAt > published ? (
              <p>
                {t.updated}{' '}
                <time dateTime={isoInZone(article.updatedAt, tz)} class="updated">
                  {formatDateTime(article.updatedAt, article.language, tz)}
                </time>
              </p>
            ) : null}
            <TextSizeControl t={t} defaultSize={site.textSize.default} script={ctx.assets.controlScript} />
          </div>
        </header>
        <ArticleBody body={article.body} />
        <footer class="article-footer">
          {article.sources.length ? (
            <section class="sources" aria-labelledby="sources-heading">
              <h2 id="sources-heading">{article.sources.length > 1 ? t.sources : t.source}</h2>
              <ul>
                {article.sources.map((s) => (
                  <Citation t={t} source={s} />
                ))}
              </ul>
            </section>
          ) : null}
          {article.corrections.length ? (
            <section class="corrections" aria-labelledby="corrections-heading">
              <h2 id="corrections-heading">{t.corrections}</h2>
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
              <h2 id="tags-heading">{t.tags}</h2>
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
      </article>
      {related.length ? (
        <aside class="related">
          <LatestList ctx={ctx} articles={related} heading={t.related} today="" />
        </aside>
      ) : null}
    </Layout>
  );
}
