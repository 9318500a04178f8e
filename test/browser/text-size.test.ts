import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEED_SLUG } from '../fixtures/content.ts';
import { startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

/** The seed's `+ ↺ − 16 px` control, in a real browser. */
describe('article page in Chromium', () => {
  let h: BrowserHarness;
  const url = () => `${h.baseUrl}/en/world/${SEED_SLUG}`;
  const readout = (p: Page) => p.locator('[data-ts-readout]').textContent();
  const bodySize = (p: Page) => p.locator('.article-body').evaluate((el) => getComputedStyle(el).fontSize);
  const button = (p: Page, name: string) => p.getByRole('button', { name });

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => ifStarted(h)?.close());

  it('shows the publication date as 21 November 2025 with datetime 2025-11-21', async () => {
    const page = await h.newPage();
    await page.goto(url());
    const time = page.locator('time.published');
    expect(await time.textContent()).toBe('21 November 2025');
    expect(await time.getAttribute('datetime')).toMatch(/^2025-11-21T/);
  });

  it('+ twice gives 20 px, kept after a reload with no flash of 16 px; ↺ gives 16 px', async () => {
    const page = await h.newPage();
    // Record what the first painted frame shows, before any later script could fix it up.
    await page.addInitScript(() => {
      const w = window as unknown as { firstFrame?: { size: string; readout: string | null } };
      const tick = () => {
        const body = document.querySelector('.article-body');
        const out = document.querySelector('[data-ts-readout]');
        if (body && out && !w.firstFrame)
          w.firstFrame = { size: getComputedStyle(body).fontSize, readout: out.textContent };
        else if (!w.firstFrame) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(url());
    expect(await readout(page)).toBe('16 px');
    expect(await bodySize(page)).toBe('16px');
    await button(page, 'Increase text size').click();
    await button(page, 'Increase text size').click();
    expect(await readout(page)).toBe('20 px');
    expect(await bodySize(page)).toBe('20px');
    const lineHeight = await page
      .locator('.article-body')
      .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(lineHeight).toBeCloseTo(32, 0); // line height follows (1.6)

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)).toEqual({
      size: '20px',
      readout: '20 px',
    });
    expect(await readout(page)).toBe('20 px');
    expect(await bodySize(page)).toBe('20px');

    // Persists across articles too.
    await page.goto(`${h.baseUrl}/en/economy/caspian-market-note-number-1`);
    expect(await readout(page)).toBe('20 px');
    expect(await bodySize(page)).toBe('20px');

    await button(page, 'Reset text size').click();
    expect(await readout(page)).toBe('16 px');
    expect(await bodySize(page)).toBe('16px');
    await page.reload();
    expect(await bodySize(page)).toBe('16px');
  });

  it('stops at 12 px and 32 px with the button disabled at each bound', async () => {
    const page = await h.newPage();
    await page.goto(url());
    const dec = button(page, 'Decrease text size');
    const inc = button(page, 'Increase text size');
    await dec.click();
    await dec.click();
    expect(await readout(page)).toBe('12 px');
    expect(await dec.isDisabled()).toBe(true);
    await dec.click({ force: true });
    expect(await bodySize(page)).toBe('12px');
    for (let i = 0; i < 10; i++) if (!(await inc.isDisabled())) await inc.click();
    expect(await readout(page)).toBe('32 px');
    expect(await bodySize(page)).toBe('32px');
    expect(await inc.isDisabled()).toBe(true);
    expect(await dec.isDisabled()).toBe(false);
  });

  it('works from the keyboard alone, and focus never falls out of the control', async () => {
    const page = await h.newPage();
    await page.goto(url());
    await button(page, 'Increase text size').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await readout(page)).toBe('20 px');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    expect(await readout(page)).toBe('32 px');
    // + is now disabled: focus moved to ↺ instead of dropping to <body>.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ts'))).toBe('reset');
    await page.keyboard.press('Enter');
    expect(await readout(page)).toBe('16 px');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Decrease text size',
    );
    await page.keyboard.press('Space');
    expect(await readout(page)).toBe('14 px');
  });

  it('announces the readout politely', async () => {
    const page = await h.newPage();
    await page.goto(url());
    expect(await page.locator('[data-ts-readout]').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByRole('group', { name: 'Text size' }).count()).toBe(1);
  });

  it('reflows at 32 px on a 360 px wide screen: nothing scrolls sideways', async () => {
    const page = await h.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(url());
    await page.evaluate(() => localStorage.setItem('nd-text-size', '32'));
    await page.reload();
    expect(await bodySize(page)).toBe('32px');
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.tagName + '.' + el.className),
    );
    expect(wide).toEqual([]);
  });

  it('without JavaScript hides the control and the article reads normally', async () => {
    const page = await h.newPage({ javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.locator('.textsize').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Increase text size' }).count()).toBe(0); // not in the accessibility tree
    expect(await bodySize(page)).toBe('16px');
    expect(await page.locator('.article-body p').count()).toBe(6);
    expect(await page.locator('h1').textContent()).toBe(
      'Moscow expresses regret over damage to Azerbaijan’s embassy in Kyiv',
    );
  });

  it('ignores a stored size outside the bounds', async () => {
    const page = await h.newPage();
    await page.goto(url());
    await page.evaluate(() => localStorage.setItem('nd-text-size', '90'));
    await page.reload();
    expect(await readout(page)).toBe('16 px');
    expect(await bodySize(page)).toBe('16px');
  });

  it('runs with no console errors or CSP violations', async () => {
    const page = await h.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url());
    await button(page, 'Increase text size').click();
    await page.goto(`${h.baseUrl}/en/`);
    expect(problems).toEqual([]);
  });
});
