import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from './schema.ts';

/** What a reader may narrow published articles by (listings, feeds, the Content API, search). */
export interface ListFilter {
  language: string;
  sectionId?: string;
  tagId?: string;
  personId?: string;
  breaking?: boolean;
  /** With `breaking: true`: only articles whose breaking flag has not ended at this instant. */
  breakingAt?: Date;
  /** Published at or after this instant. */
  from?: Date;
  /** Published before this instant. */
  until?: Date;
}

/** A filter of the language and at most a section (a key set to undefined counts as absent). */
export function byLanguageAndSectionOnly(f: ListFilter): boolean {
  return Object.entries(f).every(([k, v]) => k === 'language' || k === 'sectionId' || v === undefined);
}

type FilteredColumn = 'status' | 'language' | 'section_id' | 'breaking' | 'breaking_until' | 'published_at';

/**
 * "Published and visible to readers", narrowed by a reader's filter, as a condition on
 * `articles`: the one definition that listings and search share, so the two cannot drift.
 * `unindexed` (SQLite full-text search) writes the unary `+` before the article's columns, so the
 * planner looks each full-text hit up by id instead of range-scanning an index per hit.
 */
export function publishedArticles(f: ListFilter, opts: { unindexed?: boolean } = {}) {
  return (eb: ExpressionBuilder<DB, 'articles'>): Expression<SqlBool> => {
    const col = <C extends FilteredColumn>(c: C) =>
      opts.unindexed ? sql<DB['articles'][C]>`+${sql.ref(`articles.${c}`)}` : eb.ref(`articles.${c}`);
    const parts: Expression<SqlBool>[] = [
      eb(col('status'), '=', 'published'),
      eb(col('language'), '=', f.language),
    ];
    if (f.sectionId) parts.push(eb(col('section_id'), '=', f.sectionId));
    if (f.breaking !== undefined) parts.push(eb(col('breaking'), '=', f.breaking ? 1 : 0));
    if (f.breaking && f.breakingAt) {
      const at = f.breakingAt.toISOString();
      parts.push(eb.or([eb(col('breaking_until'), 'is', null), eb(col('breaking_until'), '>', at)]));
    }
    if (f.from) parts.push(eb(col('published_at'), '>=', f.from.toISOString()));
    if (f.until) parts.push(eb(col('published_at'), '<', f.until.toISOString()));
    if (f.tagId) {
      const tagId = f.tagId;
      parts.push(
        eb.exists(
          eb
            .selectFrom('article_tags')
            .select('article_tags.article_id')
            .whereRef('article_tags.article_id', '=', 'articles.id')
            .where('article_tags.tag_id', '=', tagId),
        ),
      );
    }
    if (f.personId) {
      const personId = f.personId;
      parts.push(
        eb.exists(
          eb
            .selectFrom('article_authors')
            .select('article_authors.article_id')
            .whereRef('article_authors.article_id', '=', 'articles.id')
            .where('article_authors.person_id', '=', personId),
        ),
      );
    }
    return eb.and(parts);
  };
}
