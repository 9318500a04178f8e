import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { zonedTimeToInstant } from '../../lib/dates.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import {
  endpoint,
  isoDate,
  language,
  languageOf,
  siteUrl,
  slug,
  type ContentApiDeps,
  type ContentEndpoint,
} from './content-endpoint.ts';
import { articleListResponse, articleResponse } from './schemas.ts';
import {
  articleFields,
  pick,
  serializeArticle,
  serializeSummary,
  summaryFields,
  type ArticleField,
} from './serializers.ts';

const fields = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(z.enum(articleFields, { message: `must be fields among: ${articleFields.join(', ')}` })).min(1),
  )
  .optional()
  .describe(`Comma-separated fields to return; default: ${summaryFields.join(',')}`);

const listQuery = z.object({
  language: language.optional().describe('Defaults to the site language'),
  section: slug.optional(),
  tag: slug.optional(),
  author: slug.optional(),
  since: isoDate.optional().describe('Published on or after this day (site time zone)'),
  until: isoDate.optional().describe('Published on or before this day (site time zone)'),
  fields,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe('The `meta.nextCursor` of the previous page'),
});

const day = (d: string, tz: string, plus = 0): Date => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return zonedTimeToInstant(y, m, dd + plus, 0, 0, tz);
};

/** Published articles: the list (filters, fields, cursor pages) and one article in full. */
export function articleEndpoints(deps: ContentApiDeps): ContentEndpoint[] {
  return [
    endpoint({
      method: 'GET',
      path: '/articles',
      operationId: 'listArticles',
      access: 'api-key',
      response: articleListResponse,
      summary: 'Published articles, newest first, with filters, field selection and cursor pagination.',
      query: listQuery,
      handler: async ({ query }) => listArticles(deps, query),
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id',
      operationId: 'getArticle',
      access: 'api-key',
      response: articleResponse,
      summary: 'One published article in full.',
      params: z.object({ id: z.uuid('must be an article id') }),
      query: z.object({ fields }),
      async handler({ params, query }) {
        const a = await deps.reader.byId(params.id);
        if (!a || a.status !== 'published')
          throw new AppError('NOT_FOUND', 'no published article with this id');
        const serialized = serializeArticle(a, siteUrl(deps));
        const wanted = (query.fields as string[] | undefined) ?? articleFields;
        return { data: pick(serialized, wanted) };
      },
    }),
  ];
}

/** A page of the article list: the filters resolved, the page after the cursor, the fields asked for. */
async function listArticles(deps: ContentApiDeps, q: z.output<typeof listQuery>) {
  const lang = languageOf(deps, q.language);
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !after)
    throw new AppError('VALIDATION_FAILED', 'cursor: not a cursor this API issued', [
      { field: 'cursor', message: 'is not valid' },
    ]);
  const rows = await deps.reader.listAfter(await listFilter(deps, q, lang), q.limit + 1, after);
  const page = rows.slice(0, q.limit);
  const wanted: readonly ArticleField[] = q.fields ?? summaryFields;
  const needsFull = wanted.some((f) => !summaryFields.includes(f));
  const url = siteUrl(deps);
  const data = (
    await Promise.all(
      page.map(async (s) => {
        if (!needsFull) return pick(serializeSummary(s, url), wanted);
        // Unpublished or deleted since the list was read: left out, as getArticle would refuse it.
        const full = await deps.reader.byId(s.id);
        return full?.status === 'published' ? pick(serializeArticle(full, url), wanted) : null;
      }),
    )
  ).filter((a) => a !== null);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > q.limit && last?.publishedAt
      ? encodeCursor({ publishedAt: last.publishedAt, id: last.id })
      : null;
  return { data, meta: { limit: q.limit, nextCursor } };
}

/** The list's filter: section, tag and author slugs to ids (NOT_FOUND naming the unknown one), days to instants. */
async function listFilter(deps: ContentApiDeps, q: z.output<typeof listQuery>, lang: string) {
  const [section, tag, author] = await Promise.all([
    q.section ? deps.taxonomy.section(q.section, lang) : undefined,
    q.tag ? deps.taxonomy.tag(q.tag, lang) : undefined,
    q.author ? deps.taxonomy.person(q.author) : undefined,
  ]);
  for (const [name, found] of [
    ['section', section],
    ['tag', tag],
    ['author', author],
  ] as const) {
    if (found === null)
      throw new AppError('NOT_FOUND', `${name}: no such ${name}`, [
        { field: name, message: 'does not exist' },
      ]);
  }
  const tz = deps.site.settings().timeZone;
  return {
    language: lang,
    ...(section ? { sectionId: section.id } : {}),
    ...(tag ? { tagId: tag.id } : {}),
    ...(author ? { personId: author.id } : {}),
    ...(q.since ? { from: day(q.since, tz) } : {}),
    ...(q.until ? { until: day(q.until, tz, 1) } : {}),
  };
}
