/**
 * An article as listings show it (ArticleSummary): the columns that read it with its section and
 * authors in the same row, and the mapping of that row. Listings and the front page's curated
 * slots share them, so a summary reads the same wherever it is listed.
 */
import type { SelectQueryBuilder } from 'kysely';
import type { ArticleSummary, FeaturedImage, PersonRef } from '../../domain/article.ts';
import type { DB } from '../schema.ts';
import { authorsColumn } from './article-authors.ts';
import { rowsOf, type JsonArrayOf } from './json-columns.ts';

export interface SummaryRow {
  id: string;
  language: string;
  slug: string;
  headline: string;
  standfirst: string | null;
  breaking: number;
  breaking_until: string | null;
  published_at: string | null;
  updated_at: string | null;
  section_id: string;
  section_slug: string;
  section_name: string;
  section_color: string | null;
  featured_image: string | null;
  authors: PersonRef[] | string;
}

const date = (s: string | null): Date | null => (s ? new Date(s) : null);

/** The summary's columns on a query of articles; section names in `language` where they have one. */
export function withSummaryColumns(
  q: SelectQueryBuilder<DB, 'articles', object>,
  language: string,
  jsonArray: JsonArrayOf,
) {
  return q
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('section_names as sn', (join) =>
      join.onRef('sn.section_id', '=', 'sections.id').on('sn.language', '=', language),
    )
    .select((eb) => [
      'articles.id',
      'articles.language',
      'articles.slug',
      'articles.headline',
      'articles.standfirst',
      'articles.breaking',
      'articles.breaking_until',
      'articles.published_at',
      'articles.updated_at',
      'articles.section_id',
      'articles.featured_image',
      'sections.slug as section_slug',
      eb.fn.coalesce('sn.name', 'sections.name').as('section_name'),
      'sections.color as section_color',
      // The authors come with each row: a listing is one query, however many items it shows.
      authorsColumn(eb, jsonArray).as('authors'),
    ]);
}

export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    language: r.language,
    slug: r.slug,
    headline: r.headline,
    standfirst: r.standfirst,
    breaking: r.breaking === 1,
    breakingUntil: date(r.breaking_until),
    publishedAt: date(r.published_at),
    updatedAt: date(r.updated_at),
    section: { id: r.section_id, slug: r.section_slug, name: r.section_name, color: r.section_color },
    authors: rowsOf(r.authors),
    featuredImage: r.featured_image ? (JSON.parse(r.featured_image) as FeaturedImage) : null,
  };
}
