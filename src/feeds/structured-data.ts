/**
 * schema.org JSON-LD for articles (NewsArticle, BreadcrumbList) from a plain model. Pure.
 * The result is serialised for a <script type="application/ld+json"> block with `<` escaped, so
 * no text in an article can close the script element.
 */
export interface ArticleLdModel {
  url: string;
  headline: string;
  description: string | null;
  language: string;
  section: { name: string; url: string };
  published: Date;
  modified: Date;
  /** The bylines, each linked to its author page; `kind` organization for a desk or an agency. */
  authors: { name: string; url: string; kind?: 'person' | 'organization' }[];
  /** Credited as the author when no person is (the originating outlet, with its address if known). */
  creditedOrganization: { name: string; url: string | null } | null;
  /** The publisher; `logoUrl` a raster image (Google reads no SVG logos). */
  publisher: { name: string; url: string; logoUrl: string };
  /** The article's pictures; SVG ones are left out of `image`. */
  images: string[];
  /** A raster image for an article without one of its own (the site's share image). */
  defaultImage: string;
  tags: string[];
  sources: { name: string; url: string | null }[];
  home: { name: string; url: string };
  translations: { language: string; url: string }[];
  /** Who and what the article is about, and who and what else it names (readers' topics). */
  about?: LdThing[];
  mentions?: LdThing[];
}

/** A person, place or organisation with its topic page. */
export interface LdThing {
  type: 'Person' | 'Place' | 'Organization';
  name: string;
  url: string;
}

/** Whether an image address names an SVG file (by its path's extension). */
const isSvg = (url: string): boolean => /\.svgz?$/i.test(url.split(/[?#]/)[0] ?? '');

/** The images schema.org `image` may name: raster only, else the fallback. */
export function rasterImages(images: string[], fallback: string): string[] {
  const raster = images.filter((u) => !isSvg(u));
  return raster.length ? raster : [fallback];
}

const thing = (t: LdThing) => ({ '@type': t.type, name: t.name, url: t.url });

/** The author when no person is named: the originating outlet, else the publisher; linked where it can be. */
function organisationAuthor(m: ArticleLdModel): Record<string, unknown> {
  const org = m.creditedOrganization ?? { name: m.publisher.name, url: m.publisher.url };
  return { '@type': 'Organization', name: org.name, ...(org.url ? { url: org.url } : {}) };
}

export function newsArticleLd(m: ArticleLdModel): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: m.headline.length > 110 ? `${m.headline.slice(0, 109)}…` : m.headline,
    ...(m.description ? { description: m.description } : {}),
    inLanguage: m.language,
    articleSection: m.section.name,
    datePublished: m.published.toISOString(),
    dateModified: m.modified.toISOString(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': m.url },
    url: m.url,
    author: m.authors.length
      ? m.authors.map((a) => ({
          '@type': a.kind === 'organization' ? 'Organization' : 'Person',
          name: a.name,
          url: a.url,
        }))
      : [organisationAuthor(m)],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: m.publisher.name,
      url: m.publisher.url,
      logo: { '@type': 'ImageObject', url: m.publisher.logoUrl },
    },
    image: rasterImages(m.images, m.defaultImage),
    ...(m.tags.length ? { keywords: m.tags.join(', ') } : {}),
    ...(m.sources.length
      ? {
          isBasedOn: m.sources.map((s) => ({
            '@type': 'CreativeWork',
            name: s.name,
            ...(s.url ? { url: s.url } : {}),
          })),
          citation: m.sources.map((s) => ({
            '@type': 'CreativeWork',
            name: s.name,
            ...(s.url ? { url: s.url } : {}),
          })),
        }
      : {}),
    ...(m.about?.length ? { about: m.about.map(thing) } : {}),
    ...(m.mentions?.length ? { mentions: m.mentions.map(thing) } : {}),
    ...(m.translations.length
      ? {
          workTranslation: m.translations.map((t) => ({
            '@type': 'NewsArticle',
            inLanguage: t.language,
            url: t.url,
          })),
        }
      : {}),
  };
}

/** An author's page: the person (or organisation credited as author) it is about. */
export function profilePageLd(a: {
  kind: 'person' | 'organization';
  name: string;
  url: string;
  jobTitle: string | null;
  description: string | null;
  /** An absolute address of the photo, if there is one. */
  image: string | null;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: a.url,
    mainEntity: {
      '@type': a.kind === 'organization' ? 'Organization' : 'Person',
      name: a.name,
      url: a.url,
      ...(a.jobTitle && a.kind === 'person' ? { jobTitle: a.jobTitle } : {}),
      ...(a.description ? { description: a.description } : {}),
      ...(a.image ? { image: a.image } : {}),
    },
  };
}

/** The news organisation behind the site, for its front page. */
export function organizationLd(o: {
  name: string;
  url: string;
  logoUrl: string;
  image: string;
  legalName?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    name: o.name,
    url: o.url,
    logo: { '@type': 'ImageObject', url: o.logoUrl },
    image: o.image,
    ...(o.legalName ? { legalName: o.legalName } : {}),
    ...(o.email ? { email: o.email } : {}),
    ...(o.address ? { address: o.address } : {}),
  };
}

/** The site itself, with its search, for its front page. */
export function webSiteLd(w: {
  name: string;
  url: string;
  language: string;
  /** The search address with `{search_term_string}` where the query goes. */
  searchUrl: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: w.name,
    url: w.url,
    inLanguage: w.language,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: w.searchUrl },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for inside <script type="application/ld+json">: `<`, `>` and `&` escaped as \u sequences. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A live blog's entry, as its LiveBlogPosting lists it. */
export interface LiveUpdateLd {
  url: string;
  text: string;
  published: Date;
  modified: Date;
  author: string;
}

/**
 * A live blog: the article's NewsArticle data as a `LiveBlogPosting`, with its coverage times and
 * its entries (newest first) as `liveBlogUpdate` BlogPostings.
 */
export function liveBlogLd(
  article: Record<string, unknown>,
  live: { start: Date; end: Date | null; updates: LiveUpdateLd[] },
): Record<string, unknown> {
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    coverageStartTime: live.start.toISOString(),
    ...(live.end ? { coverageEndTime: live.end.toISOString() } : {}),
    liveBlogUpdate: live.updates.map((u) => ({
      '@type': 'BlogPosting',
      url: u.url,
      headline: u.text.length > 110 ? `${u.text.slice(0, 109)}…` : u.text,
      articleBody: u.text,
      datePublished: u.published.toISOString(),
      dateModified: u.modified.toISOString(),
      author: { '@type': 'Person', name: u.author },
    })),
  };
}
