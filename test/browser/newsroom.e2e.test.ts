import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorArticleSchema } from '../../src/contract/articles.ts';
import { meResponse } from '../../src/contract/site.ts';
import { dataOf } from '../../src/contract/wire.ts';
import { axeViolations, fetchFromPage, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/**
 * The newsroom in Chromium, end to end: a contributor drafts with an image and submits; an
 * editor edits, schedules, and the scheduled job publishes; a correction and a withdrawal reach
 * the reader's page; two tabs on one article never overwrite each other.
 */
describe('the newsroom app (Chromium)', () => {
  let h: BrowserHarness;
  let articleId = '';
  let readerPath = '';

  beforeAll(async () => {
    h = await startHarness();
    for (const role of ['contributor', 'editor'] as const)
      await h.app.container.accounts.createUser(
        { email: `${role}@example.com`, name: `Test ${role}`, role, password: PASSWORD },
        null,
      );
  });
  afterAll(async () => ifStarted(h)?.close());

  async function signIn(role: 'contributor' | 'editor'): Promise<Page> {
    const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', `${role}@example.com`);
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
    await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
    return page;
  }
  const saved = async (page: Page) => {
    try {
      await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    } catch (e) {
      throw new Error(`not saved: ${await page.locator('[data-save-state]').textContent()}`, { cause: e });
    }
  };
  const serious = async (page: Page) =>
    (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  /** Calls the admin API from the page, as the app does (session cookie, CSRF header). */
  const callApi = async (page: Page, method: string, path: string, body?: unknown) => {
    const { csrf } = await fetchFromPage(page, '/admin/api/me', meResponse);
    return page.evaluate(
      async ({ method, path, body, csrf }) => {
        const res = await fetch(`/admin/api${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json: unknown = await res.json().catch(() => null);
        return { status: res.status, json };
      },
      { method, path, body, csrf },
    );
  };
  /** The article as the admin API gives it to the editor. */
  const getArticle = async (page: Page, id: string) =>
    dataOf(editorArticleSchema).parse((await callApi(page, 'GET', `/articles/${id}`)).json).data;

  it('a contributor drafts with an image, sees it saved, and submits it for review; publishing is not theirs', async () => {
    const page = await signIn('contributor');
    expect(await serious(page), 'article list').toEqual([]);

    await page.getByRole('link', { name: 'New article', exact: true }).first().click();
    await page.fill('#nd-headline', 'Ferry service resumes across the Caspian');
    await page.click('.nd-prose');
    await page.keyboard.type('The ferry left Baku at dawn with 200 passengers on board.');
    await saved(page);
    await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
    articleId = page.url().split('/').pop()!;
    expect(await page.inputValue('#nd-slug')).toBe('ferry-service-resumes-across-the-caspian');

    // An image from the media library: uploaded in the picker, described, placed in the text.
    const png = await sharp({
      create: { width: 64, height: 40, channels: 3, background: { r: 20, g: 90, b: 160 } },
    })
      .png()
      .toBuffer();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose an image' });
    await dialog
      .locator('#nd-media-file')
      .setInputFiles({ name: 'ferry.png', mimeType: 'image/png', buffer: png });
    await dialog.locator('#nd-alt').fill('The ferry at the Baku terminal');
    await dialog.locator('#nd-caption').fill('Morning departure');
    await dialog.getByRole('button', { name: 'Use this image' }).click();
    await page.locator('.nd-prose figure img[alt="The ferry at the Baku terminal"]').waitFor();
    await saved(page);
    expect(await serious(page), 'editor').toEqual([]);

    const stored = await getArticle(page, articleId);
    expect(stored.bodyHtml).toContain('The ferry left Baku at dawn');
    expect(stored.bodyHtml).toMatch(
      /<figure data-type="image"><img src="\/media\/[^"]+" alt="The ferry at the Baku terminal"/,
    );

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review.').waitFor();
    expect(await page.locator('.nd-panel .nd-badge').first().textContent()).toBe('In review');
    expect(await page.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Schedule' }).count()).toBe(0);
    const forced = await callApi(page, 'POST', `/articles/${articleId}/transitions`, {
      action: 'publish',
      version: stored.version + 1,
    });
    expect(forced.status).toBe(403);
  });

  it('an editor edits and schedules it; the scheduled job publishes it for readers', async () => {
    const page = await signIn('editor');
    await page.getByRole('link', { name: 'Ferry service resumes across the Caspian' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/articles/${articleId}`);
    await page.locator('.nd-prose p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Crossings run twice a week.');
    await saved(page);

    await page.getByRole('button', { name: 'Schedule' }).click();
    // Three seconds from now on the site's clock (Asia/Baku): the newsroom reads times in the site's zone.
    const when = await page.evaluate(() => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Asia/Baku',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(new Date(Date.now() + 3000));
      const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
    });
    await page.fill('#nd-schedule-at', when);
    await page.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
    await page.getByText('Scheduled.').waitFor();

    const article = await getArticle(page, articleId);
    expect(article.status).toBe('scheduled');
    await new Promise((r) =>
      setTimeout(r, Math.max(0, new Date(article.scheduledAt!).getTime() - Date.now() + 300)),
    );
    expect(await h.app.container.writer.publishDue()).toBe(1);

    const published = await getArticle(page, articleId);
    expect(published.status).toBe('published');
    readerPath = new URL(published.publicUrl!).pathname;
    const reader = await h.newPage();
    const res = await reader.goto(`${h.baseUrl}${readerPath}`);
    expect(res?.status()).toBe(200);
    await expect(reader.locator('h1').textContent()).resolves.toContain(
      'Ferry service resumes across the Caspian',
    );
    expect(await reader.locator('main').textContent()).toContain('Crossings run twice a week.');
    expect(await reader.locator('main figure img').getAttribute('alt')).toBe(
      'The ferry at the Baku terminal',
    );
  });

  it('a correction appears at the end of the article; unpublishing makes the address answer 410', async () => {
    const page = await signIn('editor');
    await page.goto(`${h.baseUrl}/admin/articles/${articleId}`);
    await page.getByRole('button', { name: 'Add a correction' }).click();
    await page.fill('#nd-correction', 'An earlier version gave the wrong number of passengers.');
    await page.getByRole('dialog').getByRole('button', { name: 'Add a correction' }).click();
    await page.getByText('The correction was added.').waitFor();

    const reader = await h.newPage();
    await reader.goto(`${h.baseUrl}${readerPath}`);
    const text = (await reader.locator('main').textContent()) ?? '';
    const at = text.indexOf('An earlier version gave the wrong number of passengers.');
    expect(at).toBeGreaterThan(text.indexOf('Crossings run twice a week.'));

    await page.getByRole('button', { name: 'Unpublish' }).click();
    await page.getByText('Unpublished: the address now answers').waitFor();
    expect((await fetch(`${h.baseUrl}${readerPath}`)).status).toBe(410);
  });

  it('two tabs on one article: the second save is refused with a clear message, and its text stays', async () => {
    const first = await signIn('editor');
    const second = await first.context().newPage();
    for (const p of [first, second]) {
      await p.goto(`${h.baseUrl}/admin/articles/${articleId}`);
      await p.locator('.nd-prose p').first().waitFor();
    }
    await first.fill('#nd-standfirst', 'Written in the first tab.');
    await saved(first);
    await second.fill('#nd-standfirst', 'Written in the second tab.');
    const banner = second.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('Your changes were not saved');
    expect(await second.inputValue('#nd-standfirst')).toBe('Written in the second tab.');
    expect(await second.locator('[data-save-state]').getAttribute('data-save-state')).toBe('conflict');
    const stored = await getArticle(first, articleId);
    expect(stored.standfirst).toBe('Written in the first tab.');
  });
});
