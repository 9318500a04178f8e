import type { Kysely } from 'kysely';
import type { TagRef } from '../../domain/article.ts';
import type { AuthorProfile, Person, Section } from '../../domain/taxonomy.ts';
import type { DB } from '../schema.ts';
import { PreparedQuery } from './prepared-query.ts';

export class SectionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Sections with names in `language` where one is stored, else the base name. */
  private localised(language: string | undefined, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('sections')
      .leftJoin('section_names as sn', (join) =>
        join.onRef('sn.section_id', '=', 'sections.id').on('sn.language', '=', language ?? ''),
      )
      .select((eb) => [
        'sections.id',
        'sections.slug',
        'sections.color',
        'sections.position',
        eb.fn.coalesce('sn.name', 'sections.name').as('name'),
        eb.fn.coalesce('sn.description', 'sections.description').as('description'),
      ]);
  }

  async list(language?: string): Promise<Section[]> {
    const rows = await this.listQuery.execute(this.db, language ?? '');
    return rows.map((r) => ({ ...r }));
  }

  /** The query of `list` (prepared: every uncached reader page lists the sections). */
  private readonly listQuery = new PreparedQuery(1, (db, language: string) =>
    this.localised(language, db).orderBy('sections.position').orderBy('sections.slug'),
  );

  async findBySlug(slug: string, language?: string): Promise<Section | null> {
    const r = await this.localised(language).where('sections.slug', '=', slug).executeTakeFirst();
    return r ? { ...r } : null;
  }

  async insert(s: Section): Promise<void> {
    await this.db.insertInto('sections').values(s).execute();
  }

  async setName(
    sectionId: string,
    language: string,
    name: string,
    description: string | null,
  ): Promise<void> {
    await this.db
      .insertInto('section_names')
      .values({ section_id: sectionId, language, name, description })
      .onConflict((oc) => oc.columns(['section_id', 'language']).doUpdateSet({ name, description }))
      .execute();
  }
}

export class TagRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findBySlug(slug: string, language?: string): Promise<TagRef | null> {
    const r = await this.db
      .selectFrom('tags')
      .leftJoin('tag_names as tn', (join) =>
        join.onRef('tn.tag_id', '=', 'tags.id').on('tn.language', '=', language ?? ''),
      )
      .select((eb) => ['tags.id', 'tags.slug', eb.fn.coalesce('tn.name', 'tags.name').as('name')])
      .where('tags.slug', '=', slug)
      .executeTakeFirst();
    return r ?? null;
  }

  /** The tag called `name` in `language` (its localised or its base name). */
  async findByName(name: string, language: string): Promise<TagRef | null> {
    const localised = await this.db
      .selectFrom('tag_names')
      .innerJoin('tags', 'tags.id', 'tag_names.tag_id')
      .select(['tags.id', 'tags.slug', 'tag_names.name'])
      .where('tag_names.language', '=', language)
      .where('tag_names.name', '=', name)
      .executeTakeFirst();
    if (localised) return localised;
    return (await this.db.selectFrom('tags').selectAll().where('name', '=', name).executeTakeFirst()) ?? null;
  }

  /** Tags whose name (in `language` or the base name) or slug starts with `prefix`, for the editor's suggestions. */
  async suggest(prefix: string, language: string, limit: number): Promise<TagRef[]> {
    const like = `${prefix.toLowerCase().replace(/[\\%_]/g, '')}%`;
    return this.db
      .selectFrom('tags')
      .leftJoin('tag_names as tn', (join) =>
        join.onRef('tn.tag_id', '=', 'tags.id').on('tn.language', '=', language),
      )
      .select((eb) => ['tags.id', 'tags.slug', eb.fn.coalesce('tn.name', 'tags.name').as('name')])
      .where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['tags.name']), 'like', like),
          eb(eb.fn('lower', ['tn.name']), 'like', like),
          eb('tags.slug', 'like', like),
        ]),
      )
      .orderBy('tags.slug')
      .limit(limit)
      .execute();
  }

  /** Tags that have at least one published article. */
  /** Tags on at least one published article (in `language`, when given). */
  async listUsed(language?: string): Promise<TagRef[]> {
    return this.db
      .selectFrom('tags')
      .select(['tags.id', 'tags.slug', 'tags.name'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_tags')
            .innerJoin('articles', 'articles.id', 'article_tags.article_id')
            .select('article_tags.tag_id')
            .whereRef('article_tags.tag_id', '=', 'tags.id')
            .where('articles.status', '=', 'published')
            .$if(language !== undefined, (q) => q.where('articles.language', '=', language ?? '')),
        ),
      )
      .orderBy('tags.slug')
      .execute();
  }

  /** The tag's names, one per language it has been named in. */
  async names(tagId: string): Promise<{ language: string; name: string }[]> {
    return this.db
      .selectFrom('tag_names')
      .select(['language', 'name'])
      .where('tag_id', '=', tagId)
      .orderBy('language')
      .execute();
  }

  async insert(t: TagRef): Promise<void> {
    await this.db.insertInto('tags').values(t).execute();
  }

  async setName(tagId: string, language: string, name: string): Promise<void> {
    await this.db
      .insertInto('tag_names')
      .values({ tag_id: tagId, language, name })
      .onConflict((oc) => oc.columns(['tag_id', 'language']).doUpdateSet({ name }))
      .execute();
  }
}

