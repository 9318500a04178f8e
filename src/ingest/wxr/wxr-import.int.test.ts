import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { dateOf, linkOf, sampleExport, slugOf, statusOf } from '../../../test/utils/wxr-export.ts';

const POSTS = 200;
const drafts = Array.from({ length: POSTS }, (_, i) => i + 1).filter((id) => statusOf(id) === 'draft').length;
const published = POSTS - drafts - 2; // post 7 is private, 13 trashed

describe.each(dialects)('import wxr on %s', (dialect) => {
  let app: TestApp;
  let dir: string;
  let file: string;
  let mediaDir: string;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-wxr-'));
    const sample = sampleExport(POSTS);
    file = join(dir, 'export.xml');
    writeFileSync(file, sample.xml);
    mediaDir = join(dir, 'uploads');
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    // Every file but featured-5.jpg: that one is missing from the copy of the uploads.
    for (const f of sample.files.filter((x) => !x.endsWith('featured-5.jpg'))) {
      mkdirSync(dirname(join(mediaDir, f)), { recursive: true });
      writeFileSync(join(mediaDir, f), jpeg);
    }
  });
  afterAll(async () => {
    await ifStarted(app)?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const importer = () => app.container.wxrImporter;
  const articleCount = () => app.container.store.repos.articles.count();

  it('a dry run reports what it would do and writes nothing', async () => {
    const report = await importer().import(file, { dryRun: true, mediaDir });
    expect(report.articles).toEqual({ published, draft: drafts, alreadyImported: 0 });
    expect(report.sectionsCreated.sort()).toEqual(['culture', 'latest-news', 'news', 'sport']);
    expect(report.images.imported).toBe(5);
    expect(await articleCount()).toBe(0);
    expect(await app.container.taxonomy.sections()).toEqual([]);
    expect((await app.container.media.list()).items).toEqual([]);
  });

  it('imports the posts with status, dates, sections, tags, authors, excerpts and images', async () => {
    const report = await importer().import(file, { mediaDir });
    expect(report.articles).toEqual({ published, draft: drafts, alreadyImported: 0 });
    expect(await articleCount()).toBe(published + drafts);
    expect(report.tags).toBe(8);
    expect(report.authors).toBe(3);
    expect(report.images).toEqual({ imported: 5, reused: 0, keptAtOldAddress: 0 });
    expect(report.redirects).toBe(2 * (published + drafts));
    expect(report.missingImages).toEqual([
      { title: 'Harbour report number 5', file: '2024/01/featured-5.jpg' },
    ]);
    expect(report.skipped).toEqual([
      { title: 'Harbour report number 7', reason: 'status "private" is not imported' },
      { title: 'Harbour report number 13', reason: 'status "trash" is not imported' },
      { title: 'About us', reason: 'a page, not a post' },
    ]);
    expect(report.failed).toEqual([]);
    const notes = report.unconverted.map((u) => `${u.title}: ${u.what}`);
    expect(notes).toContain('Harbour report number 5: shortcode [contact-form] removed');
    expect(notes).toContain('Harbour report number 11: dynamic block wp:acme/poll (nothing to keep)');
    expect(notes).toContain('Harbour report number 15: gallery block (its images kept one after another)');
    expect(notes).toContain('Harbour report number 19: <script> removed');

    const find = async (section: string, slug: string) => {
      const r = await app.container.reader.lookup('en', section, slug);
      return r.kind === 'found' ? r.article : null;
    };
    const four = await find('news', slugOf(4));
    expect(four?.status).toBe('published');
    expect(four?.publishedAt?.toISOString()).toBe(dateOf(4).toISOString());
    expect(four?.authors.map((a) => a.name)).toEqual(['Tobin Vale']);
    expect(four?.tags.map((t) => t.name).sort()).toEqual(['Library', 'Weather']);
    expect(four?.featuredImage?.mediaId).toBeTruthy();
    expect(four?.body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'list']);
    const three = await find('latest-news', slugOf(3));
    expect(three?.standfirst).toBe('A short summary of report 3 & its pier.');
    expect(three?.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    const nine = await find('sport', slugOf(9));
    const image = nine?.body.find((b) => b.type === 'image');
    expect(image && 'mediaId' in image && image.mediaId).toBeTruthy();
    const seventeen = await find('sport', slugOf(17));
    expect(seventeen?.body.some((b) => b.type === 'embed' && b.provider === 'youtube')).toBe(true);
    const nineteen = await find('latest-news', slugOf(19));
    expect(nineteen?.bodyText).toContain('Kept text.');
    expect(nineteen?.bodyText).not.toContain('alert');
    const five = await find('sport', slugOf(5));
    expect(five?.featuredImage).toBeNull();
    expect(five?.bodyText).not.toContain('contact-form');
  });

  it('creates nothing twice on a second run', async () => {
    const before = await articleCount();
    const report = await importer().import(file, { mediaDir });
    expect(report.articles).toEqual({ published: 0, draft: 0, alreadyImported: published + drafts });
    expect(report.sectionsCreated).toEqual([]);
    expect(report.images.imported).toBe(0);
    expect(report.redirects).toBe(0);
    expect(await articleCount()).toBe(before);
    expect((await app.container.media.list()).total).toBe(5);
  });

  it('answers the old permalinks and ?p= links with 301 to the article; a draft stays 404', async () => {
    const old = new URL(linkOf(4)).pathname;
    const r = await app.server.inject({ url: old });
    expect(r.statusCode).toBe(301);
    expect(r.headers.location).toBe(`/en/news/${slugOf(4)}`);
    const bare = await app.server.inject({ url: old.replace(/\/$/, '') });
    expect(bare.headers.location).toBe(`/en/news/${slugOf(4)}`);
    const short = await app.server.inject({ url: '/?p=4' });
    expect(short.statusCode).toBe(301);
    expect(short.headers.location).toBe(`/en/news/${slugOf(4)}`);
    expect((await app.server.inject({ url: new URL(linkOf(10)).pathname })).statusCode).toBe(404);
    expect((await app.server.inject({ url: '/2024/01/no-such-post/' })).statusCode).toBe(404);
  });
});

