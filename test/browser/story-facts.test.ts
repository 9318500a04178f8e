import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../fixtures/content.ts';
import { axeViolations, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/**
 * The gate in Chromium: in `review` a reader sees nothing machine-made until an editor approves
 * it in the editor's side panel; approving one item shows exactly that item; hiding the panels
 * and the admin's Settings screen (storyFacts: off) take it away again.
 */
describe('story intelligence reaches readers only as the newsroom decides (Chromium)', () => {
  let h: BrowserHarness;
  let editor: Page;
  let seedId = '';
  const readerUrl = () => `${h.baseUrl}/en/world/${SEED_SLUG}`;

  async function signIn(role: 'editor' | 'admin'): Promise<Page> {
    const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', `${role}@example.com`);
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
    return page;
  }
  /** The reader's page in a browser of its own (nothing cached from an earlier look). */
  async function keyFacts(): Promise<string | null> {
    const page = await h.newPage();
    await page.goto(readerUrl());
    const panel = page.locator('aside.key-facts');
    return (await panel.count()) ? panel.innerText() : null;
  }
  const serious = async (page: Page) =>
    (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

  beforeAll(async () => {
    h = await startHarness();
    for (const role of ['editor', 'admin'] as const)
      await h.app.container.accounts.createUser(
        { email: `${role}@example.com`, name: `Test ${role}`, role, password: PASSWORD },
        null,
      );
    seedId = (await h.app.container.store.repos.articles.findBySlug('en', SEED_SLUG))!.id;
    editor = await signIn('editor');
  });
  afterAll(async () => ifStarted(h)?.close());

  it('a reader sees nothing machine-made before approval; an editor approves one item in the panel and the page shows it', async () => {
    expect(await keyFacts()).toBeNull();

    await editor.goto(`${h.baseUrl}/admin/articles/${seedId}`);
    const panel = editor.getByRole('region', { name: 'What the analysis found' });
    await panel.getByText('Readers see only the items approved here (site setting: review).').waitFor();
    const galuzin = panel.locator('li', { hasText: 'Mikhail Galuzin' }).first();
    await galuzin.getByText('Awaiting approval').waitFor();
    expect(await serious(editor), 'editor with the analysis panel').toEqual([]);

    await galuzin.getByRole('button', { name: 'Approve for readers Mikhail Galuzin' }).click();
    await galuzin.getByText('Shown to readers').waitFor();
    const facts = await keyFacts();
    expect(facts).toContain('Mikhail Galuzin');
    expect(facts).not.toContain('Rahman Mustafayev');

    // Withdrawn from the panel: gone again.
    await galuzin.getByRole('button', { name: 'Withdraw approval Mikhail Galuzin' }).click();
    await galuzin.getByText('Awaiting approval').waitFor();
    expect(await keyFacts()).toBeNull();
  });

  it('approves everything at once; hiding the panels takes it all away, approvals kept', async () => {
    const panel = editor.getByRole('region', { name: 'What the analysis found' });
    await panel.getByRole('button', { name: /^Approve all for readers/ }).click();
    await panel.locator('[data-review-state="waiting"]').first().waitFor({ state: 'detached' });
    const facts = await keyFacts();
    expect(facts).toContain('Rahman Mustafayev');
    expect(facts).toContain('22 February 2022');

    await panel.getByLabel('Hide this article’s story panels from readers').check();
    await panel.locator('[data-review-state="shown"]').first().waitFor({ state: 'detached' });
    expect(await keyFacts()).toBeNull();
    await panel.getByLabel('Hide this article’s story panels from readers').uncheck();
    await panel.locator('[data-review-state="shown"]').first().waitFor();
    expect(await keyFacts()).toContain('Rahman Mustafayev');
  });

  it('an admin switches story intelligence off for readers on the Settings screen, and back', async () => {
    const admin = await signIn('admin');
    await admin.getByRole('link', { name: 'Settings' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Story intelligence for readers' }).waitFor();
    expect(await admin.getByLabel('Review: only what an editor approved').isChecked()).toBe(true);
    expect(await serious(admin), 'settings screen').toEqual([]);
    await admin.getByLabel('Off: nothing machine-made').check();
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();
    expect(await keyFacts()).toBeNull();
    // Editors are told in the panel why nothing shows.
    await editor.reload();
    await editor
      .getByText('Story intelligence is switched off for readers (site setting): nothing here is shown.')
      .waitFor();

    await admin.getByLabel('Review: only what an editor approved').check();
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();
    expect(await keyFacts()).toContain('Mikhail Galuzin');
    // Editors' Settings are the sections and tags only: story intelligence is the admins' choice.
    expect(await editor.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(
      '/admin/settings/sections',
    );
  });
});
