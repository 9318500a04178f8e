import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editorArticleSchema, frontpageSchema, revisionSchema } from '../../src/contract/articles.ts';
import { dataOf } from '../../src/contract/wire.ts';
import { axeViolations, fetchFromPage, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/** The newsroom app's screens beyond the main journey: the body's blocks, slug, tags, revisions, curation, languages. */
describe('the newsroom app’s screens (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  let articleId = '';

  beforeAll(async () => {
    h = await startHarness();
    await h.app.container.accounts.createUser(
      { email: 'editor@example.com', name: 'Test editor', role: 'editor', password: PASSWORD },
      null,
    );
    page = await h.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    // A step that never happens fails naming its locator, well before the test's own bound.
    page.setDefaultTimeout(20_000);
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

  const saved = async () => {
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
  };
  const article = async () =>
    (await fetchFromPage(page, `/admin/api/articles/${articleId}`, dataOf(editorArticleSchema))).data;
  const serious = async () =>
    (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

  it('writes subheadings, quotes, lists, links and embeds; the slug follows the headline until edited; tags are made inline', async () => {
    await page.goto(`${h.baseUrl}/admin/articles/new`);
    await page.fill('#nd-headline', 'Pipeline talks open');
    await page.click('.nd-prose');
    await page.keyboard.type('Opening paragraph.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Subheading', exact: true }).click();
    await page.keyboard.type('What was said');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Quote', exact: true }).click();
    await page.keyboard.type('We will build it together.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('— The minister');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('First point');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second point');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Read the statement');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.fill('#nd-link-href', 'https://example.org/statement');
    await page.getByRole('button', { name: 'Apply link' }).click();
    await page.keyboard.press('End');

    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.fill('#nd-embed-url', 'https://vimeo.com/123');
    await page.getByRole('button', { name: 'Insert' }).click();
    await page.getByText('Only YouTube, X (Twitter) and Facebook addresses can be embedded.').waitFor();
    await page.fill('#nd-embed-url', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.fill('#nd-embed-caption', 'The signing');
    await page.getByRole('button', { name: 'Insert' }).click();
    await page.locator('.nd-prose .nd-embed').waitFor();

    await page.fill('#nd-tags', 'Energy');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove tag Energy' }).waitFor();
    await saved();
    articleId = page.url().split('/').pop()!;
    let a = await article();
    expect(a.slug).toBe('pipeline-talks-open');
    expect(a.tags).toEqual(['Energy']);
    expect(a.bodyHtml).toContain('<h2>What was said</h2>');
    expect(a.bodyHtml).toContain(
      '<blockquote><p>We will build it together.</p><p>— The minister</p></blockquote>',
    );
    expect(a.bodyHtml).toContain('<ul><li><p>First point</p></li><li><p>Second point</p></li></ul>');
    expect(a.bodyHtml).toContain('<a href="https://example.org/statement">Read the statement</a>');
    expect(a.bodyHtml).toContain(
      '<div data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-caption="The signing"></div>',
    );

    // The slug follows the headline…
    await page.fill('#nd-headline', 'Pipeline talks open in Baku');
    await saved();
    expect(await page.inputValue('#nd-slug')).toBe('pipeline-talks-open-in-baku');
    // …until someone sets it by hand.
    await page.fill('#nd-slug', 'pipeline-talks');
    await page.fill('#nd-headline', 'Pipeline talks open in Baku on Monday');
    await saved();
    a = await article();
    expect([a.slug, a.headline]).toEqual(['pipeline-talks', 'Pipeline talks open in Baku on Monday']);
    expect(await serious(), 'editor, dark').toEqual([]);
  }, 90_000); // a long journey of typing: bounded generously for a busy machine

  it('compares two revisions as a readable diff and restores an old one', async () => {
    await page.getByRole('button', { name: 'Revisions' }).click();
    await page.locator('#nd-diff-from').waitFor();
    const versions = await page
      .locator('#nd-diff-from option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#nd-diff-from', versions.at(-1)!);
    await page.selectOption('#nd-diff-to', versions[0]!);
    await page.getByRole('button', { name: 'Show changes' }).click();
    const diff = page.getByRole('region', { name: 'Changes between the versions' });
    await diff.waitFor();
    expect(await diff.locator('tr', { hasText: 'Headline' }).locator('ins').textContent()).toBe(
      'Pipeline talks open in Baku on Monday',
    );
    expect(await diff.locator('tr', { hasText: 'Headline' }).locator('del').textContent()).toBe(
      'Pipeline talks open',
    );

    const revisions = await fetchFromPage(
      page,
      `/admin/api/articles/${articleId}/revisions`,
      dataOf(z.array(revisionSchema)),
    );
    const first = revisions.data.at(-1)?.version;
    await page.getByRole('button', { name: `Restore version ${first}` }).click();
    await page.waitForFunction(
      () => (document.querySelector('#nd-headline') as HTMLTextAreaElement).value === 'Pipeline talks open',
    );
    expect((await article()).headline).toBe('Pipeline talks open');
  });

  it('publishes and places the article in the lead slot of the front page', async () => {
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('Published.', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Front page' }).click();
    await page.locator('#nd-slot-lead').fill('Pipeline');
    await page
      .locator('li', { has: page.locator('#nd-slot-lead') })
      .getByRole('button', { name: 'Search' })
      .click();
    await page.getByRole('button', { name: 'Place “Pipeline talks open”' }).click();
    await page.getByText('“Pipeline talks open” is now the Lead story.').waitFor();
    const { slots } = (await fetchFromPage(page, '/admin/api/frontpage?language=en', dataOf(frontpageSchema)))
      .data;
    expect(slots[0]).toMatchObject({ slot: 'lead', article: { id: articleId } });
    expect(await serious(), 'front page, dark').toEqual([]);
    const front = await h.newPage();
    await front.goto(`${h.baseUrl}/en/`);
    expect(await front.locator('main').textContent()).toContain('Pipeline talks open');
  });

  it('shows what the analysis found and takes an editor’s correction', async () => {
    const section = (await h.app.container.taxonomy.sections())[0]!;
    const a = await h.app.container.writer.create({
      language: 'en',
      headline: 'Minister visits Ganja',
      sectionSlug: section.slug,
      body: [
        {
          type: 'paragraph',
          content: [{ text: 'Foreign Minister Jeyhun Bayramov visited Ganja on Monday.' }],
        },
        { type: 'paragraph', content: [{ text: '“We will rebuild the school,” Bayramov said.' }] },
      ],
    });
    await page.goto(`${h.baseUrl}/admin/articles/${a.id}`);
    const panel = page.locator('section.nd-analysis');
    await panel
      .locator('span.nd-entity')
      .filter({ hasText: /^Jeyhun Bayramov$/ })
      .waitFor();
    expect(await panel.textContent()).toContain('Ganja');
    expect(await panel.locator('select[id^="nd-speaker-"]').first().inputValue()).toBe('Jeyhun Bayramov');
    await panel.getByRole('button', { name: 'Rename Jeyhun Bayramov' }).click();
    await panel.getByLabel('New name for Jeyhun Bayramov').fill('Ceyhun Bayramov');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel
      .locator('span.nd-entity')
      .filter({ hasText: /^Ceyhun Bayramov$/ })
      .waitFor();
    expect(await panel.locator('select[id^="nd-speaker-"]').first().inputValue()).toBe('Ceyhun Bayramov');
    const facts = await h.app.container.analysis.currentFacts((await h.app.container.reader.byId(a.id))!);
    expect(facts.facts.people.map((p) => p.name)).toContain('Ceyhun Bayramov');
    expect(await serious(), 'analysis panel, dark').toEqual([]);
  });

  it('filters the list, shows the media library, and speaks Russian when asked (remembered)', async () => {
    await page.goto(`${h.baseUrl}/admin/articles?status=published&q=pipeline`);
    await page.getByText('1 article', { exact: true }).waitFor();
    expect(await page.locator('table.nd-articles tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: 'Media library' }).click();
    await page.getByRole('heading', { name: 'Media library' }).waitFor();
    expect(await serious(), 'media, dark').toEqual([]);

    await page.selectOption('#nd-ui-language', 'ru');
    await page.getByRole('link', { name: 'Статьи', exact: true }).waitFor();
    await page.goto(`${h.baseUrl}/admin/articles`);
    await page.getByRole('heading', { level: 1, name: 'Статьи' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByText(/^\d+ стат(ья|ьи|ей)$/).waitFor();
  });
});
