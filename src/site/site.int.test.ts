import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, SEED_SLUG, type Fixtures } from '../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';

/** The reader site as a reader's browser sees it: status, headers, HTML. */
describe.each(dialects)('reader site on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.server.inject({ method: 'GET', url, headers });
  const seedUrl = `/en/world/${SEED_SLUG}`;

  beforeAll(async () => {
    app = await createTestApp(dialect, {}, { clock: { now: () => new Date('2025-11-21T15:00:00Z') } });
    fx = await loadFixtures(app.container, 12);
  });
  afterAll(async () => app?.dispose());

  describe('the seed article page', () => {
    it('renders headline, standfirst, section, date in the site zone and the source', async () => {
      const res = await get(seedUrl);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = res.body;
      expect(html).toMatch(/^<!doctype html><html lang="en"/);
      expect(html).toContain(
        `<h1 class="headline">Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv</h1>`,
      );
      expect(html).toContain('<p class="standfirst">Russia blames Ukrainian air defences;');
      expect(html).toContain(
        '<time datetime="2025-11-21T12:00:00+04:00" class="published">21 November 2025</time>',
      );
      expect(html).toMatch(/<p class="kicker"><a href="\/en\/world\/">World<\/a><\/p>/);
      expect(html).toMatch(
        /<h2 id="sources-heading">Source<\/h2><ul><li>News\.Az, citing Azerbaijani media<\/li><\/ul>/,
      );
      expect(html).toContain(`<link rel="canonical" href="http://news.test${seedUrl}"/>`);
      expect(html).toContain(
        `<title>Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv — Newsdesk</title>`,
      );
    });

    it('keeps the body as written: six paragraphs, typographic quotes, no page chrome', async () => {
      const html = (await get(seedUrl)).body;
      const body = /<div class="article-body">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
      expect(body.match(/<p>/g)).toHaveLength(6);
      expect(body).toContain('Moscow has expressed “sincere regret” over the damage');
      expect(body).toContain('the alleged ‘targeted nature of missile strikes’ against');
      expect(body).toContain('Azerbaijan’s Ambassador to Russia, Rahman Mustafayev');
      expect(body).not.toContain('16 px');
      expect(body).not.toContain('↺');
    });

    it('has the text-size control in the seed order with translated names and a polite readout', async () => {
      const html = (await get(seedUrl)).body;
      const control =
        /<div class="textsize" role="group" aria-label="Text size">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
      const labels = [
        ...control.matchAll(
          /<button type="button" data-ts="(\w+)" aria-label="([^"]+)"[^>]*>([^<]+)<\/button>/g,
        ),
      ].map((m) => [m[1], m[2], m[3]]);
      expect(labels).toEqual([
        ['increase', 'Increase text size', '+'],
        ['reset', 'Reset text size', '↺'],
        ['decrease', 'Decrease text size', '−'],
      ]);
      expect(control).toMatch(/<span data-ts-readout(?:="")? aria-live="polite">16 px<\/span>$/);
      expect(html).toContain('data-ts-min="12" data-ts-max="32" data-ts-step="2" data-ts-default="16"');
    });

    it('describes itself to search engines and social sites: NewsArticle, BreadcrumbList, OpenGraph, Twitter', async () => {
      const html = (await get(seedUrl)).body;
      const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      const [article, crumbs] = JSON.parse(block!) as [Record<string, unknown>, Record<string, unknown>];
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv",
        inLanguage: 'en',
        articleSection: 'World',
        datePublished: '2025-11-21T08:00:00.000Z',
        dateModified: '2025-11-21T08:00:00.000Z',
        mainEntityOfPage: { '@type': 'WebPage', '@id': `http://news.test${seedUrl}` },
        author: [{ '@type': 'Organization', name: 'News.Az' }],
        publisher: { '@type': 'NewsMediaOrganization', name: 'Newsdesk', logo: { '@type': 'ImageObject' } },
        isBasedOn: [{ '@type': 'CreativeWork', name: 'News.Az, Azerbaijani media' }],
        keywords: 'Diplomacy, Azerbaijan',
      });
      expect(String((article.publisher as { logo: { url: string } }).logo.url)).toMatch(
        /^http:\/\/news\.test\/assets\/logo\.[0-9a-f]{12}\.svg$/,
      );
      expect(crumbs).toMatchObject({
        '@type': 'BreadcrumbList',
        itemListElement: [
          { position: 1, name: 'Newsdesk', item: 'http://news.test/en/' },
          { position: 2, name: 'World', item: 'http://news.test/en/world/' },
          { position: 3, item: `http://news.test${seedUrl}` },
        ],
      });
      expect(html).toContain('<meta property="og:type" content="article"/>');
      expect(html).toContain(`<meta property="og:url" content="http://news.test${seedUrl}"/>`);
      expect(html).toContain('<meta property="og:locale" content="en_GB"/>');
      expect(html).toContain('<meta property="article:published_time" content="2025-11-21T08:00:00.000Z"/>');
      expect(html).toContain('<meta name="twitter:card" content="summary"/>');
    });

    it('cannot be broken out of by article text in structured data', async () => {
      const a = await app.container.writer.create({
        language: 'en',
        headline: 'Sneaky </script><script>alert(1)</script> headline',
        sectionSlug: 'economy',
        body: [{ type: 'paragraph', content: [{ text: 'x' }] }],
        status: 'published',
        publishedAt: new Date('2025-09-01T08:00:00Z'),
      });
      const html = (await get(`/en/economy/${a.slug}`)).body;
      const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      expect(JSON.parse(block!)[0].headline).toBe('Sneaky </script><script>alert(1)</script> headline');
      expect(html).not.toContain('<script>alert(1)</script>');
    });

    it('sends security headers with a CSP that allows exactly its inline scripts', async () => {
      const res = await get(seedUrl);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      const hashes = [...csp.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]);
      expect(hashes).toHaveLength(3);
      const scripts = [
        ...res.body.matchAll(/<script(?: data-article="[0-9a-f-]{36}")?>(.*?)<\/script>/gs),
      ].map((m) => m[1]!);
      expect(scripts).toHaveLength(3);
      const { createHash } = await import('node:crypto');
      for (const s of scripts)
        expect(hashes).toContain(`'sha256-${createHash('sha256').update(s).digest('base64')}'`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('answers with caching headers and 304 for a matching ETag', async () => {
      const res = await get(seedUrl);
      expect(res.headers['cache-control']).toContain('s-maxage=');
      expect(res.headers['cache-control']).toContain('stale-while-revalidate=');
      expect(new Date(String(res.headers['last-modified'])).getTime()).toBeGreaterThan(0);
      const etag = String(res.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(seedUrl, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('redirects with 301 after the slug changes, and for a stale section', async () => {
      const renamed = await app.container.writer.changeSlug(fx.seed.id, 'moscow-regrets-embassy-damage');
      try {
        const old = await get(seedUrl);
        expect(old.statusCode).toBe(301);
        expect(old.headers.location).toBe('/en/world/moscow-regrets-embassy-damage');
        expect((await get('/en/world/moscow-regrets-embassy-damage')).statusCode).toBe(200);
        const wrongSection = await get('/en/economy/moscow-regrets-embassy-damage');
        expect(wrongSection.statusCode).toBe(301);
        expect(wrongSection.headers.location).toBe('/en/world/moscow-regrets-embassy-damage');
      } finally {
        await app.container.writer.changeSlug(renamed.id, SEED_SLUG);
      }
      expect((await get(seedUrl)).statusCode).toBe(200);
    });

    it('shows an "Updated" line and corrections when the article has them', async () => {
      const a = await app.container.writer.create({
        language: 'en',
        headline: 'Corrected story about the harvest',
        sectionSlug: 'economy',
        body: [{ type: 'paragraph', content: [{ text: 'Harvest text.' }] }],
        status: 'published',
        publishedAt: new Date('2025-11-01T08:00:00Z'),
        updatedAt: new Date('2025-11-02T10:05:00Z'),
        corrections: [
          { text: 'An earlier version gave the wrong tonnage.', createdAt: new Date('2025-11-02T10:05:00Z') },
        ],
      });
      const html = (await get(`/en/economy/${a.slug}`)).body;
      expect(html).toContain(
        'Updated <time datetime="2025-11-02T14:05:00+04:00" class="updated">2 November 2025, 14:05</time>',
      );
      expect(html).toMatch(
        /<h2 id="corrections-heading">Corrections<\/h2><ul><li><time datetime="2025-11-02T14:05:00\+04:00">2 November 2025<\/time>: An earlier version gave the wrong tonnage\.<\/li>/,
      );
    });

    it('escapes text from the database', async () => {
      const a = await app.container.writer.create({
        language: 'en',
        headline: 'Headline with <script>alert(1)</script> & ampersand',
        sectionSlug: 'economy',
        body: [{ type: 'paragraph', content: [{ text: '<img src=x onerror=alert(1)>' }] }],
        status: 'published',
        publishedAt: new Date('2025-10-01T08:00:00Z'),
      });
      const html = (await get(`/en/economy/${a.slug}`)).body;
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('Headline with &lt;script>alert(1)&lt;/script> &amp; ampersand');
    });
  });

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
      const ids = new Set<string>();
      let count = 0;
      for (const p of [1, 2]) {
        const html = (await get(p === 1 ? '/en/' : `/en/?page=${p}`)).body;
        for (const m of html.matchAll(/<a (?:class="title" )?href="(\/en\/(?:world|economy)\/[^"/]+)"/g)) {
          if (m[1]!.endsWith('/')) continue;
          ids.add(m[1]!);
          count++;
        }
      }
      expect(count).toBe(ids.size);
      expect(ids.size).toBe(await app.container.store.repos.listings.countPublished({ language: 'en' }));
    });

    it('section page lists only its section, with its description', async () => {
      const res = await get('/en/economy/');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1 class="page-title">Economy</h1>');
      expect(res.body).toContain('Markets, energy and trade.');
      expect(res.body).toContain('Caspian market note number 12');
      expect(res.body).not.toContain('Moscow expresses regret');
      expect((await get('/en/economy')).headers.location).toBe('/en/economy/');
    });

    it('tag and author pages list their articles', async () => {
      const tag = await get('/en/tag/energy');
      expect(tag.statusCode).toBe(200);
      expect(tag.body).toContain('Tag: Energy');
      expect(tag.body.match(/class="title"/g)).toHaveLength(4);
      const diplomacy = await get('/en/tag/diplomacy');
      expect(diplomacy.body).toContain('Moscow expresses regret');
      const author = await get('/en/author/leyla-hasanova');
      expect(author.statusCode).toBe(200);
      expect(author.body).toContain('<h1 class="page-title">Leyla Hasanova</h1>');
      expect(author.body).toContain('Economics correspondent');
      expect(author.body).toContain('Page 1 of 2');
      expect((await get('/en/author/leyla-hasanova?page=2')).body).toContain('Caspian market note number 1<');
    });

    it('links bylines to author pages and tags to tag pages', async () => {
      const html = (await get(`/en/economy/${fx.fillers[0]!.slug}`)).body;
      expect(html).toContain('By <a href="/en/author/leyla-hasanova" rel="author">Leyla Hasanova</a>');
      expect(html).toContain('<a href="/en/tag/energy" rel="tag">Energy</a>');
    });
  });

  describe('key facts (story intelligence)', () => {
    it('shows who, where, when and who said what once the article has been read and approved', async () => {
      expect((await get(seedUrl)).body).not.toContain('class="key-facts"');
      expect(await app.container.events.dispatchPending()).toBeGreaterThan(0); // the publish events
      // Read, but nothing approved yet: readers see nothing machine-made (storyFacts: review).
      expect((await get(seedUrl)).body).not.toContain('class="key-facts"');
      await app.container.analysis.approve(fx.seed.id, { all: true }, null);
      const html = (await get(seedUrl)).body;
      const panel = /<aside class="key-facts"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? '';
      expect(panel).toContain(
        '<li><strong><a href="/en/topic/person/mikhail-galuzin">Mikhail Galuzin</a></strong>, Russian Deputy Foreign Minister</li>',
      );
      expect(panel).toContain(
        '<a href="/en/topic/person/rahman-mustafayev">Rahman Mustafayev</a></strong>, Azerbaijan’s Ambassador to Russia',
      );
      expect(panel).toContain('<a href="/en/topic/place/kyiv">Kyiv</a>');
      expect(panel).toMatch(/Moscow · Azerbaijan · Kyiv|Azerbaijan|Kyiv/);
      expect(panel).toContain('<time datetime="2022-02-22">22 February 2022</time>');
      expect(panel).toContain('<time datetime="2025-11-14">14 November 2025</time>');
      expect(panel).toContain('<time>30 June 2025 – 1 July 2025</time>');
      expect(panel).toContain('<time datetime="2025-11-14T01:00">14 November 2025, 01:00</time>');
      expect(panel).toMatch(
        /<q>The Russian side expresses sincere regret over what happened\..*?<\/q> — Russian Foreign Ministry/,
      );
      // Events in calendar order.
      const dates = [...panel.matchAll(/<time(?: datetime="([^"]+)")?>/g)].map((m) => m[1] ?? '');
      expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort());
    });

    it('groups a follow-up with the seed into a story whose timeline merges both (14 Nov strike and protest, 21 Nov meeting)', async () => {
      const followUp = await app.container.writer.create({
        language: 'en',
        headline: 'Azerbaijan protests to Russia after missile strike hits its Kyiv embassy',
        sectionSlug: 'world',
        body: [
          {
            type: 'paragraph',
            content: [
              {
                text: 'The Azerbaijani Foreign Ministry summoned Russian Ambassador Mikhail Yevdokimov on November 14 to protest after a missile strike damaged Azerbaijan’s embassy in Kyiv overnight. Officials in Baku said the embassy compound and service vehicles in Kyiv were damaged when an Iskander missile landed on the grounds around 1 a.m.',
              },
            ],
          },
        ],
        status: 'published',
        publishedAt: new Date('2025-11-14T16:00:00Z'),
      });
      await app.container.events.dispatchPending();
      await app.container.analysis.approve(followUp.id, { all: true }, null);
      const storyId = await app.container.stories.storyOf(followUp.id);
      expect(storyId).toBe(await app.container.stories.storyOf(fx.seed.id));
      const story = await get(`/en/story/${storyId}`);
      expect(story.statusCode).toBe(200);
      expect(story.body).toContain('<p class="count">2 articles on this story</p>');
      const timeline = /<ol class="timeline story-timeline">(.*?)<\/ol>/s.exec(story.body)?.[1] ?? '';
      const dates = [...timeline.matchAll(/<time(?: datetime="([^"]+)")?>([^<]+)<\/time>/g)].map((m) => m[2]);
      expect(dates).toContain('14 November 2025');
      expect(dates).toContain('21 November 2025');
      expect(dates.indexOf('14 November 2025')).toBeLessThan(dates.indexOf('21 November 2025'));
      expect(timeline).toContain(`<a href="/en/world/${followUp.slug}">`);
      expect(timeline).toContain(`<a href="/en/world/${SEED_SLUG}">`);
      // Each event once: both articles tell of the summoning on the 14th and the strike at 1 a.m.
      const entries = [...timeline.matchAll(/<li>(.*?)<\/li>/gs)].map((m) =>
        m[1]!.replace(/<a [^>]*>.*?<\/a>/g, '').replace(/<[^>]+>/g, '|'),
      );
      expect(entries.filter((e) => e.includes('14 November 2025, 01:00'))).toHaveLength(1);
      expect(entries.filter((e) => /summoned/i.test(e))).toHaveLength(1);
      const seedPage = (await get(seedUrl)).body;
      expect(seedPage).toContain(
        `<a href="/en/story/${storyId}">Follow this story: timeline of 2 articles</a>`,
      );
      // The story box on an article never links the article to itself.
      const box =
        /<section class="key-facts" aria-labelledby="story-heading">(.*?)<\/section>/s.exec(seedPage)?.[1] ??
        '';
      expect(box).not.toContain(`href="/en/world/${SEED_SLUG}"`);
      // An unrelated article stays out of the story.
      expect(await app.container.stories.storyOf(fx.fillers[0]!.id)).not.toBe(storyId);
      expect((await get(`/en/story/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).statusCode).toBe(404);
    });

    it('topic pages gather a person’s articles and quotes, and a place’s articles', async () => {
      const person = await get('/en/topic/person/mikhail-galuzin');
      expect(person.statusCode).toBe(200);
      expect(person.body).toContain('<h1 class="page-title">Mikhail Galuzin</h1>');
      expect(person.body).toMatch(
        /<q>legitimate military objectives, including Ukrainian defense-industrial facilities, including those in Kyiv<\/q>/,
      );
      const place = await get('/en/topic/place/kyiv');
      expect(place.body).toContain('Moscow expresses regret');
      expect((await get('/en/topic/person/nobody-at-all')).statusCode).toBe(404);
      expect((await get('/en/topic/planet/mars')).statusCode).toBe(404);
    });

    it('puts the conflicting accounts of the damage side by side', async () => {
      const html = (await get(seedUrl)).body;
      const box = /<section class="conflicts"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
      expect(box).toContain('<h2 id="conflicts-heading">Conflicting accounts</h2>');
      expect(box).toContain('The parties disagree about the missile:');
      const claims = [...box.matchAll(/<figcaption>([^<]+)<\/figcaption><blockquote><p>([^<]+)<\/p>/g)].map(
        (m) => [m[1], m[2]],
      );
      expect(claims.map((c) => c[0])).toEqual(['Russian Foreign Ministry', 'Azerbaijani officials']);
      expect(claims[0]![1]).toContain('Patriot missile');
      expect(claims[1]![1]).toContain('Iskander missile landed on embassy grounds');
    });

    it('re-reads an article only when its text changes', async () => {
      const id = fx.fillers[5]!.id;
      expect(await app.container.analysis.refresh(id)).toBe(false);
      await app.container.writer.update(id, {
        body: [
          {
            type: 'paragraph',
            content: [{ text: 'Finance Minister Samir Aliyev said on Monday that talks in Baku went well.' }],
          },
        ],
      });
      expect(await app.container.analysis.refresh(id)).toBe(true);
      expect((await app.container.analysis.factsFor(id))?.people.map((p) => p.name)).toContain(
        'Samir Aliyev',
      );
      expect(await app.container.analysis.refresh(id)).toBe(false);
    });
  });

  describe('most read', () => {
    const view = (id: string, ip: string) =>
      app.server.inject({
        method: 'POST',
        url: '/api/views',
        payload: id,
        headers: { 'content-type': 'text/plain' },
        remoteAddress: ip,
      });

    it('counts views without cookies, once per reader per half hour, and lists the most read', async () => {
      const [a, b] = [fx.fillers[3]!, fx.fillers[4]!];
      for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3'])
        expect((await view(b.id, ip)).statusCode).toBe(204);
      await view(a.id, '10.0.0.1');
      await view(a.id, '10.0.0.1'); // a reload: not counted again
      const res = await view(a.id, '10.0.0.1');
      expect(res.headers['set-cookie']).toBeUndefined();
      const html = (await get('/en/')).body;
      const list = /<aside class="most-read"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? '';
      expect([...list.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual([
        b.headline,
        a.headline,
      ]);
      const rows = await app.container.database.db.selectFrom('article_views').selectAll().execute();
      expect(Object.keys(rows[0]!).sort()).toEqual(['article_id', 'day', 'views']);
    });

    it('ignores junk and unknown ids, answering 204 all the same', async () => {
      expect((await view('not-an-id', '10.0.0.9')).statusCode).toBe(204);
      expect((await view('00000000-0000-0000-0000-000000000000', '10.0.0.9')).statusCode).toBe(204);
      expect((await view('x'.repeat(500), '10.0.0.9')).statusCode).toBe(413);
    });

    it('the article page sends its beacon', async () => {
      expect((await get(seedUrl)).body).toContain(`<script data-article="${fx.seed.id}">`);
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
      expect((await get(seedUrl)).body).toContain('<a href="/en/2025/11/21/" class="date-link">');
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

  describe('search page', () => {
    it('finds the seed by words, highlights them, and shows the count', async () => {
      const res = await get('/en/search?q=iskander%20galuzin%20');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(
        '<h2 id="results-heading" aria-live="polite">1 result for “iskander galuzin”</h2>',
      );
      expect(res.body).toContain(`<a href="/en/world/${SEED_SLUG}">`);
      expect(res.body).toMatch(/<mark>Galuzin<\/mark>/);
      expect(res.body).toContain(
        '<input id="search-q" type="search" name="q" value="iskander galuzin " maxLength="500"/>'.replace(
          'maxLength',
          'maxlength',
        ),
      );
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    });

    it('filters by section and keeps the filters in the form and in page links', async () => {
      const none = await get('/en/search?q=embassy&section=economy');
      expect(none.body).toContain('No results for “embassy”');
      expect(none.body).toContain('<option value="economy" selected="">Economy</option>'.replace('=""', ''));
      const many = await get('/en/search?q=market%20note%20&section=economy');
      expect(many.body).toContain('12 results for “market note”');
      expect(many.body).toContain(
        'href="/en/search?q=market+note+&amp;section=economy&amp;page=2" rel="next"',
      );
      const page2 = await get('/en/search?q=market%20note%20&section=economy&page=2');
      expect(page2.body.match(/<li><h3>/g)).toHaveLength(2);
    });

    it('handles empty, short, punctuation and malformed input without an error page', async () => {
      expect((await get('/en/search')).body).toContain('Search by words or a “quoted phrase”.');
      expect((await get('/en/search?q=')).statusCode).toBe(200);
      expect((await get('/en/search?q=a')).body).toContain('Type at least two letters to search.');
      expect((await get('/en/search?q=%21%3F%2A%22')).statusCode).toBe(200);
      expect((await get('/en/search?q=embassy&page=abc')).statusCode).toBe(200);
      expect((await get('/en/search?q[]=x')).statusCode).toBe(200);
      const bad = await get('/en/search?q=embassy&from=2025-02-30');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('role="alert">Please correct the filters: From.</p>');
      expect(bad.body).toContain('aria-invalid="true"');
    });

    it('every page has a search form in the header', async () => {
      expect((await get('/en/economy/')).body).toContain(
        '<form class="header-search" role="search" method="get" action="/en/search">',
      );
    });
  });

  describe('not found and odd input', () => {
    it.each([
      '/en/world/no-such-story',
      '/en/nowhere/',
      '/en/tag/no-such-tag',
      '/en/author/nobody',
      '/xx/',
      '/en/?page=0',
      '/en/?page=abc',
      '/en/?page=99',
      '/en/economy/?page=-1',
      '/totally/unknown/path/here',
      // Date archives under something that is not a language (the date label is formatted in it).
      '/%20/2025/11/',
      '/xx/2025/11/21/',
      '/xx/2025/',
      '/e%C9%99/2025/11/',
    ])('%s answers a 404 page', async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Page not found');
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    });

    it('an unpublished article answers 410 and leaves listings and feeds', async () => {
      const a = await app.container.writer.create({
        language: 'en',
        headline: 'Withdrawn report',
        sectionSlug: 'economy',
        body: [{ type: 'paragraph', content: [{ text: 'Soon gone.' }] }],
        status: 'published',
        publishedAt: new Date('2025-08-01T08:00:00Z'),
      });
      await app.container.writer.unpublish(a.id);
      const res = await get(`/en/economy/${a.slug}`);
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('This article has been removed');
      expect((await get('/en/economy/feed.xml')).body).not.toContain('Withdrawn report');
    });

    it('does not show drafts', async () => {
      const draft = await app.container.writer.create({
        language: 'en',
        headline: 'Secret draft',
        sectionSlug: 'world',
        body: [{ type: 'paragraph', content: [{ text: 'Not yet.' }] }],
      });
      expect((await get(`/en/world/${draft.slug}`)).statusCode).toBe(404);
      expect((await get('/en/world/')).body).not.toContain('Secret draft');
    });
  });

  describe('plumbing', () => {
    it('/ sends readers to the default language', async () => {
      const res = await get('/');
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/en/');
      expect((await get('/en')).headers.location).toBe('/en/');
    });

    it('serves fingerprinted assets for a year, fonts included', async () => {
      const html = (await get('/en/')).body;
      const css = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
      expect(css).toBeDefined();
      const res = await get(css!);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body).toContain("font-family:'Source Serif 4'");
      expect(res.body).toContain('font-display:swap');
      expect(res.body).toContain('U+0259'); // ə
      expect(res.body).toContain('U+0400-045F'); // Cyrillic
      const font = /url\((\/assets\/fonts\/source-serif-4-latin-400-normal\.[0-9a-f]{12}\.woff2)\)/.exec(
        res.body,
      )?.[1];
      const fontRes = await get(font!);
      expect(fontRes.statusCode).toBe(200);
      expect(fontRes.headers['content-type']).toBe('font/woff2');
      expect((await get('/assets/site.000000000000.css')).statusCode).toBe(404);
    });

    it('answers /healthz and /readyz', async () => {
      expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
      expect((await get('/readyz')).json()).toEqual({ status: 'ready' });
    });
  });
});
