import { afterEach, describe, expect, it } from 'vitest';
import { smartQuotes } from '../../lib/typography.ts';
import { buildApp, loadDemo, type App } from '../../app.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { demoArticles } from './demo-content.ts';
import { demoArticlesAz } from './demo-content-az.ts';
import { demoArticlesRu } from './demo-content-ru.ts';
import { demoLiveBlogs } from './demo-live.ts';
import { slugify } from '../../lib/slug.ts';
import { SEED_HEADLINE } from './load-demo.ts';

const SEED_URL = '/en/world/moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv';

describe.each(dialects)('demo content on %s', (dialect) => {
  let tdb: TestDatabase | undefined;
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    await tdb?.drop();
    app = undefined;
  });

  // Each of these loads the whole demo (analysis included): a minute or more on a busy machine.
  it(
    'fills an empty site on first start: the seed article, sections, authors, pagination',
    { timeout: 180_000 },
    async () => {
      tdb = await createTestDatabase(dialect);
      // The evening of the demo's breaking story (breaking news ends: a year later there is no strip).
      const clock = { now: () => new Date('2025-11-24T16:00:00Z') };
      app = await buildApp(testConfig(tdb, { demo: true }), { logger: false, clock });
      const seed = await app.server.inject(SEED_URL);
      expect(seed.statusCode).toBe(200);
      expect(seed.body).toContain(`<h1 class="headline">${smartQuotes(SEED_HEADLINE, 'en')}</h1>`);
      expect(seed.body).toContain(
        '<time datetime="2025-11-21T12:00:00+04:00" class="published">21 November 2025</time>',
      );
      expect(seed.body).toContain('News.Az, citing Azerbaijani media');
      const count = await app.container.store.repos.articles.count();
      // + the seed and its live blog in en, az and ru
      expect(count).toBe(demoArticles.length + demoArticlesAz.length + demoArticlesRu.length + 6);
      expect((await app.server.inject('/az/')).body).toContain(demoArticlesAz[0]!.headline);
      expect((await app.server.inject('/ru/')).body).toContain('Последние новости');
      const front = await app.server.inject('/en/');
      expect(front.body).toMatch(/Page 1 of [2-9]/);
      expect(front.body).toContain('class="breaking"');
      expect((await app.container.taxonomy.sections()).length).toBeGreaterThanOrEqual(6);
      // Each language's front page links its live blog, whose page has the entries and LiveBlogPosting.
      for (const blog of demoLiveBlogs) {
        const path = `/${blog.language}/world/${slugify(blog.headline)}`;
        const home = (await app.server.inject(`/${blog.language}/`)).body;
        expect(home, blog.language).toMatch(
          new RegExp(`<a href="${path}"><span class="live-label">[^<]+</span> `),
        );
        const page = await app.server.inject(path);
        expect(page.statusCode, path).toBe(200);
        for (const e of blog.entries)
          expect(page.body).toContain(`<time datetime="${new Date(e.at).toISOString()}"`);
        expect(page.body.match(/class="live-entry live-entry-pinned"/g)).toHaveLength(1);
        expect(page.body).toContain(`href="${path}/live.xml"`);
        const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)?.[1] ?? '';
        const posting = (JSON.parse(ld) as { '@type': string; liveBlogUpdate?: unknown[] }[]).find(
          (d) => d['@type'] === 'LiveBlogPosting',
        );
        expect(posting?.liveBlogUpdate).toHaveLength(blog.entries.length);
      }
      // Demo authors have a drawn portrait on their page, served from the media library.
      const author = (await app.server.inject('/en/author/leyla-rustamova')).body;
      const photo = /<img class="author-photo" src="(\/media\/[\w-]+\/320\.jpg)"/.exec(author)?.[1];
      expect(photo).toBeDefined();
      const portrait = await app.server.inject(photo!);
      expect([portrait.statusCode, portrait.headers['content-type']]).toEqual([200, 'image/jpeg']);
      // Restarting on the same database loads nothing twice.
      await app.close();
      app = await buildApp(testConfig(tdb, { demo: true }), { logger: false });
      expect(await app.container.store.repos.articles.count()).toBe(count);
    },
  );

  it('finishes a load that was interrupted, without duplicates', { timeout: 180_000 }, async () => {
    tdb = await createTestDatabase(dialect);
    app = await buildApp(testConfig(tdb, { demo: false }), { logger: false });
    const c = app.container;
    await c.store.repos.settings.set('demo', 'loading');
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    await c.writer.create({
      ...demoArticles[0]!,
      language: 'en',
      status: 'published',
      publishedAt: new Date(demoArticles[0]!.publishedAt),
      updatedAt: null,
      corrections: [],
    });
    await loadDemo(c);
    expect(await c.store.repos.articles.count()).toBe(
      demoArticles.length + demoArticlesAz.length + demoArticlesRu.length + 6,
    );
  });

  it('NEWSDESK_DEMO=0 starts empty, and demo content never goes into a site that has articles', async () => {
    tdb = await createTestDatabase(dialect);
    app = await buildApp(testConfig(tdb, { demo: false }), { logger: false });
    expect(await app.container.store.repos.articles.count()).toBe(0);
    expect((await app.server.inject('/en/')).body).toContain('No articles have been published here yet.');
    await app.container.taxonomy.createSection({ slug: 'local', name: 'Local' });
    await app.container.writer.create({
      language: 'en',
      headline: 'Our own first story',
      sectionSlug: 'local',
      body: [{ type: 'paragraph', content: [{ text: 'Hello.' }] }],
      status: 'published',
    });
    await loadDemo(app.container);
    expect(await app.container.store.repos.articles.count()).toBe(1);
  });
});
