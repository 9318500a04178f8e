import { z } from 'zod';
import type { ArticleSummary } from '../../domain/article.ts';
import { zonedTimeToInstant } from '../../lib/dates.ts';
import { pageCount } from '../../lib/pagination.ts';
import { highlight, parseQuery, type ParsedQuery, type Segment } from '../../search/text.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { bodyToPlainText } from '../../domain/body.ts';
import type { SiteService } from '../site/site.service.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { validate } from '../validate.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'is not a calendar date',
  );
const slugParam = z
  .string()
  .max(200)
  .regex(/^[a-z0-9-]+$/, 'is not a valid name');

export const searchParamsSchema = z.object({
  q: z.string().max(500).default(''),
  language: z.string().min(2).max(35),
  section: slugParam.optional(),
  tag: slugParam.optional(),
  author: slugParam.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});
export type SearchParams = z.input<typeof searchParamsSchema>;

export interface SearchResult {
  article: ArticleSummary;
  snippet: Segment[];
  rank: number;
}

export interface SearchResults {
  query: ParsedQuery;
  items: SearchResult[];
  /** Matches in all; estimated (and rounded) for large results, see `totalEstimated`. */
  total: number;
  /** True when `total` is an estimate: shown as "about N results". */
  totalEstimated: boolean;
  page: number;
  pageCount: number;
  /** True when a filter names a section, tag or author that does not exist. */
  unknownFilter: boolean;
}

/** Full-text search over published articles, and keeping the index complete. */
export class SearchService {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async search(params: SearchParams): Promise<SearchResults> {
    const p = validate(searchParamsSchema, params);
    const query = parseQuery(p.q, p.language);
    const empty = (unknownFilter = false): SearchResults => ({
      query,
      items: [],
      total: 0,
      totalEstimated: false,
      page: p.page,
      pageCount: 1,
      unknownFilter,
    });
    if (query.problem) return empty();
    const tz = this.site.settings().timeZone;
    const [section, tag, author] = await Promise.all([
      p.section ? this.taxonomy.section(p.section) : undefined,
      p.tag ? this.taxonomy.tag(p.tag) : undefined,
      p.author ? this.taxonomy.person(p.author) : undefined,
    ]);
    if (section === null || tag === null || author === null) return empty(true);
    const day = (d: string, plus = 0) => {
      const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
      return zonedTimeToInstant(y, m, dd + plus, 0, 0, tz);
    };
    const { hits, total, totalEstimated } = await this.store.repos.search.search(
      query,
      {
        language: p.language,
        ...(section ? { sectionId: section.id } : {}),
        ...(tag ? { tagId: tag.id } : {}),
        ...(author ? { personId: author.id } : {}),
        ...(p.from ? { from: day(p.from) } : {}),
        ...(p.to ? { until: day(p.to, 1) } : {}),
      },
      p.pageSize,
      (p.page - 1) * p.pageSize,
    );
    const rows = await this.store.repos.listings.summariesByIds(
      hits.map((h) => h.articleId),
      p.language,
    );
    const rank = new Map(hits.map((h) => [h.articleId, h.rank]));
    return {
      query,
      items: rows.map(({ bodyText, ...article }) => ({
        article,
        snippet: highlight(bodyText, query, p.language),
        rank: rank.get(article.id) ?? 0,
      })),
      total,
      totalEstimated,
      page: p.page,
      pageCount: pageCount(total, p.pageSize),
      unknownFilter: false,
    };
  }

  /** Indexes every article that has no index entry; returns how many it indexed. */
  async backfill(batch = 200): Promise<number> {
    let done = 0;
    for (;;) {
      const ids = await this.store.repos.search.unindexed(batch);
      if (!ids.length) return done;
      for (const id of ids) {
        const a = await this.store.repos.articles.findById(id);
        if (!a) continue;
        await this.store.repos.search.upsert({
          articleId: a.id,
          language: a.language,
          headline: a.headline,
          standfirst: a.standfirst,
          body: bodyToPlainText(a.body),
        });
        done++;
      }
    }
  }
}
