import type { Block } from '../../domain/body.ts';
import type { FeaturedImage } from '../../domain/article.ts';

export interface SitemapEntry {
  id: string;
  language: string;
  slug: string;
  sectionSlug: string;
  headline: string;
  translationGroupId: string;
  publishedAt: Date;
  /** When the published text last changed (readers see "Updated"), or null. */
  updatedAt: Date | null;
  modifiedAt: Date;
  images: { src: string; caption: string | null }[];
}

/** A sitemap row as the query reads it. */
export interface SitemapRow {
  id: string;
  language: string;
  slug: string;
  section_slug: string;
  headline: string;
  translation_group_id: string;
  published_at: string;
  updated_at: string | null;
  modified_at: string;
  body_json: string;
  featured_image: string | null;
}

/** One sitemap entry: URL parts, dates, and the images (the featured one first, then the body's). */
export function toSitemapEntry(r: SitemapRow): SitemapEntry {
  return {
    id: r.id,
    language: r.language,
    slug: r.slug,
    sectionSlug: r.section_slug,
    headline: r.headline,
    translationGroupId: r.translation_group_id,
    publishedAt: new Date(r.published_at),
    updatedAt: r.updated_at ? new Date(r.updated_at) : null,
    modifiedAt: new Date(r.modified_at),
    images: [
      ...(r.featured_image ? [JSON.parse(r.featured_image) as FeaturedImage] : []).map((f) => ({
        src: f.src,
        caption: f.caption ?? null,
      })),
      ...(JSON.parse(r.body_json) as Block[]).flatMap((b) =>
        b.type === 'image' ? [{ src: b.src, caption: b.caption ?? null }] : [],
      ),
    ],
  };
}
