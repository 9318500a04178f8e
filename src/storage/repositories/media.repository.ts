import { sql, type Kysely, type Selectable } from 'kysely';
import type { Media, MediaFormat, MediaVariant } from '../../domain/media.ts';
import type { DB, MediaTable } from '../schema.ts';

const toMedia = (r: Selectable<MediaTable>): Media => ({
  id: r.id,
  filename: r.filename,
  format: r.format as MediaFormat,
  mimeType: r.mime_type,
  bytes: r.bytes,
  width: r.width,
  height: r.height,
  alt: r.alt,
  caption: r.caption,
  credit: r.credit,
  uploadedBy: r.uploaded_by,
  createdAt: new Date(r.created_at),
  storageKey: r.storage_key,
  variants: JSON.parse(r.variants) as MediaVariant[],
});

export interface MediaPage {
  items: Media[];
  total: number;
}

/** LIKE pattern for a fragment anywhere in the text; `%`, `_` and `\` in it match themselves. */
const containing = (fragment: string) => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The media library's rows. `searchText` is folded by the caller (the same on both databases). */
export class MediaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(m: Media, searchText: string): Promise<void> {
    await this.db
      .insertInto('media')
      .values({
        id: m.id,
        filename: m.filename,
        format: m.format,
        mime_type: m.mimeType,
        bytes: m.bytes,
        width: m.width,
        height: m.height,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        uploaded_by: m.uploadedBy,
        created_at: m.createdAt.toISOString(),
        storage_key: m.storageKey,
        variants: JSON.stringify(m.variants),
        search_text: searchText,
      })
      .execute();
  }

  async byId(id: string): Promise<Media | null> {
    const r = await this.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toMedia(r) : null;
  }

  async byIds(ids: string[]): Promise<Media[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('media').selectAll().where('id', 'in', ids).execute();
    return rows.map(toMedia);
  }

  async describe(
    id: string,
    d: { alt: string; caption: string | null; credit: string | null },
    searchText: string,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('media')
      .set({ alt: d.alt, caption: d.caption, credit: d.credit, search_text: searchText })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Whether any article's body or featured image names the media id. */
  async isUsed(id: string): Promise<boolean> {
    const pattern = containing(id);
    const r = await this.db
      .selectFrom('articles')
      .select('id')
      .where(
        sql<boolean>`body_json like ${pattern} escape '\\' or featured_image like ${pattern} escape '\\'`,
      )
      .limit(1)
      .executeTakeFirst();
    return r !== undefined;
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('media').where('id', '=', id).execute();
  }

  /** Newest first; every folded word of the query must occur in the folded text. */
  async list(opts: { words: string[]; limit: number; offset: number }): Promise<MediaPage> {
    let q = this.db.selectFrom('media');
    for (const w of opts.words) q = q.where(sql<boolean>`search_text like ${containing(w)} escape '\\'`);
    const [rows, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(opts.limit)
        .offset(opts.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toMedia), total: Number(count.n) };
  }
}
