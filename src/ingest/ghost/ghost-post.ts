import { z } from 'zod';

/**
 * A Ghost post as the importer needs it, whether it came from an export file's tables or from the
 * Content API of a running Ghost: both are read into this one shape.
 */
export interface GhostPost {
  id: string;
  uuid: string;
  title: string;
  slug: string;
  type: string;
  status: string;
  visibility: string;
  lexical: string | null;
  mobiledoc: string | null;
  html: string | null;
  plaintext: string | null;
  featureImage: string | null;
  featureImageAlt: string | null;
  featureImageCaption: string | null;
  customExcerpt: string | null;
  publishedAt: Date | null;
  /** The post's public address, when the source knows it (the Content API does). */
  url: string | null;
  /** In Ghost's order: the first public one is the primary tag. */
  tags: GhostTag[];
  authors: { name: string }[];
}

export interface GhostTag {
  name: string;
  slug: string;
  visibility: string;
}

const text = z
  .string()
  .nullish()
  .transform((s) => s ?? null);

/**
 * Ghost's dates: ISO strings from MySQL exports and the API, "YYYY-MM-DD HH:MM:SS" (UTC) from SQLite
 * exports, or epoch milliseconds from old exports.
 */
export const ghostDate = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return null;
    const d =
      typeof v === 'number'
        ? new Date(v)
        : new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(v) ? `${v.replace(' ', 'T')}Z` : v);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a date` });
      return z.NEVER;
    }
    return d;
  });

const id = z.union([z.string(), z.number()]).transform(String);

/** A row of an export's `posts` table. */
export const exportPostSchema = z.object({
  id,
  uuid: z.string().nullish(),
  title: z.string().nullish(),
  slug: z.string().nullish(),
  type: z.string().nullish(),
  page: z.union([z.boolean(), z.number()]).nullish(),
  status: z.string().nullish(),
  visibility: z.string().nullish(),
  lexical: text,
  mobiledoc: text,
  html: text,
  plaintext: text,
  feature_image: text,
  custom_excerpt: text,
  published_at: ghostDate,
});

export const exportTagSchema = z.object({
  id,
  name: z.string(),
  slug: z.string().nullish(),
  visibility: z.string().nullish(),
});
export const exportUserSchema = z.object({ id, name: z.string() });
export const exportLinkSchema = z.object({
  post_id: id,
  tag_id: id.optional(),
  author_id: id.optional(),
  sort_order: z.number().nullish(),
});
export const exportPostMetaSchema = z.object({
  post_id: id,
  feature_image_alt: text,
  feature_image_caption: text,
});

/** A post of the Content API (`include=tags,authors&formats=html,plaintext`). */
export const apiPostSchema = z.object({
  id,
  uuid: z.string().nullish(),
  title: z.string().nullish(),
  slug: z.string().nullish(),
  visibility: z.string().nullish(),
  html: text,
  plaintext: text,
  feature_image: text,
  feature_image_alt: text,
  feature_image_caption: text,
  custom_excerpt: text,
  published_at: ghostDate,
  url: text,
  tags: z
    .array(z.object({ name: z.string(), slug: z.string().nullish(), visibility: z.string().nullish() }))
    .nullish(),
  authors: z.array(z.object({ name: z.string() })).nullish(),
});

export const apiPageSchema = z.object({
  posts: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({
      page: z.number(),
      pages: z.number(),
      total: z.number(),
      next: z.number().nullable(),
    }),
  }),
});

export function fromApiPost(p: z.output<typeof apiPostSchema>): GhostPost {
  return {
    id: p.id,
    uuid: p.uuid ?? p.id,
    title: p.title ?? '',
    slug: p.slug ?? '',
    // The Content API serves published posts only.
    type: 'post',
    status: 'published',
    visibility: p.visibility ?? 'public',
    lexical: null,
    mobiledoc: null,
    html: p.html,
    plaintext: p.plaintext,
    featureImage: p.feature_image,
    featureImageAlt: p.feature_image_alt,
    featureImageCaption: p.feature_image_caption,
    customExcerpt: p.custom_excerpt,
    publishedAt: p.published_at,
    url: p.url,
    tags: (p.tags ?? []).map((t) => ({
      name: t.name,
      slug: t.slug ?? '',
      visibility: t.visibility ?? 'public',
    })),
    authors: (p.authors ?? []).map((a) => ({ name: a.name })),
  };
}
