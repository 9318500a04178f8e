import type { ExpressionBuilder, Kysely } from 'kysely';
import type { PersonRef } from '../../domain/article.ts';
import type { DB } from '../schema.ts';
import type { JsonArrayOf } from './json-columns.ts';

/** The credited people of each article, in their order: one query for any number of articles. */
export async function authorsOf(db: Kysely<DB>, ids: string[]): Promise<Map<string, PersonRef[]>> {
  const map = new Map<string, PersonRef[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('article_authors')
    .innerJoin('people', 'people.id', 'article_authors.person_id')
    .select([
      'article_authors.article_id',
      'people.id',
      'people.slug',
      'people.name',
      'people.role',
      'people.kind',
    ])
    .where('article_authors.article_id', 'in', ids)
    .orderBy('article_authors.position')
    .execute();
  for (const r of rows) {
    const list = map.get(r.article_id) ?? [];
    list.push({
      id: r.id,
      slug: r.slug,
      name: r.name,
      role: r.role,
      kind: r.kind === 'organization' ? 'organization' : 'person',
    });
    map.set(r.article_id, list);
  }
  return map;
}

/** The credited people of the outer query's article (`articles.id`), in order, as a JSON column. */
export function authorsColumn(eb: ExpressionBuilder<DB, 'articles'>, jsonArray: JsonArrayOf) {
  return jsonArray(
    eb
      .selectFrom('article_authors')
      .innerJoin('people', 'people.id', 'article_authors.person_id')
      .select((e) => [
        'people.id',
        'people.slug',
        'people.name',
        'people.role',
        // Stored as text; only the migration's two values are ever written.
        e.ref('people.kind').$castTo<'person' | 'organization'>().as('kind'),
      ])
      .whereRef('article_authors.article_id', '=', 'articles.id')
      .orderBy('article_authors.position'),
  );
}
