import type { Article } from '../../../domain/article.ts';
import { publicUrl } from '../../../domain/urls.ts';
import {
  breadcrumbLd,
  jsonLdScript,
  liveBlogLd,
  newsArticleLd,
  rasterImages,
} from '../../../feeds/structured-data.ts';
import { packFor } from '../../../languages/index.ts';
import { topicSlug } from '../../topic-slug.ts';
import type { AnalysisResult } from '../../../services/analysis/analysis.service.ts';
import type { Alternate, PageContext } from '../../components/page-context.ts';
import { logoImagePath, shareImagePath } from '../../share-image.ts';
import { ShareImageSize } from '../../share-tags.tsx';
import type { LiveBlogView } from '../../components/LiveBlog.tsx';
import { absolute, paths } from '../../urls.ts';

/** The article's description: its standfirst, or the start of its text. */
export const summaryOf = (a: Article): string =>
  a.standfirst ??
  (a.bodyText.length > 200 ? `${a.bodyText.slice(0, 197).replace(/\s+\S*$/, '')}…` : a.bodyText);

/** OpenGraph locale names ("en" → "en_GB"), from the language packs. */
const ogLocale = (language: string) => packFor(language).ogLocale;

/**
 * schema.org `about` and `mentions` from what readers may see of the reading: the entities the
 * headline or standfirst names are what the article is about, the others are mentioned.
 */
function aboutAndMentions(
  ctx: PageContext,
  article: Article,
  facts: AnalysisResult | null,
): AboutAndMentions {
  if (!facts) return {};
  // A frozen reading is a remembered one, shared by every request for its article (the readings
  // memo): its entities are listed once per page address and lead, not on every page view.
  if (!Object.isFrozen(facts)) return listEntities(ctx, article, facts);
  const key = JSON.stringify([ctx.site.baseUrl, article.language, article.headline, article.standfirst]);
  const known = entityLists.get(facts);
  if (known?.key === key) return known.value;
  const value = listEntities(ctx, article, facts);
  entityLists.set(facts, { key, value });
  return value;
}

type Thing = { type: 'Person' | 'Place' | 'Organization'; name: string; url: string };
type AboutAndMentions = { about?: Thing[]; mentions?: Thing[] };

/** `aboutAndMentions` of frozen readings, by the reading (weak: gone with it) and what else it read. */
const entityLists = new WeakMap<AnalysisResult, { key: string; value: AboutAndMentions }>();

function listEntities(ctx: PageContext, article: Article, facts: AnalysisResult): AboutAndMentions {
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
      url: abs(paths.topic(article.language, kind, topicSlug(e.name))),
      inLead: [e.name, ...e.mentions].some((m) => m.length > 2 && lead.includes(m.toLowerCase())),
    }))
    .filter((t) => !t.url.endsWith('/'));
  const strip = ({ inLead: _l, ...t }: (typeof things)[number]) => t;
  return {
    about: things.filter((t) => t.inLead).map(strip),
    mentions: things.filter((t) => !t.inLead).map(strip),
  };
}

/** Structured data, OpenGraph and Twitter card for sharing and search engines. */
export function ArticleHead({
  ctx,
  article,
  canonical,
  alternates,
  facts,
  live,
}: {
  ctx: PageContext;
  article: Article;
  canonical: string;
  alternates: Alternate[];
  facts: AnalysisResult | null;
  /** A live blog's coverage and entries: the page's data is then a LiveBlogPosting. */
  live?: LiveBlogView | null;
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
  // Social cards and JSON-LD always get a raster picture: the article's, else the site's share image.
  const shareImage = abs(shareImagePath(site, article.language));
  const [cardImage = shareImage] = rasterImages(images, shareImage);
  const sectionUrl = abs(paths.section(article.language, article.section.slug));
  const others = alternates.filter((a) => a.language !== article.language);
  const summary = summaryOf(article);
  const articleLd = newsArticleLd({
    url: canonical,
    headline: article.headline,
    description: summary,
    language: article.language,
    section: { name: article.section.name, url: sectionUrl },
    published,
    modified,
    authors: article.authors.map((p) => ({
      name: p.name,
      url: abs(paths.author(article.language, p.slug)),
      ...(p.kind ? { kind: p.kind } : {}),
    })),
    creditedOrganization: article.sources[0]
      ? { name: article.sources[0].outlet, url: publicUrl('source', site.baseUrl, article.sources[0].url) }
      : null,
    publisher: {
      name: site.name,
      url: abs(paths.front(article.language)),
      logoUrl: abs(logoImagePath(site)),
    },
    images,
    defaultImage: shareImage,
    tags: article.tags.map((t) => t.name),
    sources: article.sources.map((s) => ({
      name: s.citing ? `${s.outlet}, ${s.citing}` : s.outlet,
      url: publicUrl('source', site.baseUrl, s.url),
    })),
    home: { name: site.name, url: abs(paths.front(article.language)) },
    translations: others.map((a) => ({ language: a.language, url: abs(a.href) })),
    ...aboutAndMentions(ctx, article, facts),
  });
  const ld = [
    live
      ? liveBlogLd(articleLd, {
          start: live.blog.startedAt,
          end: live.blog.endedAt,
          updates: [...(live.pinned ? [live.pinned] : []), ...live.stream].map((e) => ({
            url: `${canonical}#entry-${e.id}`,
            text: e.bodyText,
            published: e.createdAt,
            modified: e.updatedAt,
            author: e.authorName,
          })),
        })
      : articleLd,
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
      <meta property="og:description" content={summary} />
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={ogLocale(article.language)} />
      {others.map((a) => (
        <meta property="og:locale:alternate" content={ogLocale(a.language)} />
      ))}
      <meta property="og:image" content={cardImage} />
      {cardImage === shareImage ? <ShareImageSize /> : null}
      <meta property="article:published_time" content={published.toISOString()} />
      <meta property="article:modified_time" content={modified.toISOString()} />
      <meta property="article:section" content={article.section.name} />
      {article.tags.map((t) => (
        <meta property="article:tag" content={t.name} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={cardImage} />
      <meta name="twitter:title" content={article.headline} />
      <meta name="twitter:description" content={summary} />
      {live ? (
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${article.headline} — ${site.name}`}
          href={paths.liveFeed(article.language, article.section.slug, article.slug)}
        />
      ) : null}
    </>
  );
}
