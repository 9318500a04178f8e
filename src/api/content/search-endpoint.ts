import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { SearchParams, SearchResults } from '../../services/search/search.service.ts';
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
import { searchResponse } from './schemas.ts';
import { serializeSummary } from './serializers.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How deep an every-language search pages: each language's best this many are merged by score. */
export const MERGED_RESULTS = 500;
const SERVICE_PAGE = 100;

/**
 * One search in every language the site publishes (each language's own stemming), merged by score,
 * best first; the totals add up. Past MERGED_RESULTS a caller names the language.
 */
async function searchEveryLanguage(
  deps: ContentApiDeps,
  params: Omit<SearchParams, 'language' | 'page' | 'pageSize'>,
  page: number,
  limit: number,
): Promise<SearchResults> {
  const wanted = page * limit;
  if (wanted > MERGED_RESULTS) {
    throw new AppError(
      'VALIDATION_FAILED',
      `page: a search in every language pages up to result ${MERGED_RESULTS}`,
      [{ field: 'page', message: `give language= to page beyond result ${MERGED_RESULTS}` }],
    );
  }
  const perLanguage = await Promise.all(
    deps.site.settings().languages.map(async (language) => {
      const pages: SearchResults[] = [];
      // Each language's best `wanted` results, in as few service pages as its page size allows.
      const pageSize = Math.min(SERVICE_PAGE, wanted);
      for (let n = 1; (n - 1) * pageSize < wanted; n++) {
        const r = await deps.search.search({ ...params, language, page: n, pageSize });
        pages.push(r);
        if (n >= r.pageCount) break;
      }
      return pages;
    }),
  );
  const firsts = perLanguage.map((pages) => pages[0]).filter((r) => r !== undefined);
  const total = firsts.reduce((sum, r) => sum + r.total, 0);
  const items = perLanguage
    .flat()
    .flatMap((r) => r.items)
    .sort(
      (a, b) =>
        b.rank - a.rank || (b.article.publishedAt?.getTime() ?? 0) - (a.article.publishedAt?.getTime() ?? 0),
    );
  const [first] = firsts;
  if (!first) throw new Error('searchEveryLanguage: the site publishes in no language');
  return {
    ...first,
    items: items.slice((page - 1) * limit, page * limit),
    total,
    totalEstimated: firsts.some((r) => r.totalEstimated),
    page,
    pageCount: Math.max(1, Math.ceil(total / limit)),
  };
}

/** Full-text search over published articles, ranked, with highlighted snippets. */
export function searchEndpoints(deps: ContentApiDeps): ContentEndpoint[] {
  return [
    endpoint({
      method: 'GET',
      path: '/search',
      operationId: 'search',
      access: 'api-key',
      response: searchResponse,
      summary: 'Full-text search with ranking and highlighted snippets.',
      query: z.object({
        q: z.string().max(500),
        language: language.optional().describe('Only this language; default: every language of the site'),
        section: slug.optional(),
        tag: slug.optional(),
        author: slug.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        page: z.coerce.number().int().min(1).max(1000).default(1),
        limit: z.coerce.number().int().min(1).max(50).default(10),
      }),
      async handler({ query: q }) {
        const filters = {
          q: q.q,
          ...(q.section ? { section: q.section } : {}),
          ...(q.tag ? { tag: q.tag } : {}),
          ...(q.author ? { author: q.author } : {}),
          ...(q.from ? { from: q.from } : {}),
          ...(q.to ? { to: q.to } : {}),
        };
        const r = q.language
          ? await deps.search.search({
              ...filters,
              language: languageOf(deps, q.language),
              page: q.page,
              pageSize: q.limit,
            })
          : await searchEveryLanguage(deps, filters, q.page, q.limit);
        const url = siteUrl(deps);
        return {
          data: r.items.map((i) => ({
            ...serializeSummary(i.article, url),
            score: Number(i.rank.toFixed(4)),
            snippet: i.snippet
              .map((s) => (s.mark ? `<mark>${escape(s.text)}</mark>` : escape(s.text)))
              .join(''),
          })),
          meta: {
            total: r.total,
            totalEstimated: r.totalEstimated,
            page: r.page,
            pageCount: r.pageCount,
            ...(r.query.problem ? { problem: r.query.problem } : {}),
          },
        };
      },
    }),
  ];
}
