import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations, SEED_HEADLINE_AZ, SEED_HEADLINE_RU, SEED_SLUG } from '../fixtures/content.ts';
import { startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

/** A reader switches the seed story between its three languages in Chromium. */
describe('the seed story in three languages', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startHarness();
    const seed = (await h.app.container.store.repos.articles.findBySlug('en', SEED_SLUG))!;
    await loadTranslations(h.app.container, seed);
  });
  afterAll(async () => ifStarted(h)?.close());

  it('switches en → az → ru with the switcher; each version has its date, labels and hreflang', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/en/world/${SEED_SLUG}`);
    const hreflangs = async () =>
      page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')));
    expect(await hreflangs()).toEqual(['en', 'az', 'ru', 'x-default']);
    expect(await page.locator('time.published').textContent()).toBe('21 November 2025');

    await page
      .getByRole('navigation', { name: 'This story in other languages' })
      .getByRole('link', { name: 'Azərbaycanca' })
      .click();
    await page.waitForURL(/\/az\/world\//);
    expect(await page.locator('html').getAttribute('lang')).toBe('az');
    expect(await page.locator('h1').textContent()).toBe(SEED_HEADLINE_AZ);
    expect(await page.locator('time.published').textContent()).toBe('21 noyabr 2025');
    expect(await page.getByRole('button', { name: 'Mətni böyüt' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Mətn ölçüsünü sıfırla' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Mətni kiçilt' }).count()).toBe(1);
    expect(await hreflangs()).toEqual(['en', 'az', 'ru', 'x-default']);

    await page
      .getByRole('navigation', { name: 'Bu xəbər digər dillərdə' })
      .getByRole('link', { name: 'Русский' })
      .click();
    await page.waitForURL(/\/ru\/world\//);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('h1').textContent()).toBe(SEED_HEADLINE_RU);
    expect(await page.locator('time.published').textContent()).toBe('21 ноября 2025');
    await page.getByRole('button', { name: 'Увеличить текст' }).click();
    expect(await page.locator('[data-ts-readout]').textContent()).toBe('18 px');

    // The choice is remembered: the site's root now opens in Russian.
    await page.goto(`${h.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/ru/');
  });

  it('plural forms on listings follow the language', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/ru/world/`);
    expect(await page.locator('.count').textContent()).toBe('1 статья');
    await page.goto(`${h.baseUrl}/en/economy/`);
    expect(await page.locator('.count').textContent()).toBe('12 articles');
  });

  it('a browser asking for Azerbaijani lands on the Azerbaijani front page', async () => {
    const page = await h.newPage({ locale: 'az-AZ' });
    await page.goto(`${h.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/az/');
    expect(await page.locator('html').getAttribute('lang')).toBe('az');
  });
});
