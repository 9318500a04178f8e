import type { Kysely } from 'kysely';
import type { TagRef } from '../../domain/article.ts';
import type { Person, Section } from '../../domain/taxonomy.ts';
import type { DB } from '../schema.ts';

export class SectionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async list(): Promise<Section[]> {
    const rows = await this.db
      .selectFrom('sections')
      .selectAll()
      .orderBy('position')
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ ...r }));
  }

  async findBySlug(slug: string): Promise<Section | null> {
    const r = await this.db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst();
    return r ? { ...r } : null;
  }

  async insert(s: Section): Promise<void> {
    await this.db.insertInto('sections').values(s).execute();
  }
}

export class TagRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findBySlug(slug: string): Promise<TagRef | null> {
    return (await this.db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst()) ?? null;
  }

  async insert(t: TagRef): Promise<void> {
    await this.db.insertInto('tags').values(t).execute();
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
  }): Person {
    return { id: r.id, slug: r.slug, name: r.name, role: r.role, bio: r.bio, photoUrl: r.photo_url };
  }

  async findBySlug(slug: string): Promise<Person | null> {
    const r = await this.db.selectFrom('people').selectAll().where('slug', '=', slug).executeTakeFirst();
    return r ? PersonRepository.map(r) : null;
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
        created_at: createdAt.toISOString(),
      })
      .execute();
  }
}
