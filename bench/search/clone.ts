/**
 * A quick way to archive scale on a loaded machine: copies of an already built corpus, made by
 * the database itself (INSERT … SELECT), instead of generating and writing every article through
 * the application (about 350 articles/s on an idle 2-core machine, under 20 on a busy one).
 *
 * Each copy repeats the base articles with new ids and slugs (the same text, language, section,
 * dates, authors and tags) and their index rows. Every word then has the same share of articles
 * as in the base, so its match list is as long as in a generated corpus of that size; what is
 * lost is variety (each text appears once per copy). Figures from a cloned corpus say so.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/storage/schema.ts';
import { BenchError } from '../lib/format.ts';

/** Copy k's ids: a prefix no UUID has ("k1…"), so a copy never meets a generated id. */
const COPY_PREFIX = 'k';
const MAX_COPIES = 9;

const ARTICLE_COLUMNS = [
  'id',
  'translation_group_id',
  'language',
  'slug',
  'section_id',
  'headline',
  'standfirst',
  'body_json',
  'body_text',
  'status',
  'breaking',
  'created_at',
  'published_at',
  'updated_at',
  'modified_at',
  'version',
  'owner_id',
  'scheduled_at',
  'featured_image',
  'breaking_until',
] as const;

/**
 * Adds copies of the base corpus (articles whose id is not a copy's) until the database holds
 * `target` articles; the last copy may be partial. Returns the number of articles added.
 */
export async function cloneCorpus(db: Kysely<DB>, target: number, isSqlite: boolean): Promise<number> {
  const count = async (where: string) =>
    Number(
      (
        await sql<{ n: number | string }>`select count(*) as n from articles where ${sql.raw(where)}`.execute(
          db,
        )
      ).rows[0]?.n ?? 0,
    );
  const base = await count(`id not like '${COPY_PREFIX}%'`);
  if (base === 0) throw new BenchError('cloning: no base articles to copy');
  let total = await count('1 = 1');
  let added = 0;
  for (let k = 1; total < target; k++) {
    if (k > MAX_COPIES)
      throw new BenchError(`cloning: ${base} base articles × ${MAX_COPIES + 1} is short of ${target}`);
    const tag = `${COPY_PREFIX}${k}`;
    const copied = await count(`id like '${tag}%'`);
    const n = Math.min(base - copied, target - total);
    if (n <= 0) continue;
    const newId = (col: string) => sql.raw(`'${tag}' || substr(${col}, ${tag.length + 1})`);
    const cols = ARTICLE_COLUMNS.map((c) =>
      c === 'id' || c === 'translation_group_id'
        ? sql`${newId(c)}`
        : c === 'slug'
          ? sql.raw(`substr(slug, 1, 190) || '-${tag}'`)
          : sql.ref(c),
    );
    await db.transaction().execute(async (tx) => {
      if (!isSqlite) await sql`set local statement_timeout = 0`.execute(tx);
      // The base articles not yet copied in this copy, in id order, `n` of them.
      await sql`insert into articles (${sql.join(ARTICLE_COLUMNS.map((c) => sql.ref(c)))})
        select ${sql.join(cols)} from articles a
        where a.id not like ${`${COPY_PREFIX}%`}
          and not exists (select 1 from articles c where c.id = ${newId('a.id')})
        order by a.id limit ${n}`.execute(tx);
      const copiedNow = sql`exists (select 1 from articles c where c.id = ${newId('o.article_id')})`;
      for (const table of ['article_authors', 'article_tags'] as const) {
        const other = table === 'article_authors' ? 'person_id' : 'tag_id';
        await sql`insert into ${sql.table(table)} (article_id, ${sql.ref(other)}, position)
          select ${newId('o.article_id')}, o.${sql.ref(other)}, o.position from ${sql.table(table)} o
          where o.article_id not like ${`${COPY_PREFIX}%`} and ${copiedNow}
            and not exists (select 1 from ${sql.table(table)} d where d.article_id = ${newId('o.article_id')})`.execute(
          tx,
        );
      }
      if (isSqlite) {
        const before = await sql<{ n: number | null }>`select max(rowid) as n from search_rows`.execute(tx);
        const from = before.rows[0]?.n ?? 0;
        await sql`insert into search_rows (article_id)
          select ${newId('o.article_id')} from search_rows o
          where o.article_id not like ${`${COPY_PREFIX}%`} and ${copiedNow}
            and not exists (select 1 from search_rows d where d.article_id = ${newId('o.article_id')})
          order by o.rowid`.execute(tx);
        // The copies' index rows: the base row's indexed text under the copy's new rowid.
        await sql`insert into article_search (rowid, headline, standfirst, body)
          select n.rowid, s.headline, s.standfirst, s.body
          from search_rows o cross join search_rows n on n.article_id = ${newId('o.article_id')}
          cross join article_search s on s.rowid = o.rowid
          where o.article_id not like ${`${COPY_PREFIX}%`} and n.rowid > ${from}`.execute(tx);
      } else {
        await sql`insert into article_search (article_id, document)
          select ${newId('o.article_id')}, o.document from article_search o
          where o.article_id not like ${`${COPY_PREFIX}%`} and ${copiedNow}
          on conflict (article_id) do nothing`.execute(tx);
      }
    });
    added += n;
    total += n;
    console.log(`clone       copy ${k}: ${n} articles (${total}/${target})`);
  }
  return added;
}
