import { Picture } from '../components/Picture.tsx';
import type { ComponentChildren } from 'preact';
import {
  withSafeUrls,
  type Article,
  type ArticleSummary,
  type FeaturedImage,
  type SourceCitation,
} from '../../domain/article.ts';
import { isSafeUrl, publicUrl } from '../../domain/urls.ts';
import {
  calendarDateInZone,
  dateLocaleFor,
  formatDateTime,
  formatLongDate,
  isoInZone,
} from '../../lib/dates.ts';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { Layout, type Alternate, type PageContext } from '../components/Layout.tsx';
import { LatestList, MostRead } from '../components/Listing.tsx';
import { ConflictingAccounts, KeyFacts } from '../components/KeyFacts.tsx';
import { Timeline } from '../components/Timeline.tsx';
import type { StoryView } from '../../services/stories/story.service.ts';
import type { AnalysisResult } from '../../services/analysis/analysis.service.ts';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import type { Translate } from '../../lib/messages.ts';
import { absolute, paths } from '../urls.ts';
import { breadcrumbLd, jsonLdScript, newsArticleLd } from '../../feeds/structured-data.ts';
import { slugify } from '../../lib/slug.ts';
import { packFor } from '../../languages/index.ts';

/** Renders a message whose one placeholder is markup: the message is split around it. */
function WithSlot({ message, slot }: { message: string; slot: ComponentChildren }) {
  const [before, after] = message.split(SLOT);
  return (
    <>
      {before}
      {slot}
      {after}
    </>
  );
}
const SLOT = '\u0000';

function Byline({ ctx, article }: { ctx: PageContext; article: Article }) {
  if (article.authors.length === 0) {
    const outlet = article.sources[0]?.outlet;
    return outlet ? <p class="byline">{outlet}</p> : null;
  }
  // "A, B and C" in the page's language, each name a link to the author's page.
  const parts = new Intl.ListFormat(dateLocaleFor(ctx.language), { type: 'conjunction' }).formatToParts(
    article.authors.map((p) => p.id),
  );
  const byId = new Map(article.authors.map((p) => [p.id, p]));
  const names = parts.map((part) => {
    const person = part.type === 'element' ? byId.get(part.value) : undefined;
    return person ? (
      <a href={paths.author(ctx.language, person.slug)} rel="author">
        {person.name}
      </a>
    ) : (
      part.value
    );
  });
  return (
    <p class="byline">
      <WithSlot message={ctx.t('byline', { authors: SLOT })} slot={names} />
    </p>
  );
}

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

const dayArchive = (language: string, date: Date, tz: string) => {
  const [y, m, d] = calendarDateInZone(date, tz).split('-').map(Number) as [number, number, number];
  return paths.archive(language, y, m, d);
};

const summaryOf = (a: Article): string =>
  a.standfirst ??
  (a.bodyText.length > 200 ? `${a.bodyText.slice(0, 197).replace(/\s+\S*$/, '')}…` : a.bodyText);

/** OpenGraph locale names ("en" → "en_GB"), from the language packs. */
const ogLocale = (language: string) => packFor(language).ogLocale;

/** Structured data, OpenGraph and Twitter card for sharing and search engines. */
/**
 * schema.org `about` and `mentions` from what readers may see of the reading: the entities the
 * headline or standfirst names are what the article is about, the others are mentioned.
 */
function aboutAndMentions(ctx: PageContext, article: Article, facts: AnalysisResult | null) {
  if (!facts) return {};
  const abs = (path: string) => absolute(ctx.site.baseUrl, path);
  const lead = `${article.headline} ${article.standfirst ?? ''}`.toLowerCase();
  const things = [
    ...facts.people.map((p) => ({ type: 'Person' as const, kind: 'person', e: p })),
    ...facts.places.map((p) => ({ type: 'Place' as const, kind: 'place', e: p })),
    ...facts.orgs.map((o) => ({ type: 'Organization' as const, kind: 'org', e: o })),
  ]
    .map(({ type, kind, e }) => ({
      type,
      name: e.name,
      url: abs(paths.topic(article.language, kind, slugify(e.name))),
      inLead: [e.name, ...e.mentions].some((m) => m.length > 2 && lead.includes(m.toLowerCase())),
    }))
    .filter((t) => !t.url.endsWith('/'));
  const strip = ({ inLead: _l, ...t }: (typeof things)[number]) => t;
  return {
    about: things.filter((t) => t.inLead).map(strip),
    mentions: things.filter((t) => !t.inLead).map(strip),
  };
}

