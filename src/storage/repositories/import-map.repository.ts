import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** What an import made of a source's item: `article` for a post, `media` for an attachment. */
export type ImportKind = 'article' | 'media';

/** The import map: (source, kind, item id) → what was created, so nothing is created twice. */
export class ImportMapRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async find(source: string, kind: ImportKind, sourceId: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('import_map')
      .select('target_id')
      .where('source', '=', source)
      .where('kind', '=', kind)
      .where('source_id', '=', sourceId)
      .executeTakeFirst();
    return r?.target_id ?? null;
  }

  async add(source: string, kind: ImportKind, sourceId: string, targetId: string, at: Date): Promise<void> {
    await this.db
      .insertInto('import_map')
      .values({ source, kind, source_id: sourceId, target_id: targetId, created_at: at.toISOString() })
      .execute();
  }

  async count(source: string, kind: ImportKind): Promise<number> {
    const r = await this.db
      .selectFrom('import_map')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('source', '=', source)
      .where('kind', '=', kind)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
