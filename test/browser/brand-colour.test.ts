import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifStarted } from '../utils/if-started.ts';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

/** The brand colour: set on the settings screen, refused below AA contrast, drawn by the reader site. */
describe('the brand colour (Chromium)', () => {
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

  it('refuses a pale colour with the contrast it has, saves a dark one, and readers see it', async () => {
    await page.goto(`${h.baseUrl}/admin/settings/site`);
    const colour = page.getByLabel(/^Brand colour/);
    await colour.waitFor();
    expect(await colour.inputValue()).toBe('#a4161a');
    await colour.fill('#7fa7d9');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => colour.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#nd-site-brandColor-error').textContent()).toMatch(
      /contrast \d\.\d\d:1 .*WCAG AA needs 4\.5:1/,
    );
    expect(h.app.container.site.settings().brandColor).toBe('#a4161a');
    expect(await axeViolations(page), 'the screen with the error').toEqual([]);

    await colour.fill('#0b5d3b');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('[role=status]').last().textContent()).toBe('Saved.');
    expect(h.app.container.site.settings().brandColor).toBe('#0b5d3b');
    await h.app.container.events.dispatchPending();

    for (const scheme of ['light', 'dark'] as const) {
      const reader = await h.newPage({ colorScheme: scheme });
      await reader.goto(`${h.baseUrl}/en/`);
      const accent = await reader.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      );
      // The brand colour is for the light page; the dark scheme keeps its own light accent.
      expect(accent, scheme).toBe(scheme === 'light' ? '#0b5d3b' : '#ff8a80');
      expect(await axeViolations(reader), scheme).toEqual([]);
    }
  });
});
