import { z } from 'zod';
import { articleBodySchema } from '../../domain/body.ts';

/** The Content API's answers, for its OpenAPI document (serializers.ts writes them). */
const isoDateTime = z.iso.datetime({ offset: true });
const named = z.object({ slug: z.string(), name: z.string() });

/** One file of a featured image: a size and format the site serves. */
const imageVariant = z.object({
  url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  type: z.string().describe('MIME type, e.g. image/webp'),
});
export const featuredImageJson = z
  .object({
    url: z.string(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    /** Every size and format made of a library image, narrowest first; empty for an external image. */
    variants: z.array(imageVariant),
  })
  .nullable();

export const summarySchema = z.object({
  id: z.string(),
  url: z.string(),
  language: z.string(),
  slug: z.string(),
  headline: z.string(),
  standfirst: z.string().nullable(),
  section: named,
  authors: z.array(named.extend({ role: z.string().nullable() })),
  breaking: z.boolean(),
  publishedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime.nullable(),
  featuredImage: featuredImageJson,
});

export const articleSchema = summarySchema.extend({
  tags: z.array(named),
  body: articleBodySchema,
  bodyText: z.string(),
  sources: z.array(
    z.object({ outlet: z.string(), citing: z.string().nullable(), url: z.string().nullable() }),
  ),
  corrections: z.array(z.object({ text: z.string(), createdAt: isoDateTime })),
  translationGroupId: z.string(),
});

/** With `fields=`, an answer carries only the fields asked for. */
const someArticleFields = articleSchema.partial();

export const articleListResponse = z.object({
  data: z.array(someArticleFields),
  meta: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
});
export const articleResponse = z.object({ data: someArticleFields });
export const sectionsResponse = z.object({
  data: z.array(named.extend({ description: z.string().nullable(), color: z.string().nullable() })),
});
export const tagsResponse = z.object({ data: z.array(named) });
export const authorsResponse = z.object({
  data: z.array(named.extend({ role: z.string().nullable(), bio: z.string().nullable() })),
});
export const searchResponse = z.object({
  data: z.array(summarySchema.extend({ score: z.number(), snippet: z.string() })),
  meta: z.object({
    total: z.number().int(),
    /** True when `total` is an estimate for a large result, rounded to two digits ("about 29,000"). */
    totalEstimated: z.boolean(),
    page: z.number().int(),
    pageCount: z.number().int(),
    problem: z.string().optional(),
  }),
});
