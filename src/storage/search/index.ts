import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { PostgresSearchIndex } from './postgres-search.ts';
import type { SearchIndex } from './search-index.ts';
import { SqliteSearchIndex } from './sqlite-search.ts';

/** The search index of the database `kind`, writing through `db` (the store's or a transaction's). */
export function createSearchIndex(kind: 'sqlite' | 'postgres', db: Kysely<DB>): SearchIndex {
  return kind === 'sqlite' ? new SqliteSearchIndex(db) : new PostgresSearchIndex(db);
}

export type { SearchDocument, SearchFilter, SearchHit, SearchIndex } from './search-index.ts';
