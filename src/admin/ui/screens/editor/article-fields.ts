import type { ArticleFields, EditorArticle } from '../../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../../contract/site.ts';
import { slugify } from '../../../../lib/slug.ts';

/** The fields the editor works on, from an article as the server answered it. */
export function fieldsOf(a: EditorArticle): ArticleFields {
  return {
    headline: a.headline,
    standfirst: a.standfirst,
    slug: a.slug,
    sectionSlug: a.section.slug,
    tags: a.tags,
    authors: a.authors,
    sources: a.sources,
    bodyHtml: a.bodyHtml,
    featuredImage: a.featuredImage,
    breaking: a.breaking,
    breakingUntil: a.breakingUntil,
  };
}

/** Is this slug the headline's own (or the headline's with a number the server added to keep it unique)? */
export function slugFollowsHeadline(slug: string, headline: string): boolean {
  const base = slugify(headline);
  return (
    slug === base || (base !== '' && slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)))
  );
}

/** The slug the editor shows: typed by hand, kept once readers saw it, else the headline's. */
export function shownSlug(
  fields: ArticleFields,
  article: EditorArticle | null,
  slugTouched: boolean,
): string {
  return slugTouched
    ? (fields.slug ?? '')
    : article?.publishedAt
      ? article.slug
      : article && slugFollowsHeadline(article.slug, fields.headline)
        ? article.slug
        : slugify(fields.headline);
}

/** The fields of a new article: the site's first section, the person writing it as its byline. */
export function newArticleFields(me: Me, site: SiteInfo): ArticleFields {
  return {
    headline: '',
    standfirst: null,
    sectionSlug: site.sections[0]?.slug ?? '',
    tags: [],
    authors: [{ name: me.name, role: null }],
    sources: [],
    bodyHtml: '',
    featuredImage: null,
    breaking: false,
  };
}
