import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifStarted } from '../utils/if-started.ts';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';

/** The newsroom's desk screens (issue 15): the readable audit log and bulk actions in the list. */
describe('the newsroom desk screens (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  let ownerId = '';

  beforeAll(async () => {
    h = await startHarness();
    ownerId = (
      await h.app.container.accounts.createUser(
        { email: 'owner@example.com', name: 'Site owner', role: 'admin', password: PASSWORD },
        null,
      )
    ).id;
    await h.app.container.accounts.createUser(
      { email: 'reporter@example.com', name: 'Rena Reporter', role: 'author', password: PASSWORD },
      ownerId,
    );
    page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'owner@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
  });
  afterAll(async () => ifStarted(h)?.close());

  it('bulk actions publish the ticked articles, each with the single action’s rules, and say what happened', async () => {
    const { writer } = h.app.container;
    const body = [{ type: 'paragraph' as const, content: [{ text: 'Text.' }] }];
    const make = (headline: string, status: 'draft' | 'published') =>
      writer.create({ language: 'en', headline, sectionSlug: 'world', body, status, ownerId: ownerId });
    const one = await make('Tramline draft one', 'draft');
    const two = await make('Tramline draft two', 'draft');
    const live = await make('Tramline live story', 'published');
    await page.goto(`${h.baseUrl}/admin/articles?q=Tramline`);
    const rows = page.locator('table.nd-articles tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Select all articles on this page').check();
    await expect.poll(() => page.locator('.nd-bulk').textContent()).toContain('3 articles selected');
    await page.selectOption('#nd-bulk-action', 'publish');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    const results = page.locator('.nd-bulk-results li');
    await expect.poll(() => results.count()).toBe(3);
    const outcome = Object.fromEntries(
      await results.evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('strong')?.textContent ?? '', li.getAttribute('data-ok')]),
      ),
    );
    expect(outcome).toEqual({
      'Tramline draft one': 'true',
      'Tramline draft two': 'true',
      'Tramline live story': 'false',
    });
    expect(await page.locator('.nd-bulk [role=status]').textContent()).toContain('2 done, 1 refused');
    for (const a of [one, two, live])
      expect((await h.app.container.reader.byId(a.id))?.status).toBe('published');
    // The list shows them as they are now, and nothing is ticked any more.
    await expect
      .poll(() => page.locator('table.nd-articles td[data-label="Status"]').allTextContents())
      .toEqual(['Published', 'Published', 'Published']);
    expect(await page.locator('table.nd-articles input[type=checkbox]:checked').count()).toBe(0);

    // Move one to another section: a live article's move waits as unpublished changes.
    await page.getByLabel('Select “Tramline draft one”').check();
    await page.selectOption('#nd-bulk-action', 'move');
    await page.selectOption('#nd-bulk-section', 'economy');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect.poll(() => results.first().textContent()).toContain('press Update');
    expect(await axeViolations(page)).toEqual([]);

    // On a phone the list with its tick boxes still fits.
    const phone = await h.newPage({ viewport: { width: 390, height: 800 } });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${h.baseUrl}/admin/articles?q=Tramline`);
    await phone.locator('table.nd-articles tbody tr').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('the site settings screen saves the name and tagline, names a bad field, and readers see the change', async () => {
    await page.goto(`${h.baseUrl}/admin/settings/site`);
    const name = page.getByLabel('Site name');
    await name.waitFor();
    await name.fill('Harbour Herald');
    await page.getByLabel('Tagline', { exact: true }).fill('Tides, trade and town hall');
    await page.getByLabel(/^Tagline in RU/).fill('Приливы, торговля и ратуша');
    await page.getByLabel('Articles per listing page').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    const pageSize = page.getByLabel('Articles per listing page');
    await expect.poll(() => pageSize.getAttribute('aria-invalid')).toBe('true');
    expect(h.app.container.site.settings().name).not.toBe('Harbour Herald');
    await pageSize.fill('8');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('[role=status]').last().textContent()).toBe('Saved.');
    expect(await pageSize.getAttribute('aria-invalid')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    // The outbox job would run this after the commit; the reader's next page shows the change.
    await h.app.container.events.dispatchPending();
    const reader = await h.newPage();
    await reader.goto(`${h.baseUrl}/en/`);
    expect(await reader.locator('header').first().textContent()).toContain('Harbour Herald');
    expect(await reader.locator('header').first().textContent()).toContain('Tides, trade and town hall');
    await reader.goto(`${h.baseUrl}/ru/`);
    expect(await reader.locator('header').first().textContent()).toContain('Приливы, торговля и ратуша');
    // The story settings are one link away.
    await page.getByRole('link', { name: 'Story intelligence for readers' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/settings/story`);
  });

  it('the front-page screen says what readers see in each place now', async () => {
    const newest = (await h.app.container.reader.latest({ language: 'en' }, 1))[0];
    await page.goto(`${h.baseUrl}/admin/frontpage`);
    const lead = page.locator('.nd-slot').first();
    await expect.poll(() => lead.locator('.nd-slot-now').textContent()).toContain(newest?.headline ?? '—');
    expect(await lead.locator('.nd-slot-now a').getAttribute('href')).toBe(
      `/admin/articles/${newest?.id ?? ''}`,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the audit log reads in words with names, and filters by person and action', async () => {
    await page.goto(`${h.baseUrl}/admin/audit`);
    const cells = page.locator('table.admin-table tbody tr');
    expect(await cells.count()).toBeGreaterThan(0);
    const created = page.locator('tbody tr', { hasText: 'Created an account' });
    await expect.poll(() => created.first().textContent()).toContain('Rena Reporter');
    await page.selectOption('#audit-user', { label: 'Site owner' });
    await page.selectOption('#audit-action', { label: 'Signed in' });
    await page.click('form.audit-filters button[type=submit]');
    await page.waitForURL(/action=signin/);
    const whoWhat = await page
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.children[1]?.textContent, r.children[2]?.textContent]));
    expect(whoWhat).toEqual([['Site owner', 'Signed in']]);
    expect(await page.locator('#audit-action').inputValue()).toBe('signin');
    expect(await axeViolations(page)).toEqual([]);
  });
});
