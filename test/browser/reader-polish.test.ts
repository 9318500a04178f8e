import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { SEED_SLUG } from '../fixtures/content.ts';
import { startHarness, type BrowserHarness } from './harness.ts';
import { ifStarted } from '../utils/if-started.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's landmark rules (best practice, so not in the WCAG run of accessibility.test.ts). */
async function landmarkViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['best-practice'] } });
    return result.violations
      .filter((v) => v.id.startsWith('landmark') || v.id === 'region')
      .map((v) => ({ id: v.id, targets: v.nodes.flatMap((n) => n.target) }));
  });
}

describe('reader site polish (Chromium)', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => ifStarted(h)?.close());

  it('refreshes "how long ago" in the browser from the <time datetime> (cached pages stay honest)', async () => {
    const published = new Date(Date.now() - 5 * 60_000);
    await h.app.container.writer.create({
      language: 'en',
      headline: 'Fresh harbour note',
      sectionSlug: 'economy',
      body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
      status: 'published',
      publishedAt: published,
    });
    const html = await (await fetch(`${h.baseUrl}/en/latest/`)).text();
    expect(html).toMatch(/data-rel title="[^"]+">5 minutes ago<\/time>/);
    // The same page read two hours later (from a cache, say): the label follows the reader's clock.
    const page = await h.newPage();
    await page.clock.install({ time: published.getTime() + 2 * 3600_000 + 60_000 });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${h.baseUrl}/en/latest/`);
    const stamp = page.locator('li', { hasText: 'Fresh harbour note' }).locator('time');
    expect(await stamp.textContent()).toBe('2 hours ago');
    // A day on, the absolute time from the title.
    await page.clock.fastForward('24:00:00');
    expect(await stamp.textContent()).toBe(await stamp.getAttribute('title'));
    expect(errors).toEqual([]); // CSP allows the inline script
  });

  const pages = [
    '/en/',
    `/en/world/${SEED_SLUG}`,
    '/en/economy/',
    '/en/author/leyla-hasanova',
    '/en/search?q=note',
  ];
  it.each(pages)('%s has no duplicate or unnamed landmarks', async (path) => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}${path}`);
    expect(await landmarkViolations(page)).toEqual([]);
  });
});
