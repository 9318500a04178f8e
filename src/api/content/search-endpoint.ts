import { z } from 'zod';
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
        language: language.optional(),
        section: slug.optional(),
        tag: slug.optional(),
        author: slug.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        page: z.coerce.number().int().min(1).max(1000).default(1),
        limit: z.coerce.number().int().min(1).max(50).default(10),
      }),
      async handler({ query: q }) {
        const r = await deps.search.search({
          q: q.q,
          language: languageOf(deps, q.language),
          page: q.page,
          pageSize: q.limit,
          ...(q.section ? { section: q.section } : {}),
          ...(q.tag ? { tag: q.tag } : {}),
          ...(q.author ? { author: q.author } : {}),
          ...(q.from ? { from: q.from } : {}),
          ...(q.to ? { to: q.to } : {}),
        });
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
