import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from './repositories/index.ts';
import { openDatabase, type Database } from './database.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

/** One conformance suite; every storage backend runs it. */
describe.each(dialects)('storage on %s', (dialect) => {
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
    await store.repos.sections.insert({
      id: 's1',
      slug: 'world',
      name: 'World',
      description: null,
      color: '#1a5fb4',
      position: 0,
    });
    await store.repos.tags.insert({ id: 't1', slug: 'diplomacy', name: 'Diplomacy' });
    await store.repos.people.insert(
      {
        id: 'p1',
        slug: 'leyla-hasanova',
        name: 'Leyla Hasanova',
        role: 'Reporter',
        bio: null,
        photoUrl: null,
        kind: 'person',
      },
      at,
    );
    await store.repos.people.insert(
      {
        id: 'p2',
        slug: 'oleg-petrov',
        name: 'Oleg Petrov',
        role: null,
        bio: null,
        photoUrl: null,
        kind: 'person',
      },
      at,
    );
  });
  afterAll(async () => {
    await ifStarted(database)?.close();
    await ifStarted(tdb)?.drop();
  });

  const record = (
    id: string,
    slug: string,
    publishedAt: Date | null,
    extra: Partial<Parameters<Store['repos']['articles']['insert']>[0]> = {},
  ) => ({
    id,
    translationGroupId: `g-${id}`,
    language: 'en',
    slug,
    sectionId: 's1',
    headline: `Headline ${id}`,
    standfirst: null,
    body: [{ type: 'paragraph' as const, content: [{ text: `Body “${id}”` }] }],
    bodyText: `Body “${id}”`,
    status: 'published' as const,
    breaking: false,
    createdAt: at,
    publishedAt,
    updatedAt: null,
    modifiedAt: at,
    tagIds: [],
    authorIds: [],
    sources: [],
    corrections: [],
    featuredImage: null,
    ownerId: null,
    ...extra,
  });

  it('round-trips an article with all its relations as a domain object', async () => {
    await store.transaction((r) =>
      r.articles.insert(
        record('a1', 'first-story', at, {
          standfirst: 'A standfirst',
          tagIds: ['t1'],
          authorIds: ['p2', 'p1'],
          breaking: true,
          updatedAt: new Date('2025-11-22T10:00:00.000Z'),
          sources: [{ id: 'src1', outlet: 'News.Az', citing: 'Azerbaijani media', url: null }],
          corrections: [
            {
              id: 'c1',
              text: 'An earlier version misspelt a name.',
              createdAt: new Date('2025-11-22T11:00:00.000Z'),
            },
          ],
        }),
      ),
    );
    const a = await store.repos.articles.findById('a1');
    expect(a).toEqual({
      id: 'a1',
      translationGroupId: 'g-a1',
      language: 'en',
      slug: 'first-story',
      headline: 'Headline a1',
      standfirst: 'A standfirst',
      body: [{ type: 'paragraph', content: [{ text: 'Body “a1”' }] }],
      bodyText: 'Body “a1”',
      status: 'published',
      breaking: true,
      section: { id: 's1', slug: 'world', name: 'World', color: '#1a5fb4' },
      tags: [{ id: 't1', slug: 'diplomacy', name: 'Diplomacy' }],
      authors: [
        { id: 'p2', slug: 'oleg-petrov', name: 'Oleg Petrov', role: null, kind: 'person' },
        { id: 'p1', slug: 'leyla-hasanova', name: 'Leyla Hasanova', role: 'Reporter', kind: 'person' },
      ],
      sources: [{ outlet: 'News.Az', citing: 'Azerbaijani media', url: null }],
      corrections: [
        {
          id: 'c1',
          text: 'An earlier version misspelt a name.',
          createdAt: new Date('2025-11-22T11:00:00.000Z'),
        },
      ],
      featuredImage: null,
      version: 1,
      ownerId: null,
      scheduledAt: null,
      breakingUntil: null,
      createdAt: at,
      publishedAt: at,
      updatedAt: new Date('2025-11-22T10:00:00.000Z'),
      modifiedAt: at,
    });
    expect(await store.repos.articles.findBySlug('en', 'first-story')).toMatchObject({ id: 'a1' });
    expect(await store.repos.articles.findBySlug('ru', 'first-story')).toBeNull();
  });

  it('lets two overlapping readings of one article record its entities without a conflict', async () => {
    await store.transaction((r) => r.articles.insert(record('e1', 'entities-story', at)));
    const entities = (confidence: number) => [
      { kind: 'person' as const, slug: 'leyla-hasanova', name: 'Leyla Hasanova', confidence },
      { kind: 'place' as const, slug: 'baku', name: 'Baku', confidence, aliases: ['baki'] },
    ];
    // An approval and the analysis job may re-read the same article at once.
    await Promise.all([0.5, 0.9, 0.7].map((c) => store.repos.stories.setEntities('e1', entities(c))));
    const stored = await store.repos.stories.entitiesOf('e1');
    expect(stored.map((e) => e.slug).sort()).toEqual(['baku', 'leyla-hasanova']);
  });

  it('enforces one slug per language and lets languages share a slug', async () => {
    await expect(store.repos.articles.insert(record('dup', 'first-story', at))).rejects.toThrow();
    await store.repos.articles.insert({ ...record('a1ru', 'first-story', at), language: 'ru' });
    expect((await store.repos.articles.findBySlug('ru', 'first-story'))?.id).toBe('a1ru');
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      store.transaction(async (r) => {
        await r.articles.insert(record('half', 'half-written', at));
        await r.articles.insert(record('half', 'half-written-again', at)); // duplicate id
      }),
    ).rejects.toThrow();
    expect(await store.repos.articles.findById('half')).toBeNull();
    expect(await store.repos.articles.slugTaken('en', 'half-written')).toBe(false);
  });

  it('keeps former slugs so old URLs can be redirected', async () => {
    await store.repos.articles.insert(record('a2', 'old-slug', at));
    await store.transaction((r) => r.articles.changeSlug('a2', 'new-slug', new Date('2025-11-23T00:00:00Z')));
    expect((await store.repos.articles.findById('a2'))?.slug).toBe('new-slug');
    expect(await store.repos.articles.findIdByFormerSlug('en', 'old-slug')).toBe('a2');
    expect(await store.repos.articles.slugTaken('en', 'old-slug')).toBe(true);
    // Renaming back reclaims the old slug without a conflict.
    await store.transaction((r) => r.articles.changeSlug('a2', 'old-slug', new Date('2025-11-24T00:00:00Z')));
    expect((await store.repos.articles.findBySlug('en', 'old-slug'))?.id).toBe('a2');
    expect(await store.repos.articles.findIdByFormerSlug('en', 'old-slug')).toBeNull();
    expect(await store.repos.articles.findIdByFormerSlug('en', 'new-slug')).toBe('a2');
  });

  it('lists only published articles, newest first, filtered and paged without overlap', async () => {
    for (let i = 0; i < 5; i++) {
      await store.repos.articles.insert(
        record(`l${i}`, `list-${i}`, new Date(Date.UTC(2025, 10, 1 + i)), {
          tagIds: i % 2 ? ['t1'] : [],
          authorIds: i === 4 ? ['p1'] : [],
        }),
      );
    }
    await store.repos.articles.insert(record('draft1', 'a-draft', null, { status: 'draft' }));
    const filter = { language: 'en' };
    const total = await store.repos.listings.countPublished(filter);
    const all = await store.repos.listings.listPublished(filter, 100, 0);
    expect(all).toHaveLength(total);
    expect(all.map((a) => a.id)).not.toContain('draft1');
    const times = all.map((a) => a.publishedAt!.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const page1 = await store.repos.listings.listPublished(filter, 3, 0);
    const page2 = await store.repos.listings.listPublished(filter, 3, 3);
    expect(new Set([...page1, ...page2].map((a) => a.id)).size).toBe(6);
    expect(
      (await store.repos.listings.listPublished({ language: 'en', tagId: 't1' }, 100, 0))
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a1', 'l1', 'l3']);
    const byAuthor = await store.repos.listings.listPublished({ language: 'en', personId: 'p1' }, 100, 0);
    expect(byAuthor.map((a) => a.id).sort()).toEqual(['a1', 'l4']);
    expect(byAuthor.find((a) => a.id === 'l4')?.authors).toEqual([
      { id: 'p1', slug: 'leyla-hasanova', name: 'Leyla Hasanova', role: 'Reporter', kind: 'person' },
    ]);
    expect(
      (await store.repos.listings.listPublished({ language: 'en', breaking: true }, 10, 0)).map((a) => a.id),
    ).toEqual(['a1']);
    expect(await store.repos.listings.countPublished({ language: 'ru' })).toBe(1);
  });

  it('stores settings as JSON and languages in order', async () => {
    await store.repos.settings.set('site', { name: 'Caspian Daily', pageSize: 12 });
    await store.repos.settings.set('site', { name: 'Caspian Daily', pageSize: 15 });
    expect(await store.repos.settings.getAll()).toEqual({ site: { name: 'Caspian Daily', pageSize: 15 } });
    expect(await store.repos.settings.get('site')).toEqual({ name: 'Caspian Daily', pageSize: 15 });
    expect(await store.repos.settings.get('nothing-stored')).toBeUndefined();
    expect((await store.repos.languages.list()).map((l) => [l.code, l.isDefault])).toEqual([
      ['en', true],
      ['ru', false],
    ]);
  });

  it('keeps a two-factor key and recovery codes so that each code works once, even when raced', async () => {
    const tf = store.repos.twoFactor;
    await store.repos.accounts.insertUser(
      { id: 'u1', email: 'u1@example.com', name: 'U1', role: 'admin', createdAt: at, disabledAt: null },
      'scrypt$…',
    );
    expect(await tf.putPending('u1', 'FIRSTSECRET', at)).toBe(true);
    expect(await tf.putPending('u1', 'SECONDSECRET', at)).toBe(true);
    expect(await tf.useStep('u1', 10)).toBe(false); // not confirmed yet
    expect(await tf.enable('u1', 100, at)).toBe(true);
    expect(await tf.enable('u1', 101, at)).toBe(false);
    expect(await tf.putPending('u1', 'THIRDSECRET', at)).toBe(false); // a confirmed key stays
    expect(await tf.credential('u1')).toMatchObject({ secret: 'SECONDSECRET', enabledAt: at, lastStep: 100 });
    expect(await tf.useStep('u1', 100)).toBe(false);
    const steps = await Promise.all([tf.useStep('u1', 101), tf.useStep('u1', 101)]);
    expect(steps.filter(Boolean)).toHaveLength(1);
    expect(await tf.useStep('u1', 99)).toBe(false);
    await tf.replaceRecoveryCodes('u1', ['h1', 'h2'], at);
    const uses = await Promise.all([tf.useRecoveryCode('u1', 'h1', at), tf.useRecoveryCode('u1', 'h1', at)]);
    expect(uses.filter(Boolean)).toHaveLength(1);
    expect(await tf.unusedRecoveryCodes('u1')).toBe(1);
    await tf.replaceRecoveryCodes('u1', ['h3'], at);
    expect(await tf.useRecoveryCode('u1', 'h2', at)).toBe(false);
    expect([...(await tf.enabledUserIds())]).toEqual(['u1']);
    expect(await tf.remove('u1')).toBe(true);
    expect(await tf.credential('u1')).toBeNull();
    expect(await tf.unusedRecoveryCodes('u1')).toBe(0);
  });

  it('rejects an article in a language the site does not have (foreign key)', async () => {
    await expect(
      store.repos.articles.insert({ ...record('fr1', 'fr-story', at), language: 'fr' }),
    ).rejects.toThrow();
  });

  it('says outbox events were committed only after their transaction commits, never on rollback', async () => {
    const heard: string[] = [];
    store.onEventsCommitted(() => heard.push('committed'));
    const event = (id: string) =>
      ({ id, type: 'frontpage.changed', occurredAt: at, language: 'en' }) as const;
    await store.transaction(async (repos) => {
      await repos.outbox.add(event('o1'));
      expect(heard).toEqual([]); // not yet: the transaction is open
    });
    expect(heard).toEqual(['committed']);
    await expect(
      store.transaction(async (repos) => {
        await repos.outbox.add(event('o2'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await store.transaction(async (repos) => repos.sections.findBySlug('world'));
    expect(heard).toEqual(['committed']);
    await store.repos.outbox.add(event('o3'));
    expect(heard).toEqual(['committed', 'committed']);
  });
});
