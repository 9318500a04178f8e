import { z } from 'zod';
import { bodySchema, type Block } from './body.ts';

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
>;

export const sourceCitationSchema = z.object({
  outlet: z.string().trim().min(1).max(200),
  citing: z.string().trim().min(1).max(300).nullable().default(null),
  url: z.string().url().max(2000).nullable().default(null),
});

const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** What a writer (importer, demo loader, later the newsroom) hands to the article service. */
export const newArticleSchema = z.object({
  language: z.string().min(2).max(35),
  translationGroupId: z.string().uuid().optional(),
  slug: slugSchema.optional(),
  headline: z.string().trim().min(1, 'is required').max(300),
  standfirst: z.string().trim().max(600).nullable().default(null),
  body: bodySchema,
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
});
export type NewArticleInput = z.input<typeof newArticleSchema>;
export type NewArticle = z.output<typeof newArticleSchema>;

export { slugSchema };
