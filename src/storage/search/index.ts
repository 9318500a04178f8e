import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { PostgresSearchIndex } from './postgres-search.ts';
import type { SearchIndex } from './search-index.ts';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './search-plan.ts';
import { SqliteSearchIndex } from './sqlite-search.ts';

/**
 * The search index of the database `kind`, writing through `db` (the store's or a transaction's).
 * `limits` bound the work of one search (search-plan.ts); tests make them small.
 */
export function createSearchIndex(
  kind: 'sqlite' | 'postgres',
  db: Kysely<DB>,
  limits: SearchLimits = DEFAULT_SEARCH_LIMITS,
): SearchIndex {
  return kind === 'sqlite' ? new SqliteSearchIndex(db, limits) : new PostgresSearchIndex(db, limits);
}

export type { SearchDocument, SearchFilter, SearchHit, SearchIndex, SearchPage } from './search-index.ts';
export { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './search-plan.ts';
