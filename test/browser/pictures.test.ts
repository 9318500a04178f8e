import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPicture } from '../../src/ingest/demo/pictures/demo-pictures.ts';
import { imageOf } from '../../src/domain/media.ts';
import { startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

/**
 * Layout shift caused by the picture: shifts of elements that the picture's box could push (its
 * container, what follows it in the page). Font swaps elsewhere in the header are not the picture's.
 */
const pictureShift = (page: Page, alt: string) =>
  page.evaluate(
    (a) =>
      new Promise<number>((resolve) => {
        const img = document.querySelector(`main img[alt="${a}"]`);
        const figure = img?.closest('figure, article');
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources?: { node?: Node | null }[];
          })[]) {
            const moved = (e.sources ?? []).some(
              (src) =>
                !!src.node &&
                !!figure &&
                (figure.contains(src.node) ||
                  !!(figure.compareDocumentPosition(src.node) & Node.DOCUMENT_POSITION_FOLLOWING)),
            );
            if (moved) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
    alt,
  );

describe('drawn pictures in the browser (Chromium)', () => {
  let h: BrowserHarness;
  let articleUrl: string;
  beforeAll(async () => {
    h = await startHarness();
    const c = h.app.container;
    const headline = "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv";
    const picture = demoPicture({ headline, language: 'en' }, { name: 'World', color: '#1a5fb4' });
    const image = imageOf(await c.media.addDrawing(picture));
    const a = await c.writer.create({
      language: 'en',
      headline: 'Embassy damage: a map of the places named',
      sectionSlug: 'world',
      body: [{ type: 'paragraph', content: [{ text: 'The story, with its map.' }] }],
      status: 'published',
      publishedAt: new Date(),
      featuredImage: { ...image, caption: image.caption ?? null, credit: image.credit ?? null },
    });
    articleUrl = `/en/world/${a.slug}`;
    await c.events.dispatchPending();
  }, 120_000);
  afterAll(async () => ifStarted(h)?.close());

  // The front page's CLS is the layout's (fonts swapping in under the lead, 0.004 measured, with or
  // without the picture's delay); there the picture's own box and what follows it must not move.
  for (const [name, path, maxShift] of [
    ['front page', () => '/en/', 0.01],
    ['article', () => articleUrl, 0],
  ] as const) {
    it(`shows the ${name}'s picture, rasterised on request, without moving the text`, async () => {
      const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
      // Pictures arrive late, as on a slow line: a box without its size would push the text down.
      await page.route('**/media/**', async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      await page.goto(`${h.baseUrl}${path()}`, { waitUntil: 'domcontentloaded' });
      const alt = 'Map of the region with Kyiv, Moscow and Baku marked';
      const img = page.locator(`main img[alt="${alt}"]`).first();
      // Where the picture and the text around it are before the picture arrives, and after.
      const boxes = () =>
        page.evaluate((a) => {
          const el = document.querySelector<HTMLImageElement>(`main img[alt="${a}"]`);
          // The picture's whole box; where the text around it starts (its height may change as fonts arrive).
          const box = (e: Element | null | undefined, whole = false) => {
            const r = e?.getBoundingClientRect();
            return r ? (whole ? [r.x, r.y, r.width, r.height] : [r.x, r.y]).map(Math.round) : null;
          };
          const figure = el?.closest('figure, article');
          return {
            loaded: !!el && el.complete && el.naturalWidth > 0,
            img: box(el, true),
            next: box(figure?.nextElementSibling),
            h1: box(document.querySelector('main h1, main h2')),
          };
        }, alt);
      const before = await boxes();
      expect(before.loaded).toBe(false);
      await page.waitForFunction((a) => {
        const el = document.querySelector<HTMLImageElement>(`main img[alt="${a}"]`);
        return !!el && el.complete && el.naturalWidth > 0;
      }, alt);
      const after = await boxes();
      expect(after.loaded).toBe(true);
      expect({ ...after, loaded: false }).toEqual(before);
      const box = await img.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      // The drawn picture's shape: 16:9.
      expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(16 / 9, 1);
      // Shifts whose sources include the picture or anything after it would show here.
      expect(await pictureShift(page, alt)).toBeLessThanOrEqual(maxShift);
    });
  }
});
