import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifStarted } from '../utils/if-started.ts';
import { axeViolations, layoutShift, startHarness, type BrowserHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

/** Issue 15: the newsroom gives a user a photo and biography; readers see them on the author page. */
describe('author pages with photo and biography (Chromium)', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startHarness();
    const c = h.app.container;
    await c.accounts.createUser(
      { email: 'owner@example.com', name: 'Site owner', role: 'admin', password: PASSWORD },
      null,
    );
    // The account of the fixtures' byline, and a picture of her in the library.
    await c.accounts.createUser(
      { email: 'leyla@example.com', name: 'Leyla Hasanova', role: 'contributor', password: PASSWORD },
      null,
    );
    const jpeg = await sharp({
      create: { width: 900, height: 1200, channels: 3, background: { r: 120, g: 80, b: 60 } },
    })
      .jpeg()
      .toBuffer();
    await c.media.upload({ bytes: jpeg, filename: 'leyla.jpg', alt: 'Leyla at her desk', uploadedBy: null });
  });
  afterAll(async () => ifStarted(h)?.close());

  it('set from the users page, shown on the author page without a shift, axe clean', async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'owner@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);

    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByRole('link', { name: 'Author page of Leyla Hasanova' }).click();
    await page.locator('h1', { hasText: 'Author page: Leyla Hasanova' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Job title').fill('Energy correspondent');
    await page.getByLabel('Biography').fill('Leyla Hasanova reports on oil, gas and the Caspian ports.');
    await page.getByRole('radio', { name: /Leyla at her desk/ }).check();
    await page.getByLabel('Description of the photo (Русский)').fill('Лейла Гасанова за рабочим столом');
    await page.getByRole('button', { name: 'Save the author page' }).click();
    await page.getByRole('status').filter({ hasText: 'The author page was saved.' }).waitFor();
    expect(await page.getByRole('radio', { name: /Leyla at her desk/ }).isChecked()).toBe(true);
    expect(await axeViolations(page), 'the form after saving').toEqual([]);
    // The photo's words per language: the newsroom's in Russian, the name where there are none.
    for (const [lang, alt] of [
      ['ru', 'Лейла Гасанова за рабочим столом'],
      ['en', 'Leyla Hasanova'],
    ] as const) {
      const reader = await h.newPage();
      await reader.goto(`${h.baseUrl}/${lang}/author/leyla-hasanova`);
      expect(await reader.locator('.author-card .author-photo').getAttribute('alt')).toBe(alt);
    }

    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      for (const scheme of ['light', 'dark'] as const) {
        const reader = await h.newPage({ viewport, colorScheme: scheme });
        await reader.goto(`${h.baseUrl}/en/author/leyla-hasanova`);
        const photo = reader.locator('.author-card .author-photo');
        expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
        const size = await photo.boundingBox();
        expect(size?.width).toBe(size?.height);
        expect(await reader.locator('.author-card .bio').textContent()).toContain('Caspian ports');
        expect(await layoutShift(reader), `${viewport.width} ${scheme}`).toBe(0);
        expect(await axeViolations(reader), `${viewport.width} ${scheme}`).toEqual([]);
      }
    }
  });

  it('marks a byline as an organisation: its author page says Organization', async () => {
    const page = await h.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(20_000);
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'owner@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByRole('link', { name: 'Author page of Leyla Hasanova' }).click();
    await page.getByRole('radio', { name: 'an organisation (a desk, an agency)' }).check();
    await page.getByRole('button', { name: 'Save the author page' }).click();
    await page.getByRole('status').filter({ hasText: 'The author page was saved.' }).waitFor();
    expect(await page.getByRole('radio', { name: 'an organisation (a desk, an agency)' }).isChecked()).toBe(
      true,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the form fits a phone').toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    const reader = await h.newPage();
    await reader.goto(`${h.baseUrl}/en/author/leyla-hasanova`);
    const ld = await reader.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld.join('\n')).toContain('"mainEntity":{"@type":"Organization","name":"Leyla Hasanova"');
  });
});
