import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/**
 * Nothing reaches readers unapproved: an editor edits a published article, autosave runs, and
 * the public page, feed and Content API keep the live text until Update; a minor fix shows no
 * "Updated"; Discard brings the live text back into the editor.
 */
describe('editing a live article (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  let apiKey = '';
  let id = '';
  const url = '/en/world/port-of-baku-extends-opening-hours';

  beforeAll(async () => {
    h = await startHarness();
    await h.app.container.accounts.createUser(
      { email: 'editor@example.com', name: 'Test editor', role: 'editor', password: PASSWORD },
      null,
    );
    apiKey = (await h.app.container.apiKeys.create({ name: 'Partner' })).key;
    const a = await h.app.container.writer.create({
      language: 'en',
      headline: 'Port of Baku extends opening hours',
      standfirst: 'Ships may now dock until midnight.',
      sectionSlug: 'world',
      body: [
        { type: 'paragraph', content: [{ text: 'The port authority announced the change on Monday.' }] },
      ],
      status: 'published',
      publishedAt: new Date(Date.now() - 3_600_000),
    });
    id = a.id;
    page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => {
      throw e;
    });
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'editor@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
  });
  afterAll(async () => ifStarted(h)?.close());

  const saved = () => page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
  /** What readers get, fetched outside the newsroom's session. */
  async function readers() {
    const get = async (path: string, headers: Record<string, string> = {}) =>
      (await fetch(`${h.baseUrl}${path}`, { headers })).text();
    return {
      page: await get(url),
      feed: await get('/en/world/feed.xml'),
      api: await get(`/api/v1/articles/${id}`, { authorization: `Bearer ${apiKey}` }),
    };
  }
  async function editStandfirst(text: string) {
    await page.fill('#nd-standfirst', text);
    await saved();
    await page.getByText('Unpublished changes.', { exact: true }).waitFor();
  }

  it('keeps an autosaved edit private; a minor-fix Update goes live without "Updated"', async () => {
    await page.goto(`${h.baseUrl}/admin/articles/${id}`);
    await page.getByText('This article is live').waitFor();
    // Half-typed, autosaved.
    await editStandfirst('Ships may now dock until 11 p');
    for (const text of Object.values(await readers())) {
      expect(text).toContain('Ships may now dock until midnight.');
      expect(text).not.toContain('until 11 p');
    }

    await page.getByRole('button', { name: 'Show what would change' }).click();
    const diff = page.getByRole('region', { name: 'Changes between the versions' });
    await diff.waitFor();
    expect(await diff.locator('tr', { hasText: 'Standfirst' }).locator('ins').textContent()).toBe(
      'Ships may now dock until 11 p',
    );
    const violations = (await axeViolations(page)).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(violations).toEqual([]);

    await page.fill('#nd-standfirst', 'Ships may now dock until midnight on weekdays.');
    await saved();
    await page.getByLabel('Minor fix — don’t show “Updated”').check();
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await page.getByText('Updated: readers now see the changes.').waitFor();
    const r = await readers();
    for (const text of Object.values(r)) expect(text).toContain('until midnight on weekdays.');
    expect(r.page).not.toContain('class="updated"');
  });

  it('an ordinary Update shows "Updated"; Discard brings the live text back', async () => {
    await editStandfirst('Ships may now dock until one in the morning.');
    expect((await readers()).page).toContain('until midnight on weekdays.');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await page.getByText('Updated: readers now see the changes.').waitFor();
    const r = await readers();
    expect(r.page).toContain('until one in the morning.');
    expect(r.page).toContain('class="updated"');

    await editStandfirst('This text must never reach readers.');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByText('The changes were discarded.').waitFor();
    expect(await page.inputValue('#nd-standfirst')).toBe('Ships may now dock until one in the morning.');
    for (const text of Object.values(await readers())) expect(text).not.toContain('never reach readers');
  });
});
