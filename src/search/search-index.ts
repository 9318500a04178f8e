import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../storage/schema.ts';
import { indexText, type ParsedQuery } from './text.ts';

/** What is indexed of an article. */
export interface SearchDocument {
  articleId: string;
  language: string;
  headline: string;
  standfirst: string | null;
  body: string;
}

export interface SearchFilter {
  language: string;
  sectionId?: string;
  tagId?: string;
  personId?: string;
  /** Published at or after this instant. */
  from?: Date;
  /** Published before this instant. */
  until?: Date;
}

export interface SearchHit {
  articleId: string;
  rank: number;
}

/**
 * One interface, one implementation per database, one shared case suite
 * (search.case.test.ts). Methods take the executor so that writes join the caller's transaction.
 */
export interface SearchIndex {
  upsert(db: Kysely<DB>, doc: SearchDocument): Promise<void>;
  remove(db: Kysely<DB>, articleId: string): Promise<void>;
  /** Published articles matching the query, best first. */
  search(
    db: Kysely<DB>,
    query: ParsedQuery,
    filter: SearchFilter,
    limit: number,
    offset: number,
  ): Promise<{ hits: SearchHit[]; total: number }>;
  /** Ids of articles that have no index entry yet (written before search existed, or restored). */
  unindexed(db: Kysely<DB>, limit: number): Promise<string[]>;
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
 * Conditions on `articles a` every search applies: published, language, and the reader's
 * filters. `unindexed` writes SQLite's unary `+` before the columns, so the planner looks each
 * hit up by id instead of range-scanning an index per hit.
 */
export function filterConditions(f: SearchFilter, unindexed = false): RawBuilder<unknown> {
  const col = (name: string) => sql.raw(`${unindexed ? '+' : ''}a.${name}`);
  const parts: RawBuilder<unknown>[] = [
    sql`${col('status')} = 'published'`,
    sql`${col('language')} = ${f.language}`,
  ];
  if (f.sectionId) parts.push(sql`${col('section_id')} = ${f.sectionId}`);
  if (f.tagId)
    parts.push(
      sql`exists (select 1 from article_tags t where t.article_id = a.id and t.tag_id = ${f.tagId})`,
    );
  if (f.personId)
    parts.push(
      sql`exists (select 1 from article_authors p where p.article_id = a.id and p.person_id = ${f.personId})`,
    );
  if (f.from) parts.push(sql`${col('published_at')} >= ${f.from.toISOString()}`);
  if (f.until) parts.push(sql`${col('published_at')} < ${f.until.toISOString()}`);
  return sql.join(parts, sql` and `);
}
