import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontpageSchema } from '../../src/contract/articles.ts';
import { dataOf } from '../../src/contract/wire.ts';
import { axeViolations, fetchFromPage, layoutShift, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/** The front-page screen's layouts, and the reader's front page drawn from them. */
describe('front-page layouts (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  const serious = async (p: Page) =>
    (await axeViolations(p)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const front = async () =>
    (await fetchFromPage(page, '/admin/api/frontpage?language=en', dataOf(frontpageSchema))).data;

  beforeAll(async () => {
    h = await startHarness();
    await h.app.container.accounts.createUser(
      { email: 'editor@example.com', name: 'Front editor', role: 'editor', password: PASSWORD },
      null,
    );
    page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'editor@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
  }, 120_000);
  afterAll(async () => ifStarted(h)?.close());

  it('switches to two leads, adds places, and names a bad number clearly', async () => {
    await page.goto(`${h.baseUrl}/admin/frontpage`);
    await page.getByRole('heading', { name: '5 places' }).waitFor();
    expect(await serious(page), 'front-page screen').toEqual([]);

    await page.getByLabel('Two lead stories').check();
    await page.getByRole('button', { name: 'Save the layout' }).click();
    await page.getByText('The layout is saved; the front page shows it now.').waitFor();
    await page.getByRole('heading', { name: 'Second lead story' }).waitFor();
    await page.getByRole('button', { name: 'Add a place' }).click();
    await page.getByRole('heading', { name: '6 places' }).waitFor();
    expect((await front()).layout).toEqual({ template: 'two-leads', slots: 6, sections: [] });

    // Over the maximum: the server's answer names the field, and nothing changes.
    await page.getByLabel('Number of places').fill('40');
    await page.getByLabel('Number of places').evaluate((el) => el.removeAttribute('max'));
    await page.getByRole('button', { name: 'Save the layout' }).click();
    await page.getByRole('alert').filter({ hasText: 'slots' }).waitFor();
    expect((await front()).layout.slots).toBe(6);
    expect(await serious(page), 'front-page screen with an error').toEqual([]);
  });

  it('shows a section-rows layout with its chosen rows', async () => {
    await page.goto(`${h.baseUrl}/admin/frontpage`);
    await page.getByLabel('Section rows').check();
    await page.getByLabel('Row 1').selectOption('economy');
    await page.getByRole('button', { name: 'Save the layout' }).click();
    await page.getByText('The layout is saved; the front page shows it now.').waitFor();
    expect((await front()).layout).toMatchObject({ template: 'section-rows', sections: ['economy'] });
    await h.app.container.events.dispatchPending();
    const reader = await h.newPage({ viewport: { width: 1280, height: 900 } });
    await reader.goto(`${h.baseUrl}/en/`);
    const rows = reader.locator('section.section-row');
    expect(await rows.count()).toBe(1);
    expect(await serious(reader), 'reader front page, section rows').toEqual([]);
  });

  it('draws two leads side by side on wide screens and stacked on phones, without layout shift', async () => {
    await page.goto(`${h.baseUrl}/admin/frontpage`);
    await page.getByLabel('Two lead stories').check();
    await page.getByRole('button', { name: 'Save the layout' }).click();
    await page.getByText('The layout is saved; the front page shows it now.').waitFor();
    await h.app.container.events.dispatchPending();
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const reader = await h.newPage({ viewport });
      await reader.goto(`${h.baseUrl}/en/`);
      const leads = reader.locator('.two-leads > .lead');
      expect(await leads.count()).toBe(2);
      const [a, b] = [await leads.nth(0).boundingBox(), await leads.nth(1).boundingBox()];
      if (viewport.width > 800) expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(2);
      else expect(b?.y ?? 0).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
      const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scroll at ${String(viewport.width)}`).toBeLessThanOrEqual(0);
      expect(await layoutShift(reader), `layout shift at ${String(viewport.width)}`).toBe(0);
      expect(await serious(reader), `reader front page at ${String(viewport.width)}`).toEqual([]);
    }
  });
});
