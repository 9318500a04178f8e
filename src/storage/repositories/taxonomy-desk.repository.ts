import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** A section as the newsroom edits it: its base fields, every translation and how many articles use it. */
export interface SectionRecord {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  color: string | null;
  position: number;
  names: Record<string, { name: string; description: string | null }>;
  articles: number;
}

/** A tag as the newsroom edits it: its base name, every translation and how many articles carry it. */
export interface TagRecord {
  id: string;
  slug: string;
  name: string;
  names: Record<string, string>;
  articles: number;
}

export interface SectionFields {
  name: string;
  description: string | null;
  color: string | null;
  position: number;
}

/**
 * The newsroom's reads and writes of sections and tags with all their names (readers' reads, one
 * language at a time, are in taxonomy.repository.ts).
 */
export class TaxonomyDeskRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async sections(): Promise<SectionRecord[]> {
    const [rows, names, counts] = await Promise.all([
      this.db.selectFrom('sections').selectAll().orderBy('position').orderBy('slug').execute(),
      this.db.selectFrom('section_names').selectAll().orderBy('language').execute(),
      this.db
        .selectFrom('articles')
        .select((eb) => ['section_id', eb.fn.countAll<number | string>().as('n')])
        .groupBy('section_id')
        .execute(),
    ]);
    const count = new Map(counts.map((c) => [c.section_id, Number(c.n)]));
    return rows.map((r) => ({
      ...r,
      names: Object.fromEntries(
        names
          .filter((n) => n.section_id === r.id)
          .map((n) => [n.language, { name: n.name, description: n.description }]),
      ),
      articles: count.get(r.id) ?? 0,
    }));
  }

  async section(id: string): Promise<SectionRecord | null> {
    return (await this.sections()).find((s) => s.id === id) ?? null;
  }

  async updateSection(id: string, fields: SectionFields): Promise<void> {
    await this.db.updateTable('sections').set(fields).where('id', '=', id).execute();
  }

  async removeSectionName(id: string, language: string): Promise<void> {
    await this.db
      .deleteFrom('section_names')
      .where('section_id', '=', id)
      .where('language', '=', language)
      .execute();
  }

  /** Deletes a section no article is in (the caller checks; the foreign key refuses otherwise). */
  async deleteSection(id: string): Promise<void> {
    await this.db.deleteFrom('section_names').where('section_id', '=', id).execute();
    await this.db.deleteFrom('sections').where('id', '=', id).execute();
  }

  /**
   * Tags whose slug, base name or a translation contains `filter` (all when empty), by slug, a page
   * at a time, and how many match in all.
   */
  async tags(filter: string, offset: number, limit: number): Promise<{ tags: TagRecord[]; total: number }> {
    const like = `%${filter.toLowerCase().replace(/[\\%_]/g, '')}%`;
    const matching = this.db.selectFrom('tags').$if(filter !== '', (q) =>
      q.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['tags.name']), 'like', like),
          eb('tags.slug', 'like', like),
          eb.exists(
            eb
              .selectFrom('tag_names')
              .select('tag_names.tag_id')
              .whereRef('tag_names.tag_id', '=', 'tags.id')
              .where((inner) => inner(inner.fn('lower', ['tag_names.name']), 'like', like)),
          ),
        ]),
      ),
    );
    const [rows, total] = await Promise.all([
      matching.selectAll('tags').orderBy('tags.slug').limit(limit).offset(offset).execute(),
      matching.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { tags: await this.tagRecords(rows), total: Number(total.n) };
  }

  async tag(id: string): Promise<TagRecord | null> {
    const row = await this.db.selectFrom('tags').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? ((await this.tagRecords([row]))[0] ?? null) : null;
  }

  /** Tag rows with their translations and article counts (two queries for the whole page). */
  private async tagRecords(rows: { id: string; slug: string; name: string }[]): Promise<TagRecord[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [names, counts] = await Promise.all([
      this.db.selectFrom('tag_names').selectAll().where('tag_id', 'in', ids).orderBy('language').execute(),
      this.db
        .selectFrom('article_tags')
        .select((eb) => ['tag_id', eb.fn.countAll<number | string>().as('n')])
        .where('tag_id', 'in', ids)
        .groupBy('tag_id')
        .execute(),
    ]);
    const count = new Map(counts.map((c) => [c.tag_id, Number(c.n)]));
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      names: Object.fromEntries(names.filter((n) => n.tag_id === r.id).map((n) => [n.language, n.name])),
      articles: count.get(r.id) ?? 0,
    }));
  }

  async renameTag(id: string, name: string): Promise<void> {
    await this.db.updateTable('tags').set({ name }).where('id', '=', id).execute();
  }

  async removeTagName(id: string, language: string): Promise<void> {
    await this.db.deleteFrom('tag_names').where('tag_id', '=', id).where('language', '=', language).execute();
  }
}
