import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifStarted } from '../utils/if-started.ts';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

/** Sections and tags named per language from the newsroom (issue 15), as an editor uses the screen. */
describe('the sections and tags screen (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    const owner = await h.app.container.accounts.createUser(
      { email: 'owner@example.com', name: 'Site owner', role: 'admin', password: PASSWORD },
      null,
    );
    await h.app.container.accounts.createUser(
      { email: 'desk@example.com', name: 'Dana Desk', role: 'editor', password: PASSWORD },
      owner.id,
    );
    await h.app.container.taxonomy.nameTag('diplomacy', 'ru', 'Дипломатия');
    page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'desk@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
  });
  afterAll(async () => ifStarted(h)?.close());

  it('an editor names a section in Russian, is told of a bad colour, and readers see the name', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/settings/sections`);
    await page.getByRole('heading', { level: 1, name: 'Sections and tags' }).waitFor();
    // Editors see only this settings screen; the site's own settings are the admins'.
    const subnav = page.getByRole('navigation', { name: 'Settings' });
    expect(await subnav.getByRole('link').allTextContents()).toEqual(['Sections and tags']);
    expect(await axeViolations(page)).toEqual([]);

    const world = page.locator('form.nd-section-form').filter({ hasText: '/world/' });
    await world.getByLabel('Name in RU').fill('Мир и соседи');
    await world.getByLabel(/^Colour/).fill('blue');
    await world.getByRole('button', { name: 'Save' }).click();
    const colour = world.getByLabel(/^Colour/);
    await expect.poll(() => colour.getAttribute('aria-invalid')).toBe('true');
    expect((await h.app.container.taxonomy.section('world', 'ru'))?.name).not.toBe('Мир и соседи');
    await colour.fill('#204a87');
    await world.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => world.getByRole('status').textContent()).toBe('Saved.');
    expect((await h.app.container.taxonomy.section('world', 'ru'))?.name).toBe('Мир и соседи');

    await h.app.container.events.dispatchPending();
    const reader = await h.newPage();
    await reader.goto(`${h.baseUrl}/ru/world/`);
    expect(await reader.locator('h1').first().textContent()).toContain('Мир и соседи');
    await reader.close();
  });

  it('adds a section, refuses one with a taken address, and removes only an empty one', async () => {
    const add = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New section' }) });
    await add.getByLabel(/^Address/).fill('economy');
    await add.getByLabel(/^Name \(EN/).fill('Business');
    await add.getByRole('button', { name: 'Add section' }).click();
    await expect.poll(() => add.getByLabel(/^Address/).getAttribute('aria-invalid')).toBe('true');
    await add.getByLabel(/^Address/).fill('culture');
    await add.getByLabel(/^Name \(EN/).fill('Culture');
    await add.getByLabel('Name in AZ').fill('Mədəniyyət');
    await add.getByRole('button', { name: 'Add section' }).click();
    const culture = page.locator('form.nd-section-form').filter({ hasText: '/culture/' });
    await culture.waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('Culture');
    expect(await culture.getByLabel('Name in AZ').inputValue()).toBe('Mədəniyyət');

    // A section with articles cannot be removed; the new, empty one can.
    const economy = page.locator('form.nd-section-form').filter({ hasText: '/economy/' });
    expect(await economy.getByRole('button', { name: 'Remove' }).isDisabled()).toBe(true);
    await culture.getByRole('button', { name: 'Remove' }).click();
    await culture.waitFor({ state: 'detached' });
    expect(await h.app.container.taxonomy.section('culture')).toBeNull();
  });

  it('finds a tag by its Russian name and names it in Azerbaijani', async () => {
    await page.getByLabel('Find tags').fill('дипло');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('form.nd-tag-form').count()).toBe(1);
    const tag = page.locator('form.nd-tag-form');
    expect(await tag.textContent()).toContain('diplomacy');
    await tag.getByLabel('Name in AZ').fill('Diplomatiya');
    await tag.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => tag.getByRole('status').textContent()).toBe('Saved.');
    const names = await h.app.container.taxonomy.tagNames(
      (await h.app.container.taxonomy.tag('diplomacy'))!.id,
    );
    expect(names).toContainEqual({ language: 'az', name: 'Diplomatiya' });
    // On a phone the screen fits without sideways scrolling.
    const phone = await h.newPage({ viewport: { width: 390, height: 800 } });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${h.baseUrl}/admin/settings/sections`);
    await phone.locator('form.nd-section-form').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
