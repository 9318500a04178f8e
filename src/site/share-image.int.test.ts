import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../domain/body.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../test/utils/staff.ts';

/** The JSON-LD objects of a page, flattened. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1] ?? 'null') as unknown;
    return (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
  });
}
/** Every image address a JSON-LD object names (image, logo), however deep. */
function ldImages(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'image' || key === 'url@logo' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => ldImages(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      ldImages(v, k === 'url' && key === 'logo' ? 'url@logo' : key === 'image' ? 'image' : k),
    );
  return [];
}
const meta = (html: string, attr: string, name: string) =>
  new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
const RASTER = /\.(png|jpe?g|webp|avif)(\?|$)/;

describe.each(dialects)('the share image and raster JSON-LD images on %s', (dialect) => {
  let app: TestApp;
  let admin: StaffSession;
  const get = (url: string) => app.server.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await createTestApp(dialect, { pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 600_000 } });
    const c = app.container;
    await c.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await c.writer.create({
      language: 'en',
      headline: 'Talks resume without a picture',
      sectionSlug: 'world',
      body: [paragraph('Both sides met again.')],
      status: 'published',
    });
    const drawn = await c.media.addDrawing({
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450" fill="#1a5fb4"/></svg>',
      width: 800,
      height: 450,
      filename: 'blue.svg',
      alt: 'A blue field',
    });
    await c.writer.create({
      language: 'en',
      headline: 'Ferry returns with a picture',
      sectionSlug: 'world',
      body: [paragraph('The ferry runs again.')],
      status: 'published',
      featuredImage: {
        src: `/media/${drawn.id}/800.jpg`,
        alt: 'A blue field',
        mediaId: drawn.id,
        width: 800,
        height: 450,
      },
    });
    await c.writer.create({
      language: 'en',
      headline: 'Chart arrives as SVG from a partner',
      sectionSlug: 'world',
      body: [paragraph('The chart is vector.')],
      status: 'published',
      featuredImage: { src: 'https://partner.example/chart.svg', alt: 'A chart', width: 800, height: 450 },
    });
    await c.events.dispatchPending();
    admin = (await signInStaff(app, { admin: 'admin' })).admin;
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('serves a 1200 × 630 PNG per language and a square raster logo; nothing else under its path', async () => {
    for (const [url, width, height] of [
      ['/share-image/en.png', 1200, 630],
      ['/share-image/ru.png', 1200, 630],
      ['/share-image/logo.png', 512, 512],
    ] as const) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('image/png');
      const info = await sharp(res.rawPayload).metadata();
      expect([info.format, info.width, info.height], url).toEqual(['png', width, height]);
    }
    // The tagline is the page's language's: the pictures differ.
    expect((await get('/share-image/az.png')).rawPayload).not.toEqual(
      (await get('/share-image/en.png')).rawPayload,
    );
    for (const url of ['/share-image/fr.png', '/share-image/en.svg', '/share-image/source.svg'])
      expect((await get(url)).statusCode, url).toBe(404);
  });

  it('gives the front page the share image, site and organisation JSON-LD with raster images, and large previews', async () => {
    const html = (await get('/en/')).body;
    const image = meta(html, 'property', 'og:image') ?? '';
    expect(image).toMatch(/^http:\/\/news\.test\/share-image\/en\.png\?v=[0-9a-f]{12}$/);
    expect(meta(html, 'name', 'twitter:image')).toBe(image);
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'name', 'robots')).toBe('max-image-preview:large');
    const ld = jsonLd(html);
    expect(ld.map((o) => o['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
    const images = ldImages(ld);
    expect(images).toContain(image);
    expect(images.some((u) => u.includes('/share-image/logo.png'))).toBe(true);
    for (const u of images) expect(u).toMatch(RASTER);
  });

  it('keeps large previews off pages that are not indexed', async () => {
    expect(meta((await get('/en/search?q=ferry')).body, 'name', 'robots')).toBe('noindex');
  });

  it('names raster images only in an article’s JSON-LD and cards: its picture, else the share image', async () => {
    const cases = [
      ['/en/world/ferry-returns-with-a-picture', /\/media\/[0-9a-f-]+\/800\.jpg$/],
      ['/en/world/talks-resume-without-a-picture', /\/share-image\/en\.png\?v=/],
      ['/en/world/chart-arrives-as-svg-from-a-partner', /\/share-image\/en\.png\?v=/],
    ] as const;
    for (const [url, expected] of cases) {
      const html = (await get(url)).body;
      const article = jsonLd(html).find((o) => o['@type'] === 'NewsArticle') ?? {};
      const images = ldImages(article);
      expect(images.length, url).toBeGreaterThan(1);
      for (const u of images) expect(u, url).toMatch(RASTER);
      expect((article.image as string[])[0], url).toMatch(expected);
      expect(meta(html, 'property', 'og:image'), url).toMatch(expected);
      expect(meta(html, 'name', 'twitter:card'), url).toBe('summary_large_image');
      expect(meta(html, 'name', 'robots'), url).toBe('max-image-preview:large');
    }
  });

  it('draws a new picture, at a new address, after the site’s name changes', async () => {
    const before = meta((await get('/en/')).body, 'property', 'og:image') ?? '';
    const pngBefore = (await get('/share-image/en.png')).rawPayload;
    const res = await asStaff(app, admin, 'PUT', '/admin/api/settings/site', { name: 'Caspian Courier' });
    expect(res.status).toBe(200);
    await app.container.events.dispatchPending(); // site.changed purges the cached pages
    const after = meta((await get('/en/')).body, 'property', 'og:image') ?? '';
    expect(after).toMatch(/\/share-image\/en\.png\?v=/);
    expect(after).not.toBe(before);
    const pngAfter = (await get(after.replace('http://news.test', ''))).rawPayload;
    expect(pngAfter).not.toEqual(pngBefore);
    expect((await sharp(pngAfter).metadata()).width).toBe(1200);
  });
});