export class PersonRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private static map(r: {
    id: string;
    slug: string;
    name: string;
    role: string | null;
    bio: string | null;
    photo_url: string | null;
    kind: string;
    photo_alt: string | null;
  }): Person {
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      role: r.role,
      bio: r.bio,
      photoUrl: r.photo_url,
      kind: r.kind === 'organization' ? 'organization' : 'person',
      photoAlt: PersonRepository.altTexts(r.photo_alt),
    };
  }

  /** The stored alt texts (only string values count; an unreadable column counts as none). */
  private static altTexts(json: string | null): Record<string, string> {
    if (!json) return {};
    try {
      const parsed: unknown = JSON.parse(json);
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch {
      return {};
    }
  }

  async findById(id: string): Promise<Person | null> {
    const r = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? PersonRepository.map(r) : null;
  }

  async setProfile(id: string, p: AuthorProfile): Promise<void> {
    await this.db
      .updateTable('people')
      .set({
        kind: p.kind,
        role: p.role,
        bio: p.bio,
        photo_url: p.photoUrl,
        photo_alt: Object.keys(p.photoAlt).length ? JSON.stringify(p.photoAlt) : null,
      })
      .where('id', '=', id)
      .execute();
  }

  async findBySlug(slug: string): Promise<Person | null> {
    const r = await this.db.selectFrom('people').selectAll().where('slug', '=', slug).executeTakeFirst();
    return r ? PersonRepository.map(r) : null;
  }

  /** People credited on at least one published article (in `language`, when given). */
  async listAuthors(language?: string): Promise<Person[]> {
    const rows = await this.db
      .selectFrom('people')
      .selectAll()
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_authors')
            .innerJoin('articles', 'articles.id', 'article_authors.article_id')
            .select('article_authors.person_id')
            .whereRef('article_authors.person_id', '=', 'people.id')
            .where('articles.status', '=', 'published')
            .$if(language !== undefined, (q) => q.where('articles.language', '=', language ?? '')),
        ),
      )
      .orderBy('slug')
      .execute();
    return rows.map((r) => PersonRepository.map(r));
  }

  async findByName(name: string): Promise<Person | null> {
    const r = await this.db.selectFrom('people').selectAll().where('name', '=', name).executeTakeFirst();
    return r ? PersonRepository.map(r) : null;
  }

  async insert(p: Person, createdAt: Date): Promise<void> {
    await this.db
      .insertInto('people')
      .values({
        id: p.id,
        slug: p.slug,
        name: p.name,
        role: p.role,
        bio: p.bio,
        photo_url: p.photoUrl,
        kind: p.kind,
        photo_alt: p.photoAlt && Object.keys(p.photoAlt).length ? JSON.stringify(p.photoAlt) : null,
        created_at: createdAt.toISOString(),
      })
      .execute();
  }
}
