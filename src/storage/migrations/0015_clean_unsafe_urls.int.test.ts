import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { openDatabase, type Database } from '../database.ts';
import { createStore } from '../repositories/index.ts';

const T = '2025-01-01T00:00:00.000Z';
const text = (t: string, href?: string) => ({ text: t, ...(href ? { href } : {}) });

/** A body as an older version could store it: good and bad addresses side by side. */
const plantedBody = [
  {
    type: 'paragraph',
    content: [text('Safe ', 'https://example.com/a'), text('bad', 'javascript:alert(1)'), text(' end')],
  },
  { type: 'list', ordered: false, items: [[text('mail', 'mailto:desk@example.com')], [text('x', 'JaVaScRiPt:x')]] },
  { type: 'image', src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: 'bad image', caption: 'Bad caption' },
  { type: 'image', src: 'https://cdn.example.com/photo.jpg', alt: 'external image' },
  { type: 'image', src: '/media/local.jpg', alt: 'local image' },
  { type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' },
  { type: 'embed', provider: 'youtube', url: 'http://www.youtube.com/watch?v=abcdefghijk' },
  { type: 'embed', provider: 'x', url: 'https://evil.example/post' },
];
const cleanedBody = [
  {
    type: 'paragraph',
    content: [text('Safe ', 'https://example.com/a'), text('bad'), text(' end')],
  },
  { type: 'list', ordered: false, items: [[text('mail', 'mailto:desk@example.com')], [text('x')]] },
  { type: 'image', src: 'https://cdn.example.com/photo.jpg', alt: 'external image' },
  { type: 'image', src: '/media/local.jpg', alt: 'local image' },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk' },
];

describe.each(dialects)('migration 0015 (clean unsafe URLs) on %s', (dialect) => {
  let tdb: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await tdb?.drop();
  });

  it('cleans addresses planted by an older version and leaves the safe ones alone', async () => {
    tdb = await createTestDatabase(dialect);
    database = openDatabase(tdb.target);
    await database.migrateTo('0014_account_tokens');
    const db = database.db;
    // Plain SQL, as an older version wrote it (never through today's repositories, which would refuse).
    await sql`insert into languages (code, name, is_default, position) values ('en', 'English', 1, 0)`.execute(db);
    await sql`insert into sections (id, slug, name, position) values ('s1', 'world', 'World', 0)`.execute(db);
    const article = (id: string, slug: string, body: unknown, featured: unknown) =>
      sql`insert into articles (id, translation_group_id, language, slug, section_id, headline, body_json, body_text, status, breaking, created_at, published_at, modified_at, featured_image)
        values (${id}, ${id}, 'en', ${slug}, 's1', ${`Story ${slug}`}, ${JSON.stringify(body)}, 'Text', 'published', 0, ${T}, ${T}, ${T}, ${featured === null ? null : JSON.stringify(featured)})`.execute(
        db,
      );
    await article('a1', 'planted', plantedBody, { src: 'javascript:alert(1)', alt: 'x' });
    const goodBody = [{ type: 'paragraph', content: [text('Fine ', '/en/world/other'), text('tel', 'tel:+994 12 345')] }];
    const goodImage = { src: 'https://cdn.example.com/f.jpg', alt: 'fine', caption: null };
    await article('a2', 'clean', goodBody, goodImage);
    await sql`insert into article_sources (id, article_id, position, outlet, citing, url) values
      ('src1', 'a1', 0, 'Bad outlet', null, 'javascript:alert(1)'),
      ('src2', 'a1', 1, 'Good outlet', null, 'https://outlet.example/story'),
      ('src3', 'a2', 0, 'Protocol-relative', null, '//evil.example/')`.execute(db);
    await sql`insert into people (id, slug, name, photo_url, created_at) values
      ('p1', 'bad-photo', 'Bad Photo', 'javascript:alert(1)', ${T}),
      ('p2', 'good-photo', 'Good Photo', 'https://cdn.example.com/p.jpg', ${T})`.execute(db);
    const snapshot = {
      headline: 'Story planted',
      body: plantedBody,
      featuredImage: { src: 'data:text/html,<script>alert(1)</script>', alt: '' },
      sources: [{ outlet: 'Bad outlet', citing: null, url: 'vbscript:msgbox(1)' }],
    };
    await sql`insert into revisions (id, article_id, version, user_id, action, snapshot, created_at)
      values ('r1', 'a1', 1, null, 'created', ${JSON.stringify(snapshot)}, ${T})`.execute(db);

    expect((await database.migrate())[0]).toBe('0015_clean_unsafe_urls');

    const repos = createStore(database).repos;
    const planted = await repos.articles.findBySlug('en', 'planted');
    expect(planted?.body).toEqual(cleanedBody);
    expect(planted?.featuredImage).toBeNull();
    expect(planted?.sources.map((s) => [s.outlet, s.url])).toEqual([
      ['Bad outlet', null],
      ['Good outlet', 'https://outlet.example/story'],
    ]);
    const clean = await repos.articles.findBySlug('en', 'clean');
    expect(clean?.body).toEqual(goodBody);
    expect(clean?.featuredImage).toMatchObject(goodImage);
    expect(clean?.sources[0]?.url).toBeNull();
    const photos = await sql<{ slug: string; photo_url: string | null }>`select slug, photo_url from people order by slug`.execute(db);
    expect(photos.rows).toEqual([
      { slug: 'bad-photo', photo_url: null },
      { slug: 'good-photo', photo_url: 'https://cdn.example.com/p.jpg' },
    ]);
    const revision = await sql<{ snapshot: string }>`select snapshot from revisions where id = 'r1'`.execute(db);
    expect(JSON.parse(revision.rows[0]!.snapshot)).toEqual({
      headline: 'Story planted',
      body: cleanedBody,
      featuredImage: null,
      sources: [{ outlet: 'Bad outlet', citing: null, url: null }],
    });
    // Nothing dangerous is left anywhere in the article rows.
    const rows = await sql<{ body_json: string }>`select body_json from articles`.execute(db);
    expect(rows.rows.map((r) => r.body_json).join(' ')).not.toMatch(/javascript:|data:|evil\.example/i);
  });
});
