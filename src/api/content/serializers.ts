import {
  safeFeaturedImage,
  safeSources,
  type Article,
  type ArticleSummary,
  type FeaturedImage,
} from '../../domain/article.ts';
import {
  mediaPath,
  mimeTypeOf,
  parseMediaFile,
  variantFile,
  variantFormats,
  variantWidths,
} from '../../domain/media.ts';
import { safeBody } from '../../domain/body.ts';
import type { Section } from '../../domain/taxonomy.ts';
import type { z } from 'zod';
import type { articleSchema, featuredImageJson, summarySchema } from './schemas.ts';

type SummaryJson = z.input<typeof summarySchema>;
type ArticleJson = z.input<typeof articleSchema>;
type ImageJson = z.input<typeof featuredImageJson>;

/** Public JSON shapes of the Content API. Field names are part of the contract: never rename one. */
export const articleFields = [
  'id',
  'url',
  'language',
  'slug',
  'headline',
  'standfirst',
  'section',
  'authors',
  'breaking',
  'publishedAt',
  'updatedAt',
  'featuredImage',
  'tags',
  'body',
  'bodyText',
  'sources',
  'corrections',
  'translationGroupId',
] as const;
export type ArticleField = (typeof articleFields)[number];
/** Fields a list answer carries unless asked otherwise (the rest need `fields=` or the item endpoint). */
export const summaryFields: ArticleField[] = [
  'id',
  'url',
  'language',
  'slug',
  'headline',
  'standfirst',
  'section',
  'authors',
  'breaking',
  'publishedAt',
  'updatedAt',
  'featuredImage',
];

type Url = (path: string) => string;
const articlePath = (a: ArticleSummary) => `/${a.language}/${a.section.slug}/${a.slug}`;

/**
 * The featured image with its absolute URL and, for library media, every variant the media route
 * serves (derived from the image's own fields, as the reader site's srcset is). Null when there is
 * none or its address fails the URL policy.
 */
export function serializeImage(image: FeaturedImage | null, url: Url): ImageJson {
  const safe = safeFeaturedImage(image);
  if (!safe) return null;
  const abs = (src: string) => (src.startsWith('/') ? url(src) : src);
  const { mediaId, width, height } = safe;
  const file =
    mediaId && safe.src.startsWith(`/media/${mediaId}/`)
      ? parseMediaFile(safe.src.split('/')[3] ?? '')
      : null;
  const variants =
    file && mediaId && width && height
      ? variantFormats(file.format).flatMap((format) =>
          variantWidths(width).map((w) => ({
            url: url(mediaPath(mediaId, variantFile(w, format))),
            width: w,
            height: Math.round((w * height) / width),
            type: mimeTypeOf[format],
          })),
        )
      : [];
  return {
    url: abs(safe.src),
    alt: safe.alt,
    caption: safe.caption,
    credit: safe.credit,
    width,
    height,
    variants,
  };
}

export function serializeSummary(a: ArticleSummary, url: Url): SummaryJson {
  return {
    id: a.id,
    url: url(articlePath(a)),
    language: a.language,
    slug: a.slug,
    headline: a.headline,
    standfirst: a.standfirst,
    section: { slug: a.section.slug, name: a.section.name },
    authors: a.authors.map((p) => ({ slug: p.slug, name: p.name, role: p.role })),
    breaking: a.breaking,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt?.toISOString() ?? null,
    featuredImage: serializeImage(a.featuredImage, url),
  };
}

export function serializeArticle(a: Article, url: Url): ArticleJson {
  return {
    ...serializeSummary(a, url),
    tags: a.tags.map((t) => ({ slug: t.slug, name: t.name })),
    // Addresses stored before the URL policy existed are checked again before they go out.
    body: safeBody(a.body),
    bodyText: a.bodyText,
    sources: safeSources(a.sources),
    corrections: a.corrections.map((c) => ({ text: c.text, createdAt: c.createdAt.toISOString() })),
    translationGroupId: a.translationGroupId,
  };
}

export function serializeSection(s: Section) {
  return { slug: s.slug, name: s.name, description: s.description, color: s.color };
}

/** Keeps only the asked-for fields. */
export function pick<T extends object>(o: T, fields: readonly string[]): Partial<T> {
  return Object.fromEntries(fields.filter((f) => f in o).map((f) => [f, o[f as keyof T]])) as Partial<T>;
}
