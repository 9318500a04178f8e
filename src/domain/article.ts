import { z } from 'zod';
import { articleBodySchema, safeBody, type Block } from './body.ts';
import { articleStatuses, type ArticleStatus } from './statuses.ts';
import { isSafeUrl, urlSchema } from './urls.ts';

export { articleStatuses, type ArticleStatus };

export interface SectionRef {
  id: string;
  slug: string;
  name: string;
  color: string | null;
}
export interface TagRef {
  id: string;
  slug: string;
  name: string;
}
export interface PersonRef {
  id: string;
  slug: string;
  name: string;
  role: string | null;
  /** An organisation credited as author (a desk, an agency); absent or 'person' for a person. */
  kind?: 'person' | 'organization';
}

/** Where a story came from: "News.Az reports, citing Azerbaijani media". */
export interface SourceCitation {
  outlet: string;
  citing: string | null;
  url: string | null;
}

export interface Correction {
  id: string;
  text: string;
  createdAt: Date;
}

/** The image shown at the top of an article and in listings, feeds and social cards. */
export const featuredImageSchema = z.object({
  src: urlSchema('image'),
  alt: z.string().trim().max(500).default(''),
  caption: z.string().trim().max(1000).nullable().default(null),
  credit: z.string().trim().max(300).nullable().default(null),
  width: z.number().int().positive().nullable().default(null),
  height: z.number().int().positive().nullable().default(null),
  mediaId: z.uuid().nullable().default(null),
});
export type FeaturedImage = z.output<typeof featuredImageSchema>;

export interface Article {
  id: string;
  translationGroupId: string;
  language: string;
  slug: string;
  headline: string;
  standfirst: string | null;
  body: Block[];
  bodyText: string;
  status: ArticleStatus;
  /** The breaking-news flag as set; whether it still shows is `isBreakingNow` (it ends). */
  breaking: boolean;
  /** When the breaking flag stops showing; null while not breaking (or not yet published). */
  breakingUntil: Date | null;
  section: SectionRef;
  tags: TagRef[];
  authors: PersonRef[];
  sources: SourceCitation[];
  corrections: Correction[];
  featuredImage: FeaturedImage | null;
  /** Goes up by one with every save; a save names the version it started from. */
  version: number;
  /** The newsroom account that created it (null for imports and demo content). */
  ownerId: string | null;
  /** When a scheduled article goes out. */
  scheduledAt: Date | null;
  createdAt: Date;
  publishedAt: Date | null;
  /** Set when the published text changed; readers see "Updated …". */
  updatedAt: Date | null;
  modifiedAt: Date;
}

export type ArticleSummary = Pick<
  Article,
  | 'id'
  | 'language'
  | 'slug'
  | 'headline'
  | 'standfirst'
  | 'section'
  | 'authors'
  | 'publishedAt'
  | 'updatedAt'
  | 'breaking'
  | 'breakingUntil'
  | 'featuredImage'
>;

export const sourceCitationSchema = z.object({
  outlet: z.string().trim().min(1).max(200),
  citing: z.string().trim().min(1).max(300).nullable().default(null),
  url: urlSchema('source').nullable().default(null),
});

export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/**
 * Every field a writer may set on an article, with its limits and messages — written once.
 * Creating, the newsroom's drafts, updates, the admin API's bodies and the importers all
 * derive their schemas from these (pick, partial, extend).
 */
export const articleFieldsSchema = z.object({
  language: z.string().min(2).max(35),
  translationGroupId: z.uuid(),
  slug: slugSchema,
  headline: z.string().trim().min(1, 'is required').max(300),
  standfirst: z.string().trim().max(600).nullable(),
  body: articleBodySchema,
  sectionSlug: z.string().min(1, 'is required'),
  tags: z.array(z.string().trim().min(1).max(80)).max(30),
  authors: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120),
        role: z.string().trim().max(200).nullable().default(null),
      }),
    )
    .max(10),
  sources: z.array(sourceCitationSchema).max(20),
  corrections: z.array(z.object({ text: z.string().trim().min(1).max(2000), createdAt: z.date() })),
  status: z.enum(articleStatuses),
  breaking: z.boolean(),
  /** When the breaking flag ends; null for the site's default length (`breakingHours`). */
  breakingUntil: z.coerce.date({ error: 'must be a date and time' }).nullable(),
  publishedAt: z.date().nullable(),
  updatedAt: z.date().nullable(),
  featuredImage: featuredImageSchema.nullable(),
  /** The newsroom account creating it. */
  ownerId: z.uuid().nullable(),
});
const field = articleFieldsSchema.shape;

/** What a writer (importer, demo loader, the newsroom) hands to the article service: what may be left out starts empty. */
export const newArticleObject = articleFieldsSchema
  .pick({
    language: true,
    translationGroupId: true,
    slug: true,
    headline: true,
    standfirst: true,
    body: true,
    sectionSlug: true,
    tags: true,
    authors: true,
    sources: true,
    corrections: true,
    status: true,
    breaking: true,
    publishedAt: true,
    updatedAt: true,
    featuredImage: true,
    ownerId: true,
  })
  .partial({ translationGroupId: true, slug: true })
  .extend({
    standfirst: field.standfirst.default(null),
    tags: field.tags.default([]),
    authors: field.authors.default([]),
    sources: field.sources.default([]),
    corrections: field.corrections.default([]),
    status: field.status.default('draft'),
    breaking: field.breaking.default(false),
    publishedAt: field.publishedAt.default(null),
    updatedAt: field.updatedAt.default(null),
    featuredImage: field.featuredImage.default(null),
    ownerId: field.ownerId.default(null),
  });

export const newArticleSchema = newArticleObject.superRefine((a, ctx) => {
  // Drafts may start empty; what readers see may not.
  if (a.status !== 'draft' && a.status !== 'in_review' && a.body.length === 0)
    ctx.addIssue({ code: 'custom', path: ['body'], message: 'the body needs at least one block' });
});
export type NewArticleInput = z.input<typeof newArticleSchema>;
export type NewArticle = z.output<typeof newArticleSchema>;

/** A featured image that may be shown (its address passes the URL policy), else null. */
export const safeFeaturedImage = <T extends { src: string }>(image: T | null): T | null =>
  image && isSafeUrl('image', image.src) ? image : null;

/** Sources as they may be shown: an address the URL policy refuses is left out (the name stays). */
export const safeSources = (sources: SourceCitation[]): SourceCitation[] =>
  sources.map((s) => (s.url === null || isSafeUrl('source', s.url) ? s : { ...s, url: null }));

/**
 * An article with every stored address checked again against the URL policy (body, featured
 * image, sources), for outputs: what was stored before the policy existed never goes out.
 */
export function withSafeUrls<T extends Pick<Article, 'body' | 'featuredImage' | 'sources'>>(a: T): T {
  return {
    ...a,
    body: safeBody(a.body),
    featuredImage: safeFeaturedImage(a.featuredImage),
    sources: safeSources(a.sources),
  };
}
