import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../fixtures/content.ts';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

/** axe-core in Chromium: no WCAG 2.2 A/AA violation on the pages readers land on. */
describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startHarness();
    // The seed's reading approved, so its key facts, conflicting accounts and topic pages are checked too.
    const seed = (await h.app.container.store.repos.articles.findBySlug('en', SEED_SLUG))!;
    await h.app.container.analysis.approve(seed.id, { all: true }, null);
  });
  afterAll(async () => ifStarted(h)?.close());

  it('the pages below show story intelligence (so they are checked with it)', async () => {
    const article = await (await fetch(`${h.baseUrl}/en/world/${SEED_SLUG}`)).text();
    expect(article).toContain('class="key-facts"');
    expect((await fetch(`${h.baseUrl}/en/topic/person/mikhail-galuzin`)).status).toBe(200);
  });

  const pages = [
    '/en/',
    `/en/world/${SEED_SLUG}`,
    '/en/economy/',
    '/en/author/leyla-hasanova',
    '/en/tag/energy',
    '/ru/economy/?page=2',
    '/en/?page=2',
    '/en/no-such-page/x',
    '/en/search?q=market+note',
    '/en/search?q=embassy&from=2025-13-01',
    '/admin/setup',
    '/en/topic/person/mikhail-galuzin',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no violations (${scheme})`, async (path) => {
      const page = await h.newPage({ colorScheme: scheme });
      await page.goto(`${h.baseUrl}${path}`);
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('the checker itself finds a planted violation (so a pass means something)', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/en/`);
    await page.evaluate(() => {
      const b = document.createElement('button');
      document.querySelector('main')!.append(b); // a button with no accessible name
      const p = document.createElement('p');
      p.textContent = 'Barely visible text';
      p.style.color = '#ddd';
      p.style.background = '#fff';
      document.querySelector('main')!.append(p);
    });
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(['button-name', 'color-contrast']);
  });

  it('the article page at 32 px on a phone also passes', async () => {
    const page = await h.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${h.baseUrl}/en/world/${SEED_SLUG}`);
    await page.evaluate(() => localStorage.setItem('nd-text-size', '32'));
    await page.reload();
    expect(await axeViolations(page)).toEqual([]);
  });
});
