import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { imageOf, type Media } from '../../domain/media.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { errorAnswer } from '../../../test/utils/error-answer.ts';

/** Library images as readers' browsers fetch them, and the markup that asks for them. */
describe.each(dialects)('media on the reader site on %s', (dialect) => {
  let app: TestApp;
  let dir: string;
  let photo: Media;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.server.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-media-test-'));
    app = await createTestApp(
      dialect,
      { media: { dir, maxBytes: 1_000_000 } },
      { clock: { now: () => new Date('2025-11-21T15:00:00Z') } },
    );
    photo = await app.container.media.upload({
      bytes: await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3366aa' } })
        .jpeg()
        .toBuffer(),
      filename: 'harbour.jpg',
      uploadedBy: null,
      alt: 'Ships in the harbour at dusk',
      credit: 'Staff photographer',
    });
  });
  afterAll(async () => {
    await ifStarted(app)?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves variants with their type, an ETag and a year-long immutable cache', async () => {
    const res = await get(`/media/${photo.id}/640.webp`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    const meta = await sharp(res.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 640, height: 320 });
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await get(`/media/${photo.id}/640.webp`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const original = await get(`/media/${photo.id}/original.jpg`);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(original.rawPayload).metadata()).width).toBe(1000);
  });

  it('answers 404 for files an item does not have, unknown items and any path trickery', async () => {
    for (const url of [
      `/media/${photo.id}/1280.jpg`, // wider than the original: never made
      `/media/${photo.id}/original.png`,
      `/media/${photo.id}/640.gif`,
      `/media/${photo.id}/640.webp.exe`,
      `/media/00000000-0000-4000-8000-000000000000/640.webp`,
      `/media/${photo.id}/..%2F..%2F..%2Fpackage.json`,
      `/media/${photo.id}/%2e%2e`,
      `/media/..%2F..%2Fetc/passwd`,
      `/media/${photo.id}/../../package.json`,
      `/media/${photo.id}%2F..%2F..%2Fx/640.webp`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['cache-control'], url).not.toContain('immutable');
    }
    // A NUL in a path is refused outright, as everywhere.
    const nul = await get(`/media/${photo.id}/640.webp%00.jpg`);
    expect(nul.statusCode).toBe(400);
    expect(errorAnswer.parse(nul.json()).error.issues?.[0]?.field).toBe('file');
  });

  it('renders library images in an article with srcset, sizes and a WebP source, sized against layout shift', async () => {
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    const a = await app.container.writer.create({
      language: 'en',
      headline: 'Harbour reopens',
      sectionSlug: 'world',
      body: [
        { type: 'paragraph', content: [{ text: 'The harbour reopened on Friday.' }] },
        { type: 'image', ...imageOf(photo) },
        { type: 'image', src: 'https://images.example.com/old.jpg', alt: 'An older picture' },
      ],
      status: 'published',
      publishedAt: new Date('2025-11-21T08:00:00Z'),
    });
    const html = (await get(`/en/world/${a.slug}`)).body;
    const base = `/media/${photo.id}`;
    const figure = /<figure><picture>(.*?)<\/picture><figcaption>(.*?)<\/figcaption><\/figure>/s.exec(html);
    expect(figure, html).not.toBeNull();
    expect(figure![1]).toBe(
      `<source type="image/webp" srcset="${base}/320.webp 320w, ${base}/640.webp 640w, ${base}/960.webp 960w, ${base}/1000.webp 1000w" sizes="(min-width: 48em) 45em, 100vw"/>` +
        `<img src="${base}/1000.jpg" srcset="${base}/320.jpg 320w, ${base}/640.jpg 640w, ${base}/960.jpg 960w, ${base}/1000.jpg 1000w" sizes="(min-width: 48em) 45em, 100vw" alt="Ships in the harbour at dusk" width="1000" height="500" loading="lazy" decoding="async"/>`,
    );
    expect(figure![2]).toContain('Staff photographer');
    // Every URL in the markup is served.
    for (const url of new Set([...figure![1]!.matchAll(/\/media\/[^\s",]+/g)].map((m) => m[0])))
      expect((await get(url)).statusCode, url).toBe(200);
    // Images from elsewhere stay plain.
    expect(html).toContain(
      '<img src="https://images.example.com/old.jpg" alt="An older picture" loading="lazy" decoding="async"/>',
    );
  });
});
