import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite, SEED_URL } from '../../../test/utils/reader-site.ts';

/** Listings: the front page, sections, tags and authors, date archives and the latest page, with their pagination. */
/** The main column of a page with a sidebar: what the page itself lists. */
const mainColumn = (html: string): string =>
  /<div class="main-column">(.*?)(?:<div class="sidebar|<\/main>)/s.exec(html)?.[1] ?? '';

describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('listings', () => {
    it('front page: lead, secondary stories, latest with times, and pagination', async () => {
      const res = await get('/en/');
      expect(res.statusCode).toBe(200);
      const html = res.body;
      expect(html).toMatch(/<article class="lead"[^>]*>.*Moscow expresses regret/s);
      expect(html).toContain('class="secondary"');
      expect(html).toContain('<h2 id="latest-heading">Latest news</h2>');
      expect(html).toContain('Page 1 of 2');
      expect(html).toContain('<a href="/en/?page=2" rel="next">');
      const page2 = await get('/en/?page=2');
      expect(page2.statusCode).toBe(200);
      expect(page2.body).toContain('Page 2 of 2');
      expect(page2.body).toContain('<a href="/en/" rel="prev">');
      expect(page2.body).not.toContain('class="lead"');
    });

    it('pages never repeat or drop an article', async () => {
      // The latest news (page 1's sidebar list, the later pages) walk through every article once.
      const ids = new Set<string>();
      let count = 0;
      for (const p of [1, 2]) {
        const html = (await get(p === 1 ? '/en/' : `/en/?page=${p}`)).body;
        for (const m of html.matchAll(/<a class="title" href="(\/en\/(?:world|economy)\/[^"/]+)"/g)) {
          ids.add(m[1]!);
          count++;
        }
      }
      expect(count).toBe(ids.size);
      expect(ids.size).toBe(await site.app.container.store.repos.listings.countPublished({ language: 'en' }));
    });

    it('front page 1: lead, top stories and section rows show each story once, under its section', async () => {
      const html = (await get('/en/')).body;
      const main = /<div class="main-column">(.*?)<div class="sidebar">/s.exec(html)?.[1] ?? '';
      const shown = [
        ...main.matchAll(
          /<h[23][^>]*>(?:<span class="badge">[^<]*<\/span>)?<a href="(\/en\/(\w+)\/[^"/]+)"/g,
        ),
      ];
      expect(shown.length).toBeGreaterThan(5);
      expect(new Set(shown.map((m) => m[1])).size).toBe(shown.length);
      // Each row holds its own section's stories only.
      for (const row of main.matchAll(
        /<section class="section-row"[^>]*><h2[^>]*><a href="\/en\/(\w+)\/">(.*?)<\/section>/gs,
      )) {
        const sections = [...row[2]!.matchAll(/<a href="\/en\/(\w+)\/[^"/]+"/g)].map((m) => m[1]);
        expect(sections.length).toBeGreaterThan(0);
        expect(new Set(sections)).toEqual(new Set([row[1]]));
      }
      expect(main).toMatch(
        /<section class="section-row"[^>]*><h2 id="row-economy"><a href="\/en\/economy\/">Economy<\/a>/,
      );
    });

    it('section page lists only its section, with its description', async () => {
      const res = await get('/en/economy/');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1 class="page-title">Economy</h1>');
      expect(res.body).toContain('Markets, energy and trade.');
      const main = mainColumn(res.body);
      expect(main).toContain('Caspian market note number 12');
      expect(main).not.toContain('Moscow expresses regret');
      expect((await get('/en/economy')).headers.location).toBe('/en/economy/');
    });

    it('section, tag and author pages: a lead with its time, then a grid, the site latest beside', async () => {
      const html = (await get('/en/economy/')).body;
      const main = mainColumn(html);
      // The newest filler leads (no section kicker on the section's own page), the rest are cards.
      expect(main).toMatch(
        /^<article class="lead"[^>]*><div class="lead-text"><h2 class="headline"><a href="\/en\/economy\/[^"]+">Caspian market note number 12<\/a><\/h2>.*?<p class="stamp"><time datetime="2025-11-10T21:00/s,
      );
      const cards = [...main.matchAll(/<article class="card[^"]*"/g)];
      expect(cards).toHaveLength(site.app.container.site.settings().pageSize - 1);
      expect(main).toContain('<section class="listing-grid" aria-label="More articles">');
      expect(main).not.toContain('class="section-label"');
      // The sidebar: the site's latest (here the world's seed, not on this page) and no repeat of the page.
      const sidebar = html.slice(html.indexOf('<div class="sidebar">'));
      expect(sidebar).toContain('<h2 id="latest-heading">Latest news</h2>');
      expect(sidebar).toContain('Moscow expresses regret');
      const onPage = new Set([...main.matchAll(/<a href="(\/en\/economy\/[^"]+)"/g)].map((m) => m[1]));
      for (const m of sidebar.matchAll(/<a class="title" href="([^"]+)"/g))
        expect(onPage.has(m[1])).toBe(false);
      // Later pages: cards only, paging kept.
      const page2 = (await get('/en/economy/?page=2')).body;
      expect(mainColumn(page2)).not.toContain('class="lead');
      expect(mainColumn(page2)).toContain('<a href="/en/economy/" rel="prev">');
      // Tag pages label each card with its section.
      expect(mainColumn((await get('/en/tag/energy')).body)).toContain(
        '<span class="section-label">Economy</span>',
      );
    });

    it('tag and author pages list their articles', async () => {
      const tag = await get('/en/tag/energy');
      expect(tag.statusCode).toBe(200);
      expect(tag.body).toContain('Tag: Energy');
      expect(mainColumn(tag.body).match(/<h[23][^>]*><a href=/g)).toHaveLength(4);
      const diplomacy = await get('/en/tag/diplomacy');
      expect(mainColumn(diplomacy.body)).toContain('Moscow expresses regret');
      const author = await get('/en/author/leyla-hasanova');
      expect(author.statusCode).toBe(200);
      expect(author.body).toContain('<h1 class="page-title">Leyla Hasanova</h1>');
      expect(author.body).toContain('Economics correspondent');
      expect(author.body).toContain('Page 1 of 2');
      expect(mainColumn((await get('/en/author/leyla-hasanova?page=2')).body)).toContain(
        'Caspian market note number 1<',
      );
    });

    it('an article alone in its section offers the site latest in its sidebar', async () => {
      // The seed is the only English article in World.
      const html = (await get(SEED_URL)).body;
      const sidebar = html.slice(html.indexOf('<div class="sidebar related">'));
      expect(sidebar).toContain('<h2 id="related-heading">Latest news</h2>');
      expect(sidebar).toContain('Caspian market note number 12');
      expect(sidebar).not.toContain('More in this section');
      // One with neighbours keeps its section's.
      const filler = (await get(`/en/economy/${site.fx.fillers[0]!.slug}`)).body;
      expect(filler).toContain('<h2 id="related-heading">More in this section</h2>');
    });

    it('links bylines to author pages and tags to tag pages', async () => {
      const html = (await get(`/en/economy/${site.fx.fillers[0]!.slug}`)).body;
      expect(html).toContain('By <a href="/en/author/leyla-hasanova" rel="author">Leyla Hasanova</a>');
      expect(html).toContain('<a href="/en/tag/energy" rel="tag">Energy</a>');
    });
  });

  describe('archives and latest', () => {
    it('day, month and year archives list what was published then, in the site time zone', async () => {
      const day = await get('/en/2025/11/21/');
      expect(day.statusCode).toBe(200);
      expect(day.body).toContain('<h1 class="page-title">Archive: 21 November 2025</h1>');
      expect(day.body).toContain('Moscow expresses regret');
      expect(day.body).toContain('<p class="count">1 article</p>');
      // Fillers are 06:00–17:00 UTC on 10 November: 10:00–21:00 in Baku, all on the 10th.
      const tenth = await get('/en/2025/11/10/');
      expect(tenth.body).toContain('<p class="count">12 articles</p>');
      const month = await get('/en/2025/11/');
      expect(month.body).toContain('Archive: November 2025');
      expect(month.body).toMatch(/<p class="count">\d+ articles<\/p>/);
      expect((await get('/en/2025/')).body).toContain('Archive: 2025');
      expect((await get('/en/2025')).headers.location).toBe('/en/2025/');
      expect((await get('/ru/2025/11/')).body).toContain('Архив: Ноябрь 2025');
    });

    it('links the article date to its day', async () => {
      expect((await get(SEED_URL)).body).toContain('<a href="/en/2025/11/21/" class="date-link">');
    });

    it.each(['/en/2025/13/', '/en/2025/02/30/', '/en/1800/', '/en/2025/1/', '/en/2025/11/21/?page=9'])(
      '%s is not found',
      async (url) => {
        expect((await get(url)).statusCode).toBe(404);
      },
    );

    it('the latest page lists everything, newest first, with pagination', async () => {
      const res = await get('/en/latest/');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1 class="page-title">Latest news</h1>');
      expect(res.body).toContain('Page 1 of 2');
    });
  });
});
