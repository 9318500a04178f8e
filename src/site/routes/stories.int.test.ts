import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../../../test/fixtures/content.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite, type ReaderSite, SEED_URL } from '../../../test/utils/reader-site.ts';

/**
 * Story intelligence on the reader site, in the order it happens: the analysis reads the published
 * articles, an editor approves, readers see key facts, stories and topics.
 */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);

  describe('key facts (story intelligence)', () => {
    approvedFactsAndStories(site);
    conflictsAndRereading(site);
  });
});

/** Once read and approved: the key-facts panel, the story timeline across articles, topic pages. */
function approvedFactsAndStories(site: ReaderSite) {
  const { get } = site;

  it('shows who, where, when and who said what once the article has been read and approved', async () => {
    expect((await get(SEED_URL)).body).not.toContain('class="key-facts"');
    expect(await site.app.container.events.dispatchPending()).toBeGreaterThan(0); // the publish events
    // Read, but nothing approved yet: readers see nothing machine-made (storyFacts: review).
    expect((await get(SEED_URL)).body).not.toContain('class="key-facts"');
    await site.app.container.analysis.approve(site.fx.seed.id, { all: true }, null);
    const html = (await get(SEED_URL)).body;
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
    const followUp = await site.app.container.writer.create({
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
    await site.app.container.events.dispatchPending();
    await site.app.container.analysis.approve(followUp.id, { all: true }, null);
    const storyId = await site.app.container.stories.storyOf(followUp.id);
    expect(storyId).toBe(await site.app.container.stories.storyOf(site.fx.seed.id));
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
    const seedPage = (await get(SEED_URL)).body;
    expect(seedPage).toContain(
      `<a href="/en/story/${storyId}">Follow this story: timeline of 2 articles</a>`,
    );
    // The story box on an article never links the article to itself.
    const box =
      /<section class="key-facts" aria-labelledby="story-heading">(.*?)<\/section>/s.exec(seedPage)?.[1] ??
      '';
    expect(box).not.toContain(`href="/en/world/${SEED_SLUG}"`);
    // An unrelated article stays out of the story.
    expect(await site.app.container.stories.storyOf(site.fx.fillers[0]!.id)).not.toBe(storyId);
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
}

/** Conflicting accounts side by side, and a re-reading only when the text changed. */
function conflictsAndRereading(site: ReaderSite) {
  const { get } = site;

  it('puts the conflicting accounts of the damage side by side', async () => {
    const html = (await get(SEED_URL)).body;
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
    const id = site.fx.fillers[5]!.id;
    expect(await site.app.container.analysis.refresh(id)).toBe(false);
    await site.app.container.writer.update(id, {
      body: [
        {
          type: 'paragraph',
          content: [{ text: 'Finance Minister Samir Aliyev said on Monday that talks in Baku went well.' }],
        },
      ],
    });
    expect(await site.app.container.analysis.refresh(id)).toBe(true);
    expect((await site.app.container.analysis.factsFor(id))?.people.map((p) => p.name)).toContain(
      'Samir Aliyev',
    );
    expect(await site.app.container.analysis.refresh(id)).toBe(false);
  });
}
