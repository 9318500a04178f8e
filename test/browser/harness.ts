import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { z } from 'zod';
import { loadFixtures } from '../fixtures/content.ts';
import { createTestApp, type TestApp } from '../utils/app.ts';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserHarness {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** GETs a path from the page (with its session cookie) and reads the JSON answer into `schema`. */
export async function fetchFromPage<S extends z.ZodType>(
  page: Page,
  path: string,
  schema: S,
): Promise<z.output<S>> {
  return schema.parse(await page.evaluate(async (p): Promise<unknown> => (await fetch(p)).json(), path));
}

/** An app with our fixtures listening on 127.0.0.1, and a headless Chromium to drive it. */
export async function startHarness(): Promise<BrowserHarness> {
  const app = await createTestApp('sqlite');
  await loadFixtures(app.container, 12);
  await app.container.analysis.analyzeMissing(); // key facts on article pages, as the background job would
  const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  const contexts: { close(): Promise<void> }[] = [];
  return {
    app,
    baseUrl: address,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await app.dispose();
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page against WCAG 2.0/2.1/2.2 A and AA rules. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) forbids injected inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/**
 * Layout shift over the page's life: loaded, fonts in, then scrolled to the bottom (lazy pictures
 * arrive) and back. Scrolling by script is not input, so shifts it reveals count.
 */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) total += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const settle = async () => {
      await document.fonts.ready;
      const pending = [...document.images].filter((i) => !i.complete);
      await Promise.all(pending.map((i) => new Promise((done) => i.addEventListener('load', done))));
      await new Promise((done) => setTimeout(done, 150));
    };
    await settle();
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((done) => requestAnimationFrame(done));
    }
    await settle();
    window.scrollTo(0, 0);
    await settle();
    return total;
  });
}
