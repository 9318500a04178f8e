import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { zonedTimeToInstant } from '../../lib/dates.ts';
import type { ArticleReader } from '../../services/articles/article-reader.ts';
import type { SearchService } from '../../services/search/search.service.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import { endpointsOf, type Endpoint } from '../endpoint.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import {
  articleListResponse,
  articleResponse,
  authorsResponse,
  searchResponse,
  sectionsResponse,
  tagsResponse,
} from './schemas.ts';
import {
  articleFields,
  type ArticleField,
  pick,
  serializeArticle,
  serializeSection,
  serializeSummary,
  summaryFields,
} from './serializers.ts';

export interface ContentApiDeps {
  site: SiteService;
  reader: ArticleReader;
  taxonomy: TaxonomyService;
  search: SearchService;
}

/** A Content API endpoint: read-only, for any valid API key (routes.ts checks it before the handler). */
export type ContentEndpoint = Endpoint<'api-key', object>;
const endpoint = endpointsOf<'api-key', object>();

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as world');
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code such as en');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
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

const url = (deps: ContentApiDeps) => (path: string) => `${deps.site.settings().baseUrl}${path}`;
const day = (d: string, tz: string, plus = 0): Date => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return zonedTimeToInstant(y, m, dd + plus, 0, 0, tz);
};

async function ensureLanguage(deps: ContentApiDeps, code: string): Promise<void> {
  if (!deps.site.isLanguage(code)) {
    throw new AppError('VALIDATION_FAILED', `language: "${code}" is not published on this site`, [
      { field: 'language', message: `must be one of ${deps.site.settings().languages.join(', ')}` },
    ]);
  }
}

/** The Content API's endpoints, as plain objects (Ghost's habit). */
export function contentEndpoints(deps: ContentApiDeps): ContentEndpoint[] {
  return [
    endpoint({
      method: 'GET',
      path: '/articles',
      operationId: 'listArticles',
      access: 'api-key',
      response: articleListResponse,
      summary: 'Published articles, newest first, with filters, field selection and cursor pagination.',
      query: z.object({
        language: language.optional().describe('Defaults to the site language'),
        section: slug.optional(),
        tag: slug.optional(),
        author: slug.optional(),
        since: isoDate.optional().describe('Published on or after this day (site time zone)'),
        until: isoDate.optional().describe('Published on or before this day (site time zone)'),
        fields,
        limit: z.coerce.number().int().min(1).max(100).default(20),
        cursor: z.string().max(200).optional().describe('The `meta.nextCursor` of the previous page'),
      }),
      async handler({ query }) {
        const q = query as {
          language?: string;
          section?: string;
          tag?: string;
          author?: string;
          since?: string;
          until?: string;
          fields?: ArticleField[];
          limit: number;
          cursor?: string;
        };
        const lang = q.language ?? deps.site.settings().defaultLanguage;
        await ensureLanguage(deps, lang);
        const after = q.cursor ? decodeCursor(q.cursor) : null;
        if (q.cursor && !after)
          throw new AppError('VALIDATION_FAILED', 'cursor: not a cursor this API issued', [
            { field: 'cursor', message: 'is not valid' },
          ]);
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
        const filter = {
          language: lang,
          ...(section ? { sectionId: section.id } : {}),
          ...(tag ? { tagId: tag.id } : {}),
          ...(author ? { personId: author.id } : {}),
          ...(q.since ? { from: day(q.since, tz) } : {}),
          ...(q.until ? { until: day(q.until, tz, 1) } : {}),
        };
        const rows = await deps.reader.listAfter(filter, q.limit + 1, after);
        const page = rows.slice(0, q.limit);
        const wanted = q.fields ?? summaryFields;
        const needsFull = wanted.some((f) => !summaryFields.includes(f));
        const data = await Promise.all(
          page.map(async (s) => {
            if (!needsFull) return pick(serializeSummary(s, url(deps)), wanted);
            const full = await deps.reader.byId(s.id);
            return pick(serializeArticle(full!, url(deps)), wanted);
          }),
        );
        const last = page[page.length - 1];
        const nextCursor =
          rows.length > q.limit && last?.publishedAt
            ? encodeCursor({ publishedAt: last.publishedAt, id: last.id })
            : null;
        return { data, meta: { limit: q.limit, nextCursor } };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/articles/:id',
      operationId: 'getArticle',
      access: 'api-key',
      response: articleResponse,
      summary: 'One published article in full.',
      params: z.object({ id: z.string().uuid('must be an article id') }),
      query: z.object({ fields }),
      async handler({ params, query }) {
        const a = await deps.reader.byId(params.id as string);
        if (!a || a.status !== 'published')
          throw new AppError('NOT_FOUND', 'no published article with this id');
        const serialized = serializeArticle(a, url(deps));
        const wanted = (query.fields as string[] | undefined) ?? articleFields;
        return { data: pick(serialized, wanted) };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/sections',
      operationId: 'listSections',
      access: 'api-key',
      response: sectionsResponse,
      summary: 'Sections, named in the requested language.',
      query: z.object({ language: language.optional() }),
      async handler({ query }) {
        const lang = (query.language as string | undefined) ?? deps.site.settings().defaultLanguage;
        await ensureLanguage(deps, lang);
        return { data: (await deps.taxonomy.sections(lang)).map(serializeSection) };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/tags',
      operationId: 'listTags',
      access: 'api-key',
      response: tagsResponse,
      summary: 'Tags in use on published articles.',
      query: z.object({}),
      async handler() {
        return { data: (await deps.taxonomy.usedTags()).map((t) => ({ slug: t.slug, name: t.name })) };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/authors',
      operationId: 'listAuthors',
      access: 'api-key',
      response: authorsResponse,
      summary: 'People credited on published articles.',
      query: z.object({}),
      async handler() {
        return {
          data: (await deps.taxonomy.authors()).map((p) => ({
            slug: p.slug,
            name: p.name,
            role: p.role,
            bio: p.bio,
          })),
        };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/search',
      operationId: 'search',
      access: 'api-key',
      response: searchResponse,
      summary: 'Full-text search with ranking and highlighted snippets.',
      query: z.object({
        q: z.string().max(500),
        language: language.optional(),
        section: slug.optional(),
        tag: slug.optional(),
        author: slug.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        page: z.coerce.number().int().min(1).max(1000).default(1),
        limit: z.coerce.number().int().min(1).max(50).default(10),
      }),
      async handler({ query }) {
        const q = query as {
          q: string;
          language?: string;
          section?: string;
          tag?: string;
          author?: string;
          from?: string;
          to?: string;
          page: number;
          limit: number;
        };
        const lang = q.language ?? deps.site.settings().defaultLanguage;
        await ensureLanguage(deps, lang);
        const r = await deps.search.search({
          q: q.q,
          language: lang,
          page: q.page,
          pageSize: q.limit,
          ...(q.section ? { section: q.section } : {}),
          ...(q.tag ? { tag: q.tag } : {}),
          ...(q.author ? { author: q.author } : {}),
          ...(q.from ? { from: q.from } : {}),
          ...(q.to ? { to: q.to } : {}),
        });
        return {
          data: r.items.map((i) => ({
            ...serializeSummary(i.article, url(deps)),
            score: Number(i.rank.toFixed(4)),
            snippet: i.snippet
              .map((s) => (s.mark ? `<mark>${escape(s.text)}</mark>` : escape(s.text)))
              .join(''),
          })),
          meta: {
            total: r.total,
            page: r.page,
            pageCount: r.pageCount,
            ...(r.query.problem ? { problem: r.query.problem } : {}),
          },
        };
      },
    }),
  ];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
