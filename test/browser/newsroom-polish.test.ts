import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../utils/app.ts';
import { ifStarted } from '../utils/if-started.ts';
import { startHarness, type BrowserHarness } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
/** The fixtures' site is in Baku; the browser is put in New York, so the two clocks differ by 9 hours. */
const SITE_ZONE = 'Asia/Baku';
const BROWSER_ZONE = 'America/New_York';

/** Errors the page writes to its console (CSP refusals among them) and errors it throws. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

/** The links of the newsroom navigation on the page: [text, path] pairs. */
async function navLinks(page: Page): Promise<string[][]> {
  // The navigation is the one that lists the articles (its label is in the page's language).
  const nav = page.locator('nav:has(a[href="/admin/articles"])');
  // The app renders its header once it knows who is signed in: wait for it.
  await nav.first().waitFor();
  return nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => [a.textContent.trim(), new URL((a as HTMLAnchorElement).href).pathname]),
    );
}

/** The issue 15 newsroom fixes, each guarded: what a new owner and a phone user run into first. */
describe('the newsroom a new user does not trip over (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  let errors: string[];
  let articlePath = '';

  const signIn = async (p: Page) => {
    await p.goto(`${h.baseUrl}/admin/signin`);
    await p.fill('#f-email', 'owner@example.com');
    await p.fill('#f-password', PASSWORD);
    await p.click('button[type=submit]');
    await p.waitForURL(`${h.baseUrl}/admin/articles`);
  };

  beforeAll(async () => {
    h = await startHarness();
    await h.app.container.accounts.createUser(
      { email: 'owner@example.com', name: 'Site owner', role: 'admin', password: PASSWORD },
      null,
    );
    page = await h.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: BROWSER_ZONE });
    page.setDefaultTimeout(20_000);
    page.on('dialog', (d) => void d.accept());
    errors = collectErrors(page);
    await signIn(page);
    const first = page.locator('.nd-main a[href^="/admin/articles/"], main a[href^="/admin/articles/"]');
    await first.first().waitFor();
    const hrefs = await first.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    articlePath =
      hrefs.find((href) => /^\/admin\/articles\/[^/]+$/.test(href) && !href.endsWith('/new')) ?? '';
    expect(articlePath).not.toBe('');
  });
  afterAll(async () => ifStarted(h)?.close());

  it('no admin screen writes an error to the console (the editor’s styles pass the CSP)', async () => {
    const screens = [
      '/admin/articles',
      '/admin/articles/new',
      articlePath,
      '/admin/frontpage',
      '/admin/media',
      '/admin/settings/story',
      '/admin/users',
      '/admin/audit',
      '/admin/account/password',
      '/admin/account/two-factor',
    ];
    for (const path of screens) {
      await page.goto(`${h.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      if (path === articlePath || path.endsWith('/new')) await page.locator('.nd-prose').waitFor();
      // CSP refusals are reported asynchronously; give them a moment to arrive.
      await page.waitForTimeout(300);
    }
    expect(errors).toEqual([]);
  });

  it('the Users and Audit pages carry the app’s navigation, in the same words', async () => {
    await page.goto(`${h.baseUrl}/admin/articles`);
    const app = await navLinks(page);
    expect(app.map(([, path]) => path)).toEqual(
      expect.arrayContaining([
        '/admin/articles',
        '/admin/frontpage',
        '/admin/media',
        '/admin/users',
        '/admin/audit',
      ]),
    );
    for (const path of ['/admin/users', '/admin/audit', '/admin/account/password']) {
      await page.goto(`${h.baseUrl}${path}`);
      expect(await navLinks(page)).toEqual(app);
    }
  });

  it('shows every time on the site’s clock with the zone named, never the browser’s', async () => {
    await page.goto(`${h.baseUrl}/admin/articles`);
    await page.locator('main time').first().waitFor();
    const modified = await page.locator('main time').allTextContents();
    expect(modified.length).toBeGreaterThan(0);
    for (const text of modified) expect(text).toContain(`(${SITE_ZONE})`);

    await page.goto(`${h.baseUrl}${articlePath}`);
    await page.locator('.nd-prose').waitFor();
    await page.fill('#nd-headline', `${await page.inputValue('#nd-headline')} (checked)`);
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    const panel = (await page.locator('[aria-labelledby="nd-panel-status"]').textContent()) ?? '';
    const times = [...panel.matchAll(/\d{1,2}:\d{2}(?: ?[AP]M)?(?: \([^)]*\))?/g)].map((m) => m[0]);
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(new RegExp(`^\\d{2}:\\d{2} \\(${SITE_ZONE}\\)$`));
    // The saved time is Baku's clock now, not New York's.
    const baku = new Intl.DateTimeFormat('en-GB', {
      timeZone: SITE_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const saved = (await page.locator('[data-save-state="saved"]').textContent()) ?? '';
    const now = Date.now();
    expect([baku.format(now - 60_000), baku.format(now)].some((hm) => saved.includes(hm))).toBe(true);
  });

  it('writes Azerbaijani dates with month words, and one word for each page', async () => {
    await page.goto(`${h.baseUrl}/admin/articles`);
    await page.selectOption('#nd-ui-language', 'az');
    // Re-rendered in Azerbaijani once the list's heading reads so.
    await page.getByRole('heading', { name: 'Məqalələr', exact: true }).waitFor();
    await page.locator('main time').first().waitFor();
    const dates = (await page.locator('main time').allTextContents()).join(' | ');
    expect(dates).not.toMatch(/M\d{1,2}\b/);
    expect(dates).toMatch(
      /\d{1,2} (yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr) \d{4}/,
    );
    const appNav = await navLinks(page);
    await page.goto(`${h.baseUrl}/admin/language?to=az&back=%2Fadmin%2Faudit`);
    await page.waitForURL(`${h.baseUrl}/admin/audit`);
    // The audit page's heading, its link in the app and its link on the server pages: one term.
    const heading = (await page.locator('h1').first().textContent())?.trim();
    expect(appNav.find(([, path]) => path === '/admin/audit')?.[0]).toBe(heading);
    expect(await navLinks(page)).toEqual(appNav);
  });

  it('fits a 390 px phone: the article list, the editor, Users and Audit scroll only downwards', async () => {
    const phone = await h.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    phone.setDefaultTimeout(20_000);
    await signIn(phone);
    // Measured once the screen has its content: the table's rows, the editor's text (the app's
    // screens fill in after the heading; the server pages arrive whole).
    const content: Record<string, string> = {
      '/admin/articles': 'main time',
      [articlePath]: '.nd-prose',
      '/admin/articles/new': '.nd-prose',
      '/admin/users': 'table',
      '/admin/audit': 'table',
    };
    for (const [path, selector] of Object.entries(content)) {
      await phone.goto(`${h.baseUrl}${path}`);
      await phone.locator(selector).first().waitFor();
      const { scrollWidth, innerWidth } = await phone.evaluate(() => ({
        scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
        innerWidth: window.innerWidth,
      }));
      expect({ path, scrollWidth }).toEqual({ path, scrollWidth: Math.min(scrollWidth, innerWidth) });
    }
  });

  it('after the one-time setup on an empty site, the new owner lands in the newsroom signed in', async () => {
    const empty: TestApp = await createTestApp('sqlite');
    try {
      const base = await empty.server.listen({ port: 0, host: '127.0.0.1' });
      const fresh = await h.newPage();
      fresh.setDefaultTimeout(20_000);
      const freshErrors = collectErrors(fresh);
      await fresh.goto(`${base}/admin`);
      await fresh.waitForURL(`${base}/admin/setup`);
      await fresh.fill('#f-name', 'First owner');
      await fresh.fill('#f-email', 'first@example.com');
      await fresh.fill('#f-password', PASSWORD);
      await fresh.click('button[type=submit]');
      await fresh.waitForURL(`${base}/admin/articles`);
      await fresh.getByText('First owner').first().waitFor();
      expect(freshErrors).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });
});
