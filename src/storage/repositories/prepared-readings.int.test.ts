import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from './index.ts';
import { openDatabase, type Database } from '../database.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

/**
 * The reader pages' prepared queries (latest by language or section, most read, sections) give
 * what the queries built per call give, for each call's own arguments: a parameter bound to the
 * wrong place, or a value frozen in from the first call, shows here.
 */
describe.each(dialects)('prepared reader readings on %s', (dialect) => {
  let tdb: TestDatabase;
  let database: Database;
  let store: Store;
  const at = new Date('2025-11-21T08:00:00.000Z');

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    database = openDatabase(tdb.target);
    await database.migrate();
    store = createStore(database);
    await store.repos.languages.upsertAll([
      { code: 'en', name: 'English', isDefault: true },
      { code: 'ru', name: 'Русский', isDefault: false },
    ]);
    for (const [position, slug] of ['world', 'economy'].entries())
      await store.repos.sections.insert({
        id: `s-${slug}`,
        slug,
        name: slug.toUpperCase(),
        description: `About ${slug}`,
        color: null,
        position,
      });
    await store.repos.sections.setName('s-world', 'ru', 'Мир', 'О мире');
    // 12 articles: both languages, both sections, one a draft; published a day apart.
    for (let i = 0; i < 12; i++) {
      const id = `a${String(i).padStart(2, '0')}`;
      await store.repos.articles.insert({
        id,
        translationGroupId: `g-${id}`,
        language: i % 3 === 0 ? 'ru' : 'en',
        slug: `story-${id}`,
        sectionId: i % 2 ? 's-economy' : 's-world',
        headline: `Headline ${id}`,
        standfirst: null,
        body: [{ type: 'paragraph', content: [{ text: `Body ${id}` }] }],
        bodyText: `Body ${id}`,
        status: i === 7 ? 'draft' : 'published',
        breaking: false,
        createdAt: at,
        publishedAt: new Date(Date.UTC(2025, 10, 1 + i)),
        updatedAt: null,
        modifiedAt: at,
        tagIds: [],
        authorIds: [],
        sources: [],
        corrections: [],
        featuredImage: null,
        ownerId: null,
      });
      // Views: a recent day for most, an old day that only a longer period counts.
      await store.repos.views.increment(id, '2025-11-20', (i * 7) % 5);
      await store.repos.views.increment(id, '2025-10-01', i);
    }
  });
  afterAll(async () => {
    await ifStarted(database)?.close();
    await ifStarted(tdb)?.drop();
  });

  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it('lists the latest per language and section as the query built per call does', async () => {
    const listings = store.repos.listings;
    // `from` far in the past changes no result but takes the path built per call.
    const since = new Date(0);
    for (const language of ['en', 'ru'])
      for (const sectionId of [undefined, 's-world', 's-economy'])
        for (const [limit, offset] of [
          [3, 0],
          [3, 2],
          [10, 0],
        ] as const) {
          const prepared = await listings.listPublished({ language, sectionId }, limit, offset);
          const built = await listings.listPublished({ language, sectionId, from: since }, limit, offset);
          expect(prepared).toEqual(built);
          expect(prepared.every((a) => a.language === language)).toBe(true);
          if (sectionId) expect(prepared.every((a) => a.section.id === sectionId)).toBe(true);
        }
    expect(ids(await listings.listPublished({ language: 'en', sectionId: 's-economy' }, 10, 0))).toEqual([
      'a11',
      'a05',
      'a01',
    ]);
    expect(ids(await listings.listPublished({ language: 'ru' }, 2, 1))).toEqual(['a06', 'a03']);
    const ruWorld = await listings.listPublished({ language: 'ru', sectionId: 's-world' }, 1, 0);
    expect(ruWorld[0]?.section.name).toBe('Мир');
  });

  it('ranks the most read per language and period, each call with its own arguments', async () => {
    const listings = store.repos.listings;
    expect(ids(await listings.mostRead('en', '2025-11-01', 3))).toEqual(['a02', 'a04', 'a01']);
    expect(ids(await listings.mostRead('en', '2025-09-01', 3))).toEqual(['a11', 'a10', 'a08']);
    expect(ids(await listings.mostRead('ru', '2025-09-01', 10))).toEqual(['a09', 'a06', 'a03', 'a00']);
    expect(ids(await listings.mostRead('ru', '2025-11-01', 1))).toEqual(['a09']);
  });

  it("reads the layouts setting with a language's filled slots and their summaries, drafts left out", async () => {
    const { frontpage, listings, settings } = store.repos;
    const set = (language: string, slot: string, id: string) =>
      frontpage.set(language, slot, id, 'editor', at);
    const read = async (language: string) => {
      const r = await frontpage.reading(language, 'frontpage');
      return { ...r, slots: r.slots.sort((a, b) => a.slot.localeCompare(b.slot)) };
    };
    const summaries = async (ids: string[], language: string) =>
      (await listings.summariesByIds(ids, language)).map(({ bodyText: _b, ...a }) => a);
    // Nothing stored, nothing slotted: one row of nulls still brings the (absent) setting.
    expect(await read('en')).toEqual({ layouts: undefined, slots: [] });
    const layouts = { en: { template: 'two-leads', slots: 5 } };
    await settings.set('frontpage', layouts);
    expect(await read('en')).toEqual({ layouts, slots: [] });
    await set('en', 'lead', 'a05');
    await set('en', 'top-1', 'a07'); // a draft: its slot reads as empty
    await set('en', 'top-2', 'a01');
    await set('ru', 'lead', 'a06');
    const [a05, a01] = await summaries(['a05', 'a01'], 'en');
    expect(await read('en')).toEqual({
      layouts,
      slots: [
        { slot: 'lead', article: a05 },
        { slot: 'top-2', article: a01 },
      ],
    });
    const ru = await read('ru');
    expect(ru).toEqual({ layouts, slots: [{ slot: 'lead', article: (await summaries(['a06'], 'ru'))[0] }] });
    expect(ru.slots[0]?.article.section.name).toBe('Мир');
    expect(ru.slots[0]?.article.authors).toEqual([]);
    expect(await frontpage.reading('de', 'frontpage')).toEqual({ layouts, slots: [] });
    expect(await frontpage.reading('en', 'no-such-key')).toMatchObject({ layouts: undefined });
  });

  it('lists the sections with names in the language asked, else the base names', async () => {
    const names = async (language?: string) =>
      (await store.repos.sections.list(language)).map((s) => [s.slug, s.name, s.description]);
    expect(await names('ru')).toEqual([
      ['world', 'Мир', 'О мире'],
      ['economy', 'ECONOMY', 'About economy'],
    ]);
    expect(await names('en')).toEqual([
      ['world', 'WORLD', 'About world'],
      ['economy', 'ECONOMY', 'About economy'],
    ]);
    expect(await names()).toEqual(await names('en'));
    expect(await names('ru')).toEqual([
      ['world', 'Мир', 'О мире'],
      ['economy', 'ECONOMY', 'About economy'],
    ]);
  });
});
