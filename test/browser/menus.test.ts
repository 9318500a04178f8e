import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifStarted } from '../utils/if-started.ts';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

/** Header and footer menus with custom links, set on the site settings screen. */
describe('menus with custom links (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    await h.app.container.accounts.createUser(
      { email: 'owner@example.com', name: 'Site owner', role: 'admin', password: PASSWORD },
      null,
    );
    page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'owner@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
  }, 120_000);
  afterAll(async () => ifStarted(h)?.close());

  it('adds a link before the sections, names a bad address, and readers see it in each language', async () => {
    await page.goto(`${h.baseUrl}/admin/settings/site`);
    const header = page.getByRole('group', { name: 'Header menu' });
    await header.waitFor();
    await header.getByLabel('The sections, in their order (no menu of our own)').uncheck();
    const sections = await header.locator('select').count();
    expect(sections).toBeGreaterThan(0);
    await header.getByRole('button', { name: 'Add a link' }).click();
    const n = sections + 1;
    const link = header.getByRole('group', { name: `Entry ${String(n)}: link` });
    await link.getByLabel('Label in EN').fill('Live');
    await link.getByLabel('Label in RU').fill('Эфир');
    await link.getByLabel(/^Address/).fill('javascript:alert(1)');
    // Up to the top of the menu.
    for (let i = n; i > 1; i--)
      await header.getByRole('button', { name: `Move entry ${String(i)} up` }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const address = header.getByRole('group', { name: 'Entry 1: link' }).getByLabel(/^Address/);
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true');
    expect(h.app.container.site.settings().menus.header).toBeNull();
    expect(await axeViolations(page), 'the screen with the error').toEqual([]);

    await address.fill('https://example.org/live');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('[role=status]').last().textContent()).toBe('Saved.');
    await h.app.container.events.dispatchPending();

    for (const [lang, label] of [
      ['en', 'Live'],
      ['ru', 'Эфир'],
      ['az', 'Live'],
    ] as const) {
      const reader = await h.newPage({ viewport: { width: 390, height: 844 } });
      await reader.goto(`${h.baseUrl}/${lang}/`);
      const first = reader.locator('nav.section-nav a').first();
      expect(await first.textContent(), lang).toBe(label);
      expect(await first.getAttribute('href')).toBe('https://example.org/live');
      expect(await reader.locator('nav.section-nav a').count()).toBe(n);
      const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scroll (${lang})`).toBeLessThanOrEqual(0);
      expect(await axeViolations(reader), lang).toEqual([]);
    }
  });
});