function ArticleHead({
  ctx,
  article,
  canonical,
  alternates,
  facts,
}: {
  ctx: PageContext;
  article: Article;
  canonical: string;
  alternates: Alternate[];
  facts: AnalysisResult | null;
}) {
  const { site } = ctx;
  const abs = (path: string) => absolute(site.baseUrl, path);
  const published = article.publishedAt ?? article.createdAt;
  const modified = article.updatedAt ?? published;
  // Paths on this site become absolute; external images are kept as they are; unsafe ones are left out.
  const images = [
    ...(article.featuredImage ? [article.featuredImage.src] : []),
    ...article.body.flatMap((b) => (b.type === 'image' ? [b.src] : [])),
  ].flatMap((src) => publicUrl('image', site.baseUrl, src) ?? []);
  const sectionUrl = abs(paths.section(article.language, article.section.slug));
  const others = alternates.filter((a) => a.language !== article.language);
  const ld = [
    newsArticleLd({
      url: canonical,
      headline: article.headline,
      description: summaryOf(article),
      language: article.language,
      section: { name: article.section.name, url: sectionUrl },
      published,
      modified,
      authors: article.authors.map((p) => ({
        name: p.name,
        url: abs(paths.author(article.language, p.slug)),
      })),
      creditedOrganization: article.sources[0]?.outlet ?? null,
      publisher: {
        name: site.name,
        url: abs(paths.front(article.language)),
        logoUrl: abs(ctx.assets.logoHref),
      },
      images,
      tags: article.tags.map((t) => t.name),
      sources: article.sources.map((s) => ({
        name: s.citing ? `${s.outlet}, ${s.citing}` : s.outlet,
        url: publicUrl('source', site.baseUrl, s.url),
      })),
      home: { name: site.name, url: abs(paths.front(article.language)) },
      translations: others.map((a) => ({ language: a.language, url: abs(a.href) })),
      ...aboutAndMentions(ctx, article, facts),
    }),
    breadcrumbLd([
      { name: site.name, url: abs(paths.front(article.language)) },
      { name: article.section.name, url: sectionUrl },
      { name: article.headline, url: canonical },
    ]),
  ];
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(ld) }} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:title" content={article.headline} />
      <meta property="og:description" content={summaryOf(article)} />
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={ogLocale(article.language)} />
      {others.map((a) => (
        <meta property="og:locale:alternate" content={ogLocale(a.language)} />
      ))}
      {images[0] ? <meta property="og:image" content={images[0]} /> : null}
      <meta property="article:published_time" content={published.toISOString()} />
      <meta property="article:modified_time" content={modified.toISOString()} />
      <meta property="article:section" content={article.section.name} />
      {article.tags.map((t) => (
        <meta property="article:tag" content={t.name} />
      ))}
      <meta name="twitter:card" content={images[0] ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={article.headline} />
      <meta name="twitter:description" content={summaryOf(article)} />
    </>
  );
}

export function ArticlePage(props: {
  ctx: PageContext;
  article: Article;
  related: ArticleSummary[];
  mostRead: ArticleSummary[];
  facts: AnalysisResult | null;
  story: StoryView | null;
  alternates: Alternate[];
  xDefault: string;
}) {
  const { ctx, related } = props;
  // Addresses stored before the URL policy existed are checked again here, for the page and its JSON-LD.
  const article = withSafeUrls(props.article);
  const { t, site } = ctx;
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
      description={summaryOf(article)}
      canonical={canonical}
      currentSection={article.section.slug}
      alternates={props.alternates}
      xDefault={props.xDefault}
      head={
        <ArticleHead
          ctx={ctx}
          article={article}
          canonical={canonical}
          alternates={props.alternates}
          facts={props.facts}
        />
      }
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
        {article.featuredImage ? <FeaturedFigure image={article.featuredImage} /> : null}
        <ArticleBody body={article.body} />
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
      </article>
      {related.length ? (
        <aside class="related">
          <LatestList ctx={ctx} articles={related} heading={t('related')} today="" />
        </aside>
      ) : null}
      {props.facts ? <ConflictingAccounts ctx={ctx} facts={props.facts} /> : null}
      {props.facts ? <KeyFacts ctx={ctx} facts={props.facts} /> : null}
      {props.story ? (
        <section class="key-facts" aria-labelledby="story-heading">
          <h2 id="story-heading">{t('storyTimeline')}</h2>
          {/* Only when other articles add to what this one reports (its own events are in its key facts). */}
          {props.story.timeline.some((e) => e.article.id !== article.id) ? (
            <Timeline ctx={ctx} entries={props.story.timeline} current={article.id} />
          ) : null}
          <p>
            <a href={paths.story(ctx.language, props.story.id)}>
              {t('storyLink', { count: props.story.articles.length })}
            </a>
          </p>
        </section>
      ) : null}
      <div class="related">
        <MostRead ctx={ctx} articles={props.mostRead} />
      </div>
      <script data-article={article.id} dangerouslySetInnerHTML={{ __html: ctx.assets.viewBeacon }} />
    </Layout>
  );
}

/** The image at the top of an article: loaded at once (it is the page's largest paint), with caption and credit. */
function FeaturedFigure({ image }: { image: FeaturedImage }) {
  return (
    <figure class="featured-image">
      <Picture image={image} eager />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span class="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