describe('import wxr resumes an interrupted run', () => {
  let app: TestApp;
  let dir: string;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-wxr-'));
  });
  afterAll(async () => {
    await ifStarted(app)?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports only what the first run did not reach', async () => {
    const part = join(dir, 'part.xml');
    const whole = join(dir, 'whole.xml');
    // The first run "stopped" after post 30: its file ends there.
    writeFileSync(part, sampleExport(30).xml);
    writeFileSync(whole, sampleExport(60).xml);
    const first = await app.container.wxrImporter.import(part);
    const second = await app.container.wxrImporter.import(whole);
    expect(first.articles.published + first.articles.draft).toBe(28);
    expect(second.articles.alreadyImported).toBe(28);
    expect(second.articles.published + second.articles.draft).toBe(30);
    expect(await app.container.store.repos.articles.count()).toBe(58);
  });

  it('reports an item that fails by its title and goes on with the rest', async () => {
    const file = join(dir, 'one-bad.xml');
    const { xml } = sampleExport(3);
    // Post 2 gets a headline longer than an article may have (300 characters).
    const long = `A headline that goes on ${'and on '.repeat(60)}`;
    // Another site's export, so nothing in it was imported before.
    const other = xml.replaceAll('https://old.example.org', 'https://other.example.org');
    writeFileSync(file, other.replace('Harbour report number 2]]>', `${long}]]>`));
    const before = await app.container.store.repos.articles.count();
    const report = await app.container.wxrImporter.import(file);
    expect(report.failed).toEqual([
      { title: long.trim(), reason: expect.stringMatching(/^headline: /) as string },
    ]);
    expect(report.articles).toEqual({ published: 2, draft: 0, alreadyImported: 0 });
    expect(await app.container.store.repos.articles.count()).toBe(before + 2);
  });
});
