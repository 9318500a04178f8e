import { z } from 'zod';
import { articleBodySchema, type Block } from './body.ts';

export const articleStatuses = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

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
  src: z
    .string()
    .max(2000)
    .refine((u) => /^(https?:\/\/|\/(?!\/))/i.test(u), 'must be an http(s) or site-relative URL'),
  alt: z.string().trim().max(500).default(''),
  caption: z.string().trim().max(1000).nullable().default(null),
  credit: z.string().trim().max(300).nullable().default(null),
  width: z.number().int().positive().nullable().default(null),
  height: z.number().int().positive().nullable().default(null),
  mediaId: z.string().uuid().nullable().default(null),
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
  breaking: boolean;
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
  | 'featuredImage'
>;

export const sourceCitationSchema = z.object({
  outlet: z.string().trim().min(1).max(200),
  citing: z.string().trim().min(1).max(300).nullable().default(null),
  url: z
    .string()
    .max(2000)
    .refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && URL.canParse(u), 'must be an http(s) URL')
    .nullable()
    .default(null),
});

const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** What a writer (importer, demo loader, later the newsroom) hands to the article service. */
const newArticleObject = z.object({
  language: z.string().min(2).max(35),
  translationGroupId: z.string().uuid().optional(),
  slug: slugSchema.optional(),
  headline: z.string().trim().min(1, 'is required').max(300),
  standfirst: z.string().trim().max(600).nullable().default(null),
  body: articleBodySchema,
  sectionSlug: z.string().min(1, 'is required'),
  tags: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  authors: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120),
        role: z.string().trim().max(200).nullable().default(null),
      }),
    )
    .max(10)
    .default([]),
  sources: z.array(sourceCitationSchema).max(20).default([]),
  corrections: z
    .array(z.object({ text: z.string().trim().min(1).max(2000), createdAt: z.date() }))
    .default([]),
  status: z.enum(articleStatuses).default('draft'),
  breaking: z.boolean().default(false),
  publishedAt: z.date().nullable().default(null),
  updatedAt: z.date().nullable().default(null),
  featuredImage: featuredImageSchema.nullable().default(null),
  /** The newsroom account creating it. */
  ownerId: z.string().uuid().nullable().default(null),
});

/** The fields of a new article, for schemas that reuse some of them. */
export const newArticleFields = newArticleObject.shape;

export const newArticleSchema = newArticleObject.superRefine((a, ctx) => {
  // Drafts may start empty; what readers see may not.
  if (a.status !== 'draft' && a.status !== 'in_review' && a.body.length === 0)
    ctx.addIssue({ code: 'custom', path: ['body'], message: 'the body needs at least one block' });
});
export type NewArticleInput = z.input<typeof newArticleSchema>;
export type NewArticle = z.output<typeof newArticleSchema>;

export { slugSchema };
