import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import {
  apiPostsOf,
  ghostDateOf,
  ghostSlugOf,
  ghostTitleOf,
  sampleGhostExport,
} from '../../../test/utils/ghost-export.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

const POSTS = 60;
// Published and public: not drafts (every tenth), not 4 (scheduled), 6 (email-only), 8 (members).
const publishedIds = Array.from({ length: POSTS }, (_, i) => i + 1).filter(
  (n) => n % 10 !== 0 && n !== 4 && n !== 6 && n !== 8,
);
const published = publishedIds.length;
const drafts = POSTS - published;
const KEY = '0123456789abcdef0123456789';

describe.each(dialects)('import ghost on %s', (dialect) => {
  let app: TestApp;
  let dir: string;
  let file: string;
  let contentDir: string;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-ghost-'));
    const sample = sampleGhostExport(POSTS);
    file = join(dir, 'export.json');
    writeFileSync(file, sample.json);
    contentDir = join(dir, 'content');
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#446688' } })
      .jpeg()
      .toBuffer();
    // Every image but the last feature image: that one is missing from the copy of the content folder.
    for (const f of sample.files.slice(0, -1)) {
      mkdirSync(dirname(join(contentDir, f)), { recursive: true });
      writeFileSync(join(contentDir, f), jpeg);
    }
  });
  afterAll(async () => {
    await ifStarted(app)?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const importer = () => app.container.ghostImporter;
  const articleCount = () => app.container.store.repos.articles.count();
  const find = async (section: string, slug: string) => {
    const r = await app.container.reader.lookup('en', section, slug);
    return r.kind === 'found' ? r.article : null;
  };
  const slugOfTitle = (n: number) => ghostTitleOf(n).toLowerCase().replace(/ /g, '-');

  it('a dry run reports what it would do and writes nothing', async () => {
    const report = await importer().importFile(file, { dryRun: true, contentDir });
    expect(report.articles).toEqual({ published, draft: drafts, alreadyImported: 0 });
    expect(report.sectionsCreated.sort()).toEqual(['harbour', 'trains', 'weather']);
    expect(await articleCount()).toBe(0);
    expect(await app.container.taxonomy.sections()).toEqual([]);
    expect((await app.container.media.list()).items).toEqual([]);
  });

  it('imports posts with statuses, dates, primary tags as sections, tags, authors, excerpts and images', async () => {
    const report = await importer().importFile(file, { contentDir });
    expect(report.articles).toEqual({ published, draft: drafts, alreadyImported: 0 });
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([{ title: 'About the harbour paper', reason: 'a page, not a post' }]);
    expect(await articleCount()).toBe(POSTS);
    expect(report.authors).toBe(2);
    expect(report.redirects).toBe(POSTS);
    // 20 feature images (every third post) and one inline image; the feature image of 60 is missing.
    expect(report.images).toEqual({ imported: 20, reused: 0, keptAtOldAddress: 0 });
    expect(report.missingImages).toEqual([
      { title: ghostTitleOf(60), file: 'images/2024/03/feature-60.jpg' },
    ]);
    const notes = report.unconverted.map((u) => `${u.title}: ${u.what}`);
    expect(notes).toContain(`${ghostTitleOf(4)}: scheduled post imported as a draft`);
    expect(notes).toContain(`${ghostTitleOf(6)}: email-only post imported as a draft`);
    expect(notes).toContain(`${ghostTitleOf(8)}: post for members readers imported as a draft`);
    expect(notes).toContain(`${ghostTitleOf(11)}: button card (no counterpart; left out)`);
    expect(notes).toContain(`${ghostTitleOf(13)}: <script> removed`);
    expect(notes).toContain(`${ghostTitleOf(5)}: markdown card kept as plain paragraphs`);

    // 2: Lexical, primary tag Weather (2 % 3), a second tag, two authors.
    const two = await find('weather', slugOfTitle(2));
    expect(two?.status).toBe('published');
    expect(two?.publishedAt?.toISOString()).toBe(ghostDateOf(2).toISOString());
    expect(two?.authors.map((a) => a.name)).toEqual(['Perrin Holt', 'Sela Marr']);
    expect(two?.tags.map((t) => t.name)).toEqual(['Harbour']);
    expect(two?.body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    // 3: an inline image from a resized copy, the feature image with alt and caption; an excerpt.
    const three = await find('harbour', slugOfTitle(3));
    expect(three?.standfirst).toBe('Bulletin 3 in short: lights & timetables.');
    expect(three?.featuredImage).toMatchObject({ alt: 'Feature 3', caption: 'Caption 3' });
    expect(three?.featuredImage?.mediaId).toBeTruthy();
    const inline = three?.body.find((b) => b.type === 'image');
    expect(inline && 'mediaId' in inline && inline.mediaId).toBeTruthy();
    // 12: an internal tag comes first in Ghost's order; the first public tag is the section, and
    // the internal one is no tag at all. 4 (scheduled in Ghost) is a draft readers do not see.
    const twelve = await find('harbour', slugOfTitle(12));
    expect(twelve?.tags.map((t) => t.name)).toEqual(['Trains']);
    expect(await find('trains', slugOfTitle(4))).toBeNull();
    // 5: Mobiledoc.
    const five = await find('weather', slugOfTitle(5));
    expect(five?.bodyText).toContain('Bulletin 5 from the older editor: the ferry is late');
    expect(five?.bodyText).toContain('A markdown note for bulletin 5.');
    // 7: no editor document, the stored HTML.
    const seven = await find('trains', slugOfTitle(7));
    expect(seven?.bodyText).toContain('Stored HTML of bulletin 7');
    // 9: an embed; 13: a script removed, its text kept.
    expect((await find('harbour', slugOfTitle(9)))?.body.some((b) => b.type === 'embed')).toBe(true);
    const thirteen = await find('trains', slugOfTitle(13));
    expect(thirteen?.bodyText).toContain('Kept text.');
    expect(thirteen?.bodyText).not.toContain('alert');
  });

  it('creates nothing twice on a second run', async () => {
    const report = await importer().importFile(file, { contentDir });
    expect(report.articles).toEqual({ published: 0, draft: 0, alreadyImported: POSTS });
    expect(report.images.imported).toBe(0);
    expect(report.redirects).toBe(0);
    expect(await articleCount()).toBe(POSTS);
    expect((await app.container.media.list()).total).toBe(20);
  });

  it("answers the old Ghost addresses with 301 to the article; a draft's stays 404", async () => {
    const r = await app.server.inject({ url: `/${ghostSlugOf(2)}/` });
    expect(r.statusCode).toBe(301);
    expect(r.headers.location).toBe(`/en/weather/${slugOfTitle(2)}`);
    expect((await app.server.inject({ url: `/${ghostSlugOf(10)}/` })).statusCode).toBe(404);
  });

  it('reading the same posts over the Content API afterwards creates nothing twice', async () => {
    const api = await contentApi(apiPostsOf(POSTS), 20);
    try {
      const report = await app.container.ghostImporter.importSite(api.url, KEY);
      expect(report.articles).toEqual({ published: 0, draft: 0, alreadyImported: published + 1 });
    } finally {
      await api.close();
    }
  });
});

describe('import ghost over the Content API', () => {
  let app: TestApp;
  let api: Awaited<ReturnType<typeof contentApi>>;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
    const posts = apiPostsOf(30);
    // One post the API answers in a shape we cannot read: it is reported, the rest go on.
    posts.splice(5, 0, { id: 'broken', title: 'A broken post', published_at: 'not a date' });
    api = await contentApi(posts, 12);
  });
  afterAll(async () => {
    await ifStarted(api)?.close();
    await ifStarted(app)?.dispose();
  });

  it('reads every page, downloads the old site’s images and reports what it could not read', async () => {
    const report = await app.container.ghostImporter.importSite(api.url, KEY);
    const served = apiPostsOf(30);
    const servedPublished = served.filter((p) => p.visibility === 'public').length;
    const servedImages = served.filter((p) => p.feature_image).length + 1; // and post 3's inline image
    expect(report.articles).toEqual({ published: servedPublished, draft: 1, alreadyImported: 0 });
    expect(report.failed).toEqual([
      { title: 'A broken post', reason: expect.stringContaining('published_at') as string },
    ]);
    expect(api.pagesServed()).toEqual([1, 2, 3]);
    // Images on the old site's own address were fetched into the media library.
    expect(report.images.imported).toBe(servedImages);
    expect(api.imagesServed()).toBe(servedImages);
    const r = await app.server.inject({ url: `/${ghostSlugOf(1)}/` });
    expect(r.statusCode).toBe(301);
  });

  it('names the failure when the key is refused, and writes nothing', async () => {
    const before = await app.container.store.repos.articles.count();
    await expect(
      app.container.ghostImporter.importSite(api.url, 'ffffffffffffffffffffffffff'),
    ).rejects.toMatchObject({
      code: 'IMPORT_SOURCE_FAILED',
      message: expect.stringContaining('401 (Unknown Content API Key)') as string,
    });
    expect(await app.container.store.repos.articles.count()).toBe(before);
  });

  it('refuses a key or an address of the wrong shape before asking anything', async () => {
    const importer = app.container.ghostImporter;
    await expect(importer.importSite(api.url, 'short')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(importer.importSite('ftp://old.example', KEY)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

/**
 * A local stand-in for a Ghost's Content API: `/ghost/api/content/posts/` pages of `pageSize` with
 * Ghost's pagination, 401 for another key, and its `/content/images/…` files.
 */
async function contentApi(posts: Record<string, unknown>[], pageSize: number) {
  const pages: number[] = [];
  let images = 0;
  const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#884422' } })
    .jpeg()
    .toBuffer();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/content/images/')) {
      images++;
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
      return;
    }
    if (url.pathname !== '/ghost/api/content/posts/') {
      res.writeHead(404).end();
      return;
    }
    if (url.searchParams.get('key') !== KEY) {
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: 'Unknown Content API Key', type: 'UnauthorizedError' }] }));
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    pages.push(page);
    const limit = Number(url.searchParams.get('limit') ?? '15');
    const size = Math.min(limit, pageSize);
    const total = posts.length;
    const count = Math.ceil(total / size);
    // The stand-in serves the posts with its own origin in their addresses, as a real Ghost would.
    const slice = JSON.parse(
      JSON.stringify(posts.slice((page - 1) * size, page * size)).replaceAll(
        'https://old-ghost.example.org',
        origin,
      ),
    ) as unknown[];
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        posts: slice,
        meta: {
          pagination: {
            page,
            limit: size,
            pages: count,
            total,
            next: page < count ? page + 1 : null,
            prev: null,
          },
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    pagesServed: () => [...pages],
    imagesServed: () => images,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
