import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/services/accounts/totp.ts';
import { meResponse } from '../../src/contract/site.ts';
import { axeViolations, fetchFromPage, startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/** Setting up two-factor sign-in and signing in with it, in a real browser, with axe on every screen. */
describe('two-factor sign-in (Chromium)', () => {
  let h: BrowserHarness;
  let page: Page;
  let secret = '';
  const requests: string[] = [];
  const serious = async () =>
    (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  /**
   * A code the account has not used yet: this step's, or the next step's once this one was used
   * (the server accepts one step ahead), so the test never waits for the clock.
   */
  let lastStep = 0;
  async function freshCode(): Promise<string> {
    const step = Math.max(Math.floor(Date.now() / 30_000), lastStep + 1);
    lastStep = step;
    return totpCode(secret, new Date(step * 30_000));
  }

  beforeAll(async () => {
    h = await startHarness();
    await h.app.container.accounts.createUser(
      { email: 'desk@example.com', name: 'Desk Editor', role: 'editor', password: PASSWORD },
      null,
    );
    page = await h.newPage({ viewport: { width: 1024, height: 900 } });
    page.on('pageerror', (e) => {
      throw e;
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'desk@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
  });
  afterAll(async () => ifStarted(h)?.close());

  it('sets up from the newsroom’s header: QR code and key, a first code, recovery codes', async () => {
    // The newsroom app's header links to the account's two-factor page.
    await page.getByRole('link', { name: 'Two-factor sign-in' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/account/two-factor`);
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/account/two-factor/setup`);
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    const box = await qr.locator('svg').boundingBox();
    expect(box?.width).toBe(200);
    secret = (await page.locator('.totp-secret').textContent())!.replace(/ /g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await serious()).toEqual([]);

    const now = await totpCode(secret, new Date());
    await page.getByLabel('6-digit code').fill(now === '000000' ? '000001' : '000000');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect.poll(() => page.locator('#f-code-error').textContent()).toBe('This code is not right.');
    expect(await page.getByLabel('6-digit code').getAttribute('aria-invalid')).toBe('true');
    expect(await serious()).toEqual([]);

    await page.getByLabel('6-digit code').fill(await freshCode());
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    expect(await page.getByRole('status').textContent()).toContain('Two-factor sign-in is on.');
    expect(await serious()).toEqual([]);
    // Everything came from this server: no QR service, no fonts or scripts from elsewhere.
    expect(requests.filter((u) => !u.startsWith(h.baseUrl))).toEqual([]);
  });

  it('signs in with the password and then the app’s code', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/signin`);
    await page.fill('#f-email', 'desk@example.com');
    await page.fill('#f-password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${h.baseUrl}/admin/signin/two-factor`);
    expect(await serious()).toEqual([]);
    const code = await freshCode();
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/articles`);
    const me = (await fetchFromPage(page, '/admin/api/me', meResponse)).data.email;
    expect(me).toBe('desk@example.com');
  });
});
