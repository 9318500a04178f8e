import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export type EntityKind = 'person' | 'place' | 'org';
export interface EntityRef {
  kind: EntityKind;
  slug: string;
  name: string;
  /** An editor approved it for readers (or made it). */
  approved?: boolean;
  /** The analyser's confidence, 0–1. */
  confidence?: number;
  /** Slugs of other forms the text used (inflected names): their topic URLs lead here. */
  aliases?: string[];
}

/**
 * Which entities readers may see on topic pages: approved ones, and in `auto` also those at or
 * above a confidence; none of an article whose panels editors hid.
 */
export interface EntityVisibility {
  /** Confidence (0–1) from which an unapproved entity shows; null: approved ones only. */
  minConfidence: number | null;
}

/** Entities per article (topic pages) and story membership. */
export class StoryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async setEntities(articleId: string, entities: EntityRef[]): Promise<void> {
    await this.db.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
    await this.db.deleteFrom('entity_aliases').where('article_id', '=', articleId).execute();
    const unique = new Map<string, EntityRef>();
    for (const e of entities) {
      const k = `${e.kind}:${e.slug}`;
      const had = unique.get(k);
      unique.set(k, {
        ...e,
        approved: (had?.approved ?? false) || (e.approved ?? false),
        confidence: Math.max(had?.confidence ?? 0, e.confidence ?? 0),
        aliases: [...(had?.aliases ?? []), ...(e.aliases ?? [])],
      });
    }
    if (unique.size) {
      await this.db
        .insertInto('article_entities')
        .values(
          [...unique.values()].map((e) => ({
            article_id: articleId,
            kind: e.kind,
            slug: e.slug,
            name: e.name,
            approved: e.approved ? 1 : 0,
            confidence_pct: Math.round((e.confidence ?? 0) * 100),
          })),
        )
        // Two readings of one article may overlap (an approval while the analysis job re-reads it):
        // the later write wins instead of failing on the other's rows.
        .onConflict((oc) =>
          oc.columns(['article_id', 'kind', 'slug']).doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            approved: eb.ref('excluded.approved'),
            confidence_pct: eb.ref('excluded.confidence_pct'),
          })),
        )
        .execute();
    }
    const aliases = new Map<string, { kind: string; alias: string; slug: string }>();
    for (const e of unique.values())
      for (const alias of e.aliases ?? [])
        if (alias && alias !== e.slug && !unique.has(`${e.kind}:${alias}`))
          aliases.set(`${e.kind}:${alias}`, { kind: e.kind, alias, slug: e.slug });
    if (aliases.size) {
      await this.db
        .insertInto('entity_aliases')
        .values([...aliases.values()].map((a) => ({ article_id: articleId, ...a })))
        .onConflict((oc) =>
          oc
            .columns(['article_id', 'kind', 'alias'])
            .doUpdateSet((eb) => ({ slug: eb.ref('excluded.slug') })),
        )
        .execute();
    }
  }

  async entitiesOf(articleId: string): Promise<EntityRef[]> {
    const rows = await this.db
      .selectFrom('article_entities')
      .select(['kind', 'slug', 'name', 'approved', 'confidence_pct'])
      .where('article_id', '=', articleId)
      .execute();
    return rows.map((r) => ({
      kind: r.kind as EntityKind,
      slug: r.slug,
      name: r.name,
      approved: r.approved === 1,
      confidence: r.confidence_pct / 100,
    }));
  }

  /** Published articles in `language` that mention the entity where readers may see it, newest first. */
  async articlesAbout(
    kind: EntityKind,
    slug: string,
    language: string,
    limit: number,
    visibility: EntityVisibility,
  ): Promise<{ articleId: string; name: string }[]> {
    const minPct = visibility.minConfidence === null ? null : Math.round(visibility.minConfidence * 100);
    const rows = await this.db
      .selectFrom('article_entities')
      .innerJoin('articles', 'articles.id', 'article_entities.article_id')
      .select(['article_entities.article_id', 'article_entities.name'])
      .where('article_entities.kind', '=', kind)
      .where('article_entities.slug', '=', slug)
      .where('articles.status', '=', 'published')
      .where('articles.language', '=', language)
      .where((eb) =>
        minPct === null
          ? eb('article_entities.approved', '=', 1)
          : eb.or([
              eb('article_entities.approved', '=', 1),
              eb('article_entities.confidence_pct', '>=', minPct),
            ]),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('analysis_display')
              .select('analysis_display.article_id')
              .whereRef('analysis_display.article_id', '=', 'articles.id')
              .where('analysis_display.hidden', '=', 1),
          ),
        ),
      )
      .orderBy('articles.published_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ articleId: r.article_id, name: r.name }));
  }

  /** The base form a form of a name points to in `language`, if any article used that form. */
  async aliasOf(kind: EntityKind, alias: string, language: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('entity_aliases')
      .innerJoin('articles', 'articles.id', 'entity_aliases.article_id')
      .select('entity_aliases.slug')
      .where('entity_aliases.kind', '=', kind)
      .where('entity_aliases.alias', '=', alias)
      .where('articles.language', '=', language)
      .where('articles.status', '=', 'published')
      .orderBy('articles.published_at', 'desc')
      .executeTakeFirst();
    return r?.slug ?? null;
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
