import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../../src/domain/body.ts';
import { imageOf } from '../../src/domain/media.ts';
import { loadTranslations, SEED_SLUG } from '../fixtures/content.ts';
import { ifStarted } from '../utils/if-started.ts';
import { layoutShift, startHarness, type BrowserHarness } from './harness.ts';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

/** Headlines with the longest words each language throws at a narrow column. */
const LONG = {
  en: 'Counter-revolutionary electroencephalography: internationalisation of telecommunications infrastructure',
  az: 'Müstəqilləşdirilməmişlərdənsinizmi? Elektrikləşdirilməmiş kəndlərdə nümayəndələr görüşdü',
  ru: 'Достопримечательности и высокопревосходительства: человеконенавистничество осуждено',
};

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    });

/** Section, tag and author pages (issue 15's portal layout): a lead with its picture, then a grid. */
const LISTINGS = {
  en: ['/en/economy/', '/en/tag/energy', '/en/author/leyla-hasanova', '/en/economy/?page=2'],
};

/** Issue 15: front, article, section, tag and author pages at 390 px and 1280 px, in all three languages (Chromium). */
describe('reader layout: phones and wide screens', () => {
  let h: BrowserHarness;
  const articles: Record<'en' | 'az' | 'ru', string[]> = { en: [], az: [], ru: [] };
  beforeAll(async () => {
    h = await startHarness();
    const c = h.app.container;
    const seed = (await c.store.repos.articles.findBySlug('en', SEED_SLUG))!;
    const { az, ru } = await loadTranslations(c, seed);
    articles.en.push(`/en/world/${SEED_SLUG}`);
    articles.az.push(`/az/world/${az.slug}`);
    articles.ru.push(`/ru/world/${ru.slug}`);
    // A picture for the seed (the article's own) and for a new lead in each language.
    const jpeg = await sharp({
      create: { width: 1200, height: 675, channels: 3, background: { r: 26, g: 95, b: 180 } },
    })
      .jpeg()
      .toBuffer();
    const media = await c.media.upload({
      bytes: jpeg,
      filename: 'harbour.jpg',
      alt: 'The harbour at dawn',
      caption: 'The harbour',
      credit: 'Illustration: staff',
      uploadedBy: null,
    });
    await c.writer.update(seed.id, { featuredImage: imageOf(media) });
    for (const [language, headline] of Object.entries(LONG) as ['en' | 'az' | 'ru', string][]) {
      const a = await c.writer.create({
        language,
        headline,
        standfirst: headline,
        sectionSlug: 'economy',
        body: [paragraph(`${headline}. ${headline}.`)],
        status: 'published',
        featuredImage: imageOf(media),
      });
      articles[language].push(`/${language}/economy/${a.slug}`);
    }
  });
  afterAll(async () => ifStarted(h)?.close());

  const pagesOf = (language: 'en' | 'az' | 'ru') => [
    `/${language}/`,
    `/${language}/economy/`,
    ...articles[language],
    ...(language === 'en' ? LISTINGS.en : []),
  ];

  it.each(['en', 'az', 'ru'] as const)('%s: no page scrolls sideways at 390 px', async (language) => {
    const page = await h.newPage({ viewport: PHONE });
    for (const path of pagesOf(language)) {
      await page.goto(`${h.baseUrl}${path}`);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBe(client);
    }
  });

  it('the phone header is compact and sticky, the first headline within 120 px', async () => {
    const page = await h.newPage({ viewport: PHONE });
    for (const path of ['/en/', articles.en[0]!, '/ru/', articles.az[1]!]) {
      await page.goto(`${h.baseUrl}${path}`);
      const header = await box(page, '.site-header');
      expect(header.height, path).toBeLessThanOrEqual(96);
      expect((await box(page, 'main .headline')).top, path).toBeLessThanOrEqual(120);
      // Search and sections are still there: a link to the search page, the sections in one scrolling row.
      const search = page.locator('.site-header').getByRole('link', { name: /^(Search|Axtarış|Поиск)$/ });
      expect(await search.isVisible()).toBe(true);
      const nav = await box(page, '.section-nav ul');
      expect(nav.height).toBeLessThan(50);
      await page.evaluate(() => window.scrollTo(0, 1500));
      expect((await box(page, '.site-header')).top, path).toBe(0);
    }
  });

  it('the sidebar sits beside the main column from 1024 px and under it on phones', async () => {
    for (const path of ['/en/', articles.en[1]!, ...LISTINGS.en]) {
      const wide = await h.newPage({ viewport: WIDE });
      await wide.goto(`${h.baseUrl}${path}`);
      const [main, side] = [await box(wide, '.main-column'), await box(wide, '.sidebar')];
      expect(side.left, path).toBeGreaterThanOrEqual(main.right);
      expect(Math.abs(side.top - main.top), path).toBeLessThan(2);
      expect(await wide.locator('.sidebar').getByRole('heading').first().textContent()).toMatch(
        /Latest news|More in this section/,
      );

      const phone = await h.newPage({ viewport: PHONE });
      await phone.goto(`${h.baseUrl}${path}`);
      const [pMain, pSide] = [await box(phone, '.main-column'), await box(phone, '.sidebar')];
      expect(pSide.top, path).toBeGreaterThanOrEqual(pMain.bottom);
      expect(Math.abs(pSide.left - pMain.left)).toBeLessThan(1);
    }
  });

  it('front, article and listing pages do not shift (CLS 0), with and without pictures, wide and on phones', async () => {
    const paths = [
      '/en/',
      articles.en[0]!,
      articles.en[1]!,
      '/ru/',
      articles.ru[0]!,
      ...LISTINGS.en,
      '/az/economy/',
    ];
    for (const viewport of [WIDE, PHONE]) {
      const page = await h.newPage({ viewport });
      for (const path of paths) {
        await page.goto(`${h.baseUrl}${path}`);
        expect(await layoutShift(page), `${path} at ${viewport.width}`).toBe(0);
      }
    }
    // The front page leads with its picture; the seed's article page has one, the Russian seed none.
    const page = await h.newPage({ viewport: WIDE });
    await page.goto(`${h.baseUrl}/en/`);
    expect(await page.locator('.lead .lead-image img').getAttribute('fetchpriority')).toBe('high');
    await page.goto(`${h.baseUrl}${articles.ru[0]!}`);
    expect(await page.locator('.featured-image').count()).toBe(0);
  });

  it('section, tag and author pages lead with a picture, then a grid of cards, paging kept', async () => {
    const page = await h.newPage({ viewport: WIDE });
    await page.goto(`${h.baseUrl}/en/economy/`);
    // The newest economy story (this suite's, with a picture) leads, its picture beside the text.
    expect(await page.locator('main .lead .headline').textContent()).toContain('Counter-revolutionary');
    expect(await page.locator('.lead .lead-image img').getAttribute('fetchpriority')).toBe('high');
    const [text, picture] = [await box(page, '.lead .lead-text'), await box(page, '.lead .lead-image')];
    expect(picture.right).toBeLessThanOrEqual(text.left);
    // The grid: several cards to a row on wide screens.
    const cards = page.locator('.listing-grid .card');
    expect(await cards.count()).toBeGreaterThan(3);
    const [first, second] = [
      await box(page, '.listing-grid .card:nth-child(1)'),
      await box(page, '.listing-grid .card:nth-child(2)'),
    ];
    expect(second.top).toBe(first.top);
    expect(second.left).toBeGreaterThan(first.right);
    await page.getByRole('link', { name: /Older/ }).click();
    await page.waitForURL(/page=2/);
    expect(await page.locator('main .lead').count()).toBe(0);
    expect(await page.locator('.listing-grid .card').count()).toBeGreaterThan(0);
    // On phones the cards stack, one to a row.
    const phone = await h.newPage({ viewport: PHONE });
    await phone.goto(`${h.baseUrl}/en/tag/energy`);
    const [p1, p2] = [
      await box(phone, '.listing-grid .card:nth-child(1)'),
      await box(phone, '.listing-grid .card:nth-child(2)'),
    ];
    expect(p2.top).toBeGreaterThanOrEqual(p1.bottom);
  });

  it('the measure finds a shift when there is one (so a 0 means something)', async () => {
    const page = await h.newPage({ viewport: WIDE });
    await page.goto(`${h.baseUrl}/en/`);
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          setTimeout(() => {
            const late = document.createElement('div');
            late.style.height = '200px';
            document.querySelector('main')!.prepend(late);
            done();
          }, 50),
        ),
    );
    expect(await layoutShift(page)).toBeGreaterThan(0);
  });
});
