/**
 * How one article is read: the query that brings its row with its section and children in one
 * go, and the mapping of that row (and of translation rows) to domain objects.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  Article,
  ArticleStatus,
  FeaturedImage,
  PersonRef,
  SourceCitation,
} from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import type { DB } from '../schema.ts';
import { authorsColumn } from './article-authors.ts';
import { rowsOf, type JsonArrayOf } from './json-columns.ts';

const date = (s: string | null): Date | null => (s ? new Date(s) : null);

export interface TranslationRef {
  id: string;
  language: string;
  slug: string;
  headline: string;
  status: ArticleStatus;
  sectionSlug: string;
  /** The newsroom account that owns it (who may see it before it is published). */
  ownerId: string | null;
}

/** The row `articleQuery` reads: the article's columns, its section, its children as JSON columns. */
export type ArticleRow = Selectable<DB['articles']> & {
  section_slug: string;
  section_name: string;
  section_color: string | null;
  tags: { id: string; slug: string; name: string }[] | string;
  authors: PersonRef[] | string;
  sources: SourceCitation[] | string;
  corrections: { id: string; text: string; created_at: string }[] | string;
};

/** An article row with its section and, as JSON columns, its tags, authors, sources and corrections. */
export function articleQuery(db: Kysely<DB>, jsonArray: JsonArrayOf) {
  return db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('section_names as sn', (join) =>
      join.onRef('sn.section_id', '=', 'sections.id').onRef('sn.language', '=', 'articles.language'),
    )
    .selectAll('articles')
    .select((eb) => [
      'sections.slug as section_slug',
      eb.fn.coalesce('sn.name', 'sections.name').as('section_name'),
      'sections.color as section_color',
      jsonArray(
        eb
          .selectFrom('article_tags')
          .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
          .leftJoin('tag_names as tn', (join) =>
            join
              .onRef('tn.tag_id', '=', 'tags.id')
              .on(sql<boolean>`${sql.ref('tn.language')} = ${sql.ref('articles.language')}`),
          )
          .select((e) => ['tags.id', 'tags.slug', e.fn.coalesce('tn.name', 'tags.name').as('name')])
          .whereRef('article_tags.article_id', '=', 'articles.id')
          .orderBy('article_tags.position'),
      ).as('tags'),
      authorsColumn(eb, jsonArray).as('authors'),
      jsonArray(
        eb
          .selectFrom('article_sources')
          .select(['article_sources.outlet', 'article_sources.citing', 'article_sources.url'])
          .whereRef('article_sources.article_id', '=', 'articles.id')
          .orderBy('article_sources.position'),
      ).as('sources'),
      jsonArray(
        eb
          .selectFrom('corrections')
          .select(['corrections.id', 'corrections.text', 'corrections.created_at'])
          .whereRef('corrections.article_id', '=', 'articles.id')
          .orderBy('corrections.created_at')
          .orderBy('corrections.id'),
      ).as('corrections'),
    ]);
}

export interface TranslationRow {
  id: string;
  language: string;
  slug: string;
  headline: string;
  status: string;
  owner_id: string | null;
  section_slug: string;
}

export function toTranslationRef(r: TranslationRow): TranslationRef {
  return {
    id: r.id,
    language: r.language,
    slug: r.slug,
    headline: r.headline,
    status: r.status as ArticleStatus,
    sectionSlug: r.section_slug,
    ownerId: r.owner_id,
  };
}

export const toArticle = (row: ArticleRow): Article =>
  toArticleWith(row, (json) => JSON.parse(json) as Block[]);

/** `parseBody`: how the stored body becomes blocks (the reader's page shares frozen ones, see BodyMemo). */
export function toArticleWith(row: ArticleRow, parseBody: (json: string) => Block[]): Article {
  return {
    id: row.id,
    translationGroupId: row.translation_group_id,
    language: row.language,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    body: parseBody(row.body_json),
    bodyText: row.body_text,
    status: row.status as ArticleStatus,
    breaking: row.breaking === 1,
    section: {
      id: row.section_id,
      slug: row.section_slug,
      name: row.section_name,
      color: row.section_color,
    },
    tags: rowsOf(row.tags),
    authors: rowsOf(row.authors),
    sources: rowsOf(row.sources),
    corrections: rowsOf(row.corrections).map((c) => ({
      id: c.id,
      text: c.text,
      createdAt: new Date(c.created_at),
    })),
    createdAt: new Date(row.created_at),
    publishedAt: date(row.published_at),
    updatedAt: date(row.updated_at),
    modifiedAt: new Date(row.modified_at),
    featuredImage: row.featured_image ? (JSON.parse(row.featured_image) as FeaturedImage) : null,
    version: row.version,
    ownerId: row.owner_id,
    scheduledAt: date(row.scheduled_at),
    breakingUntil: date(row.breaking_until),
  };
}
