import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import { indexText, type ParsedQuery } from '../../search/text.ts';
import { publishedArticles, type ListFilter } from '../published.ts';
import type { DB } from '../schema.ts';

/** What is indexed of an article. */
export interface SearchDocument {
  articleId: string;
  language: string;
  headline: string;
  standfirst: string | null;
  body: string;
}

/** A reader's search filters: those of a listing, less the breaking flag. */
export type SearchFilter = Omit<ListFilter, 'breaking' | 'breakingAt'>;

export interface SearchHit {
  articleId: string;
  /** Higher is better; 0 for matches past the ranked window (listed newest first). */
  rank: number;
}

/** One page of results and the number of matches, exact or (for large results) estimated. */
export interface SearchPage {
  hits: SearchHit[];
  total: number;
  /** True when `total` is an estimate ("about 29,000 results"), rounded to two digits. */
  totalEstimated: boolean;
}

/**
 * The full-text index of articles, bound to the store's executor or to a transaction's (so an
 * article and its index row are written together). One interface, one implementation per
 * database, one shared case suite (search.case.test.ts).
 */
export interface SearchIndex {
  upsert(doc: SearchDocument): Promise<void>;
  /** `upsert` for many documents, in as few statements as the database allows (bulk loads). */
  upsertMany(docs: readonly SearchDocument[]): Promise<void>;
  remove(articleId: string): Promise<void>;
  /** Published articles matching the query, best first, within bounded work (search-plan.ts). */
  search(query: ParsedQuery, filter: SearchFilter, limit: number, offset: number): Promise<SearchPage>;
  /** Ids of articles that have no index entry yet (written before search existed, or restored). */
  unindexed(limit: number): Promise<string[]>;
}

/** The document's fields in index form. */
export function indexFields(doc: SearchDocument): { headline: string; standfirst: string; body: string } {
  return {
    headline: indexText(doc.headline, doc.language),
    standfirst: indexText(doc.standfirst ?? '', doc.language),
    body: indexText(doc.body, doc.language),
  };
}

/**
 * The condition every search applies to `articles`: published, visible and filtered, exactly
 * as listings filter (storage/published.ts), for the adapters' hand-written SQL.
 */
export function filterConditions(f: SearchFilter, unindexed = false): Expression<SqlBool> {
  return publishedArticles(f, { unindexed })(expressionBuilder<DB, 'articles'>());
}
