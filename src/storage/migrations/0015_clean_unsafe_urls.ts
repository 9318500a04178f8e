import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Cleans addresses stored before the URL policy (src/domain/urls.ts) existed: `javascript:`,
 * `data:` and other schemes in links, images, embeds, sources and photos. The policy is copied
 * here as it was on the day, so later changes to it never change what this migration did.
 *   - a link that is not allowed loses its link (its text stays);
 *   - an image or embed that is not allowed is taken out of the body (body_text, used by search,
 *     keeps its caption words until the next save);
 *   - an embed given as http:// on an allowed provider becomes https://;
 *   - a featured image that is not allowed is removed; a source keeps its name without the URL;
 *     a person's photo URL is removed;
 *   - revisions are cleaned the same way, so restoring one cannot bring an address back.
 * Rows are read in batches by id and only changed rows are written.
 */

type Kind = 'link' | 'image' | 'source' | 'embed';
const SCHEMES: Record<Kind, string[]> = {
  link: ['http', 'https', 'mailto', 'tel'],
  image: ['http', 'https'],
  source: ['http', 'https'],
  embed: ['https'],
};
const SITE_PATHS: Record<Kind, boolean> = { link: true, image: true, source: false, embed: false };

function embedProvider(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.replace(/^(www|m|mobile)\./, '');
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') return 'youtube';
  if (host === 'twitter.com' || host === 'x.com') return 'x';
  if (host === 'facebook.com' || host === 'fb.watch') return 'facebook';
  return null;
}

function allowed(kind: Kind, url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2000) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url) || url.trim() !== url) return false;
  if (url.startsWith('/')) return SITE_PATHS[kind] && !/^\/[/\\]/.test(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !SCHEMES[kind].includes(scheme)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (scheme === 'http' || scheme === 'https') {
    if (!/^https?:\/\/[^/\\]/i.test(url) || !parsed.hostname) return false;
  } else if (scheme === 'tel') {
    if (!/^tel:\+?[0-9 ().-]{3,40}$/i.test(url)) return false;
  } else if (url.length <= scheme.length + 1) return false;
  return kind !== 'embed' || embedProvider(url) !== null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function cleanRuns(runs: unknown): unknown {
  if (!Array.isArray(runs)) return runs;
  return runs.map((r) => {
    if (!isObject(r) || r.href === undefined || allowed('link', r.href)) return r;
    const { href: _href, ...rest } = r;
    return rest;
  });
}

function cleanBody(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  return body.flatMap((b: unknown) => {
    if (!isObject(b)) return [b];
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        return [{ ...b, content: cleanRuns(b.content) }];
      case 'list':
        return [{ ...b, items: Array.isArray(b.items) ? b.items.map(cleanRuns) : b.items }];
      case 'image':
        return allowed('image', b.src) ? [b] : [];
      case 'embed': {
        const url = typeof b.url === 'string' ? b.url.trim() : '';
        const upgraded = /^http:/i.test(url) ? url.replace(/^http:/i, 'https:') : url;
        return allowed('embed', upgraded) && embedProvider(upgraded) === b.provider
          ? [{ ...b, url: upgraded }]
          : [];
      }
      default:
        return [b];
    }
  });
}

const cleanImage = (image: unknown): unknown => (isObject(image) && allowed('image', image.src) ? image : null);
const cleanSources = (sources: unknown): unknown =>
  Array.isArray(sources)
    ? sources.map((s) =>
        isObject(s) && s.url !== null && s.url !== undefined && !allowed('source', s.url) ? { ...s, url: null } : s,
      )
    : sources;

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const BATCH = 500;

/** Reads `table` in batches by id, and writes back each row `clean` changes. */
async function eachBatch(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  table: string,
  columns: string[],
  clean: (row: Json) => Json | null,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await db
      .selectFrom(table)
      .select(['id', ...columns])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute()) as Json[];
    for (const row of rows) {
      const changes = clean(row);
      if (changes) await db.updateTable(table).set(changes).where('id', '=', row.id).execute();
    }
    if (rows.length < BATCH) return;
    after = String(rows[rows.length - 1]!.id);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await eachBatch(db, 'articles', ['body_json', 'featured_image'], (row) => {
    const changes: Json = {};
    const body = parse(row.body_json as string);
    if (body !== undefined) {
      const cleaned = JSON.stringify(cleanBody(body));
      if (cleaned !== JSON.stringify(body)) changes.body_json = cleaned;
    }
    const image = parse(row.featured_image as string | null);
    if (image !== undefined && image !== null && cleanImage(image) === null) changes.featured_image = null;
    return Object.keys(changes).length ? changes : null;
  });

  await eachBatch(db, 'article_sources', ['url'], (row) =>
    row.url !== null && !allowed('source', row.url) ? { url: null } : null,
  );

  await eachBatch(db, 'people', ['photo_url'], (row) =>
    row.photo_url !== null && !allowed('image', row.photo_url) ? { photo_url: null } : null,
  );

  await eachBatch(db, 'revisions', ['snapshot'], (row) => {
    const snapshot = parse(row.snapshot as string);
    if (!isObject(snapshot)) return null;
    const cleaned = {
      ...snapshot,
      body: cleanBody(snapshot.body),
      featuredImage: snapshot.featuredImage === undefined ? undefined : cleanImage(snapshot.featuredImage),
      sources: cleanSources(snapshot.sources),
    };
    const text = JSON.stringify(cleaned);
    return text !== JSON.stringify(snapshot) ? { snapshot: text } : null;
  });
}

/** Cleaning cannot be undone (the addresses are gone), and nothing needs undoing: down is a no-op. */
export async function down(): Promise<void> {}
