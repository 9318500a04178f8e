import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite, SEED_URL } from '../../../test/utils/reader-site.ts';

/** The article page as a reader reads it: headline, dates, source, body, the text-size control, updates and corrections, escaped text. */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('the seed article page', () => {
    it('renders headline, standfirst, section, date in the site zone and the source', async () => {
      const res = await get(SEED_URL);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = res.body;
      expect(html).toMatch(/^<!doctype html><html lang="en"/);
      expect(html).toContain(
        `<h1 class="headline">Moscow expresses regret over damage to Azerbaijan’s embassy in Kyiv</h1>`,
      );
      expect(html).toContain('<p class="standfirst">Russia blames Ukrainian air defences;');
      expect(html).toContain(
        '<time datetime="2025-11-21T12:00:00+04:00" class="published">21 November 2025</time>',
      );
      expect(html).toMatch(/<p class="kicker"><a href="\/en\/world\/">World<\/a><\/p>/);
      expect(html).toMatch(
        /<h2 id="sources-heading">Source<\/h2><ul><li>News\.Az, citing Azerbaijani media<\/li><\/ul>/,
      );
      expect(html).toContain(`<link rel="canonical" href="http://news.test${SEED_URL}"/>`);
      expect(html).toContain(
        `<title>Moscow expresses regret over damage to Azerbaijan’s embassy in Kyiv — Newsdesk</title>`,
      );
    });

    it('keeps the body as written: six paragraphs, typographic quotes, no page chrome', async () => {
      const html = (await get(SEED_URL)).body;
      const body = /<div class="article-body">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
      expect(body.match(/<p>/g)).toHaveLength(6);
      expect(body).toContain('Moscow has expressed “sincere regret” over the damage');
      expect(body).toContain('the alleged ‘targeted nature of missile strikes’ against');
      expect(body).toContain('Azerbaijan’s Ambassador to Russia, Rahman Mustafayev');
      expect(body).not.toContain('16 px');
      expect(body).not.toContain('↺');
    });

    it('has the text-size control in the seed order with translated names and a polite readout', async () => {
      const html = (await get(SEED_URL)).body;
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

    it('shows an "Updated" line and corrections when the article has them', async () => {
      const a = await site.app.container.writer.create({
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

    it('shows an edited body on the next request, and the old one again when it comes back', async () => {
      // The reader's page parses and renders a body once per stored text: an edit is new text.
      const body = (text: string) => [
        { type: 'paragraph' as const, content: [{ text, href: 'https://example.org/a' }] },
      ];
      const a = await site.app.container.writer.create({
        language: 'en',
        headline: 'A story about the ferry timetable',
        sectionSlug: 'economy',
        body: body('First ferry text.'),
        status: 'published',
        publishedAt: new Date('2025-10-03T08:00:00Z'),
      });
      const bodyOf = async () =>
        /<div class="article-body">(.*?)<\/div>/s.exec((await get(`/en/economy/${a.slug}`)).body)?.[1];
      const first = '<p><a href="https://example.org/a" rel="noopener">First ferry text.</a></p>';
      expect(await bodyOf()).toBe(first);
      expect(await bodyOf()).toBe(first);
      await site.app.container.writer.update(a.id, { body: body('Second ferry text.') });
      expect(await bodyOf()).toBe(
        '<p><a href="https://example.org/a" rel="noopener">Second ferry text.</a></p>',
      );
      await site.app.container.writer.update(a.id, { body: body('First ferry text.') });
      expect(await bodyOf()).toBe(first);
    });

    it('escapes text from the database', async () => {
      const a = await site.app.container.writer.create({
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
});
