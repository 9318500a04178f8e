import { PostgresSearchIndex } from './postgres-search.ts';
import type { SearchIndex } from './search-index.ts';
import { SqliteSearchIndex } from './sqlite-search.ts';

export function createSearchIndex(kind: 'sqlite' | 'postgres'): SearchIndex {
  return kind === 'sqlite' ? new SqliteSearchIndex() : new PostgresSearchIndex();
}

export type { SearchDocument, SearchFilter, SearchHit, SearchIndex } from './search-index.ts';
export { highlight, parseQuery, type ParsedQuery, type Segment } from './text.ts';
