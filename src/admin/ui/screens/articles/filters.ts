import { slugify } from '../../../../lib/slug.ts';

/** The article list's filters: read from the screen's URL, and turned into the API's query. */

export const FILTERS = ['q', 'status', 'section', 'language', 'author', 'from', 'to'] as const;
export type Filters = Record<(typeof FILTERS)[number], string>;

/** The filters a URL's query string holds ('' for each one it does not). */
export function filtersFrom(search: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? ''])) as Filters;
}

export const noFilters = (): Filters => filtersFrom(new URLSearchParams());

/** The API's query for the filters: authors by their slug, the date range in whole days, "to" inclusive. */
export function apiQuery(filters: Filters): Record<string, string> {
  const q: Record<string, string> = { ...filters };
  if (q.author) q.author = slugify(q.author);
  if (q.to) q.to = new Date(new Date(`${q.to}T00:00:00`).getTime() + 86_400_000).toISOString();
  if (q.from) q.from = new Date(`${q.from}T00:00:00`).toISOString();
  return q;
}
