import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export type EntityKind = 'person' | 'place' | 'org';
export interface EntityRef {
  kind: EntityKind;
  slug: string;
  name: string;
}

/** Entities per article (topic pages) and story membership. */
export class StoryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async setEntities(articleId: string, entities: EntityRef[]): Promise<void> {
    await this.db.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
    const unique = [...new Map(entities.map((e) => [`${e.kind}:${e.slug}`, e])).values()];
    if (unique.length) {
      await this.db
        .insertInto('article_entities')
        .values(unique.map((e) => ({ article_id: articleId, kind: e.kind, slug: e.slug, name: e.name })))
        .execute();
    }
  }

  async entitiesOf(articleId: string): Promise<EntityRef[]> {
    const rows = await this.db
      .selectFrom('article_entities')
      .select(['kind', 'slug', 'name'])
      .where('article_id', '=', articleId)
      .execute();
    return rows.map((r) => ({ kind: r.kind as EntityKind, slug: r.slug, name: r.name }));
  }

  /** Published articles in `language` that mention the entity, newest first. */
  async articlesAbout(
    kind: EntityKind,
    slug: string,
    language: string,
    limit: number,
  ): Promise<{ articleId: string; name: string }[]> {
    const rows = await this.db
      .selectFrom('article_entities')
      .innerJoin('articles', 'articles.id', 'article_entities.article_id')
      .select(['article_entities.article_id', 'article_entities.name'])
      .where('article_entities.kind', '=', kind)
      .where('article_entities.slug', '=', slug)
      .where('articles.status', '=', 'published')
      .where('articles.language', '=', language)
      .orderBy('articles.published_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ articleId: r.article_id, name: r.name }));
  }

  /** Published articles within [from, until) sharing at least one entity with the given ones. */
  async neighbours(entities: EntityRef[], from: Date, until: Date, exceptId: string): Promise<string[]> {
    if (!entities.length) return [];
    const rows = await this.db
      .selectFrom('article_entities')
      .innerJoin('articles', 'articles.id', 'article_entities.article_id')
      .select('article_entities.article_id')
      .distinct()
      .where((eb) =>
        eb.or(
          entities.map((e) =>
            eb.and([eb('article_entities.kind', '=', e.kind), eb('article_entities.slug', '=', e.slug)]),
          ),
        ),
      )
      .where('articles.status', '=', 'published')
      .where('articles.id', '!=', exceptId)
      .where('articles.published_at', '>=', from.toISOString())
      .where('articles.published_at', '<', until.toISOString())
      .execute();
    return rows.map((r) => r.article_id);
  }

  async storyOf(articleId: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('story_articles')
      .select('story_id')
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return r?.story_id ?? null;
  }

  async setStory(articleId: string, storyId: string): Promise<void> {
    await this.db
      .insertInto('story_articles')
      .values({ article_id: articleId, story_id: storyId })
      .onConflict((oc) => oc.column('article_id').doUpdateSet({ story_id: storyId }))
      .execute();
  }

  async storyArticles(storyId: string): Promise<string[]> {
    return (
      await this.db
        .selectFrom('story_articles')
        .select('article_id')
        .where('story_id', '=', storyId)
        .execute()
    ).map((r) => r.article_id);
  }
}
