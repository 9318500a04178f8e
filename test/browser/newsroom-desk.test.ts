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
