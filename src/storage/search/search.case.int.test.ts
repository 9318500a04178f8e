import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Container } from '../../app.ts';
import { createContainer } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

/** One case suite for search; every database runs it. */
describe.each(dialects)('search on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  const headlines = async (q: string, extra: Record<string, string | number> = {}, language = 'en') =>
    (await c.search.search({ q, language, ...extra })).items.map((i) => i.article.headline);

  const add = (language: string, headline: string, body: string, more: Record<string, unknown> = {}) =>
    c.writer.create({
      language,
      headline,
      sectionSlug: 'world',
      body: [paragraph(body)],
      status: 'published',
      publishedAt: new Date('2025-11-10T08:00:00Z'),
      ...more,
    });

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb));
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    await c.taxonomy.createSection({ slug: 'economy', name: 'Economy' });
    await add(
      'en',
      'Embassy damaged in overnight strike',
      'The embassy compound in Kyiv was damaged; officials protested.',
      {
        tags: ['Diplomacy'],
        authors: [{ name: 'Leyla Hasanova' }],
        publishedAt: new Date('2025-11-14T20:00:00Z'),
      },
    );
    await add(
      'en',
      'Ministers discuss grain exports',
      'Talks covered grain, the embassy question and shipping lanes.',
      {
        sectionSlug: 'economy',
        publishedAt: new Date('2025-11-05T08:00:00Z'),
      },
    );
    await add(
      'en',
      'Air defence systems explained',
      'Patriot batteries and other air defense systems intercept missiles.',
      {
        publishedAt: new Date('2025-11-20T08:00:00Z'),
      },
    );
    await add('en', 'A draft about embassies', 'Not published yet.', { status: 'draft', publishedAt: null });
    await add('az', 'Əliyev Şuşada çıxış edib', 'Prezident İlham Əliyev Şuşada yeni layihələri açıb.');
    await add('az', 'Səfirlik binasına ziyan dəyib', 'Azərbaycanın Kiyevdəki səfirliyinə ziyan dəyib.');
    await add(
      'ru',
      'Посольство получило повреждения',
      'Здание посольства повреждено, сообщили в МИД. Обломки нашли у самой ёлки.',
    );
    await add('ru', 'Новогодняя елка на площади', 'На площади поставили елку.');
    for (let i = 1; i <= 12; i++)
      await add('en', `Harbour bulletin ${i}`, `Harbour traffic report number ${i}.`, {
        publishedAt: new Date(Date.UTC(2025, 10, 1, i)),
      });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('ranks a headline match above a body-only match and never shows drafts', async () => {
    expect(await headlines('embassy ')).toEqual([
      'Embassy damaged in overnight strike',
      'Ministers discuss grain exports',
    ]);
  });

  it('stems English: "strikes", "damaging" and "embassies" find their forms', async () => {
    expect(await headlines('strikes ')).toEqual(['Embassy damaged in overnight strike']);
    expect(await headlines('damaging embassies ')).toEqual(['Embassy damaged in overnight strike']);
  });

  it('matches the last word as a prefix while typing', async () => {
    expect(await headlines('patr')).toEqual(['Air defence systems explained']);
  });

  it('matches quoted phrases only when the words are adjacent', async () => {
    expect(await headlines('"air defense systems"')).toEqual(['Air defence systems explained']);
    expect(await headlines('"systems air"')).toEqual([]);
  });

  it('highlights matches in the snippet, on the original text', async () => {
    const r = await c.search.search({ q: 'kyiv officials ', language: 'en' });
    expect(r.items[0]!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['Kyiv', 'officials']);
  });

  it('folds Azerbaijani: "eliyev" and "ELİYEV" find Əliyev; "sefirlik" finds Səfirlik', async () => {
    expect(await headlines('eliyev ', {}, 'az')).toEqual(['Əliyev Şuşada çıxış edib']);
    expect(await headlines('ƏLİYEV ', {}, 'az')).toEqual(['Əliyev Şuşada çıxış edib']);
    expect(await headlines('susada ', {}, 'az')).toEqual(['Əliyev Şuşada çıxış edib']);
    expect(await headlines('sefirlik ', {}, 'az')).toEqual(['Səfirlik binasına ziyan dəyib']);
    expect(await headlines('sefirliy', {}, 'az')).toEqual(['Səfirlik binasına ziyan dəyib']);
  });

  it('folds Russian ё and stems: "елка" finds "ёлки", "посольство" finds "посольства"', async () => {
    expect(await headlines('елка ', {}, 'ru')).toEqual([
      'Новогодняя елка на площади',
      'Посольство получило повреждения',
    ]);
    expect(await headlines('ЁЛКУ ', {}, 'ru')).toHaveLength(2);
    expect(await headlines('посольство ', {}, 'ru')).toEqual(['Посольство получило повреждения']);
    expect(await headlines('повреждения здания ', {}, 'ru')).toEqual(['Посольство получило повреждения']);
  });

  it('searches only the asked language', async () => {
    expect(await headlines('embassy ', {}, 'ru')).toEqual([]);
    expect(await headlines('посольство ', {}, 'en')).toEqual([]);
  });

  it('filters by section, tag, author and date range (in the site time zone)', async () => {
    expect(await headlines('embassy ', { section: 'economy' })).toEqual(['Ministers discuss grain exports']);
    expect(await headlines('embassy ', { tag: 'diplomacy' })).toEqual([
      'Embassy damaged in overnight strike',
    ]);
    expect(await headlines('embassy ', { author: 'leyla-hasanova' })).toEqual([
      'Embassy damaged in overnight strike',
    ]);
    // 2025-11-14T20:00Z is 15 November in Baku.
    expect(await headlines('embassy ', { from: '2025-11-15', to: '2025-11-15' })).toEqual([
      'Embassy damaged in overnight strike',
    ]);
    expect(await headlines('embassy ', { from: '2025-11-01', to: '2025-11-14' })).toEqual([
      'Ministers discuss grain exports',
    ]);
    const unknown = await c.search.search({ q: 'embassy', language: 'en', section: 'nowhere' });
    expect(unknown).toMatchObject({ total: 0, unknownFilter: true });
  });

  it('paginates with a total', async () => {
    const p1 = await c.search.search({ q: 'harbour ', language: 'en', pageSize: 5 });
    const p3 = await c.search.search({ q: 'harbour ', language: 'en', pageSize: 5, page: 3 });
    expect(p1).toMatchObject({ total: 12, pageCount: 3 });
    expect(p1.items).toHaveLength(5);
    expect(p3.items).toHaveLength(2);
    const p2 = await c.search.search({ q: 'harbour ', language: 'en', pageSize: 5, page: 2 });
    const ids = [p1, p2, p3].flatMap((p) => p.items.map((i) => i.article.id));
    expect(new Set(ids).size).toBe(12);
  });

  it('answers odd input with no results and no error', async () => {
    for (const q of [
      '',
      '   ',
      '!!!',
      '"',
      '*',
      'AND OR NOT',
      'a',
      '"unclosed',
      "'; drop table articles; --",
      'x'.repeat(400),
      'NEAR(a b)',
      '^embassy',
    ]) {
      const r = await c.search.search({ q, language: 'en' });
      expect(r.items.length, q).toBeGreaterThanOrEqual(0);
    }
    expect((await c.search.search({ q: 'a', language: 'en' })).query.problem).toBe('too-short');
    expect((await c.search.search({ q: '!!!', language: 'en' })).query.problem).toBe('empty');
    expect(await headlines('^embassy ')).toHaveLength(2);
    await expect(c.search.search({ q: 'x', language: 'en', from: '2025-13-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'from' }],
    });
  });

  it('writes the index in the article transaction: a failed write leaves nothing findable', async () => {
    await expect(
      add('en', 'Zeppelin over Baku', 'A zeppelin.', { sectionSlug: 'nowhere' }),
    ).rejects.toMatchObject({ code: 'SECTION_NOT_FOUND' });
    expect(await headlines('zeppelin ')).toEqual([]);
  });

  it('upsertMany indexes many documents at once; the last document of an article wins', async () => {
    const ids = (await c.search.search({ q: 'harbour ', language: 'en', pageSize: 2 })).items.map(
      (i) => i.article.id,
    );
    const [a, b] = ids;
    if (!a || !b) throw new Error('expected two harbour bulletins');
    const doc = (articleId: string, headline: string) => ({
      articleId,
      language: 'en',
      headline,
      standfirst: null,
      body: 'Keepers logged the ships.',
    });
    await c.store.repos.search.upsertMany([
      doc(a, 'Lighthouse keeper'),
      doc(b, 'Lighthouse keeper'),
      doc(a, 'Lantern'),
    ]);
    const found = async (q: string) =>
      (await c.search.search({ q, language: 'en' })).items.map((i) => i.article.id);
    expect(await found('lighthouse ')).toEqual([b]);
    expect(await found('lantern ')).toEqual([a]);
    expect(await found('keepers ')).toHaveLength(2);
  });

  it('follows an article that is moved, re-dated or unpublished, however it is written', async () => {
    const { id: older } = await add('en', 'Marmalade fair opens', 'Jars of marmalade.', {
      publishedAt: new Date('2025-10-01T08:00:00Z'),
    });
    const { id: newer } = await add('en', 'Marmalade prices rise', 'Marmalade costs more.', {
      publishedAt: new Date('2025-10-02T08:00:00Z'),
    });
    expect(await headlines('marmalade ', { section: 'world' })).toEqual([
      'Marmalade prices rise',
      'Marmalade fair opens',
    ]);
    await c.writer.update(newer, { sectionSlug: 'economy' });
    expect(await headlines('marmalade ', { section: 'world' })).toEqual(['Marmalade fair opens']);
    expect(await headlines('marmalade ', { section: 'economy' })).toEqual(['Marmalade prices rise']);
    // Written outside the writer (an import, a fix by hand): the index row follows all the same.
    await sql`update articles set published_at = ${'2025-10-03T08:00:00.000Z'} where id = ${older}`.execute(
      c.database.db,
    );
    expect(await headlines('marmalade ')).toEqual(['Marmalade fair opens', 'Marmalade prices rise']);
    expect(await headlines('marmalade ', { from: '2025-10-03', to: '2025-10-03' })).toEqual([
      'Marmalade fair opens',
    ]);
    await c.writer.unpublish(older);
    expect(await headlines('marmalade ')).toEqual(['Marmalade prices rise']);
    expect(await headlines('marm')).toEqual(['Marmalade prices rise']);
  });

  it('backfills articles that have no index entry', async () => {
    await sql`delete from article_search`.execute(c.database.db);
    if (dialect === 'sqlite') await sql`delete from search_rows`.execute(c.database.db);
    expect(await headlines('embassy ')).toEqual([]);
    expect(await c.search.backfill(3)).toBe(await c.store.repos.articles.count());
    expect(await headlines('embassy ')).toHaveLength(2);
  });
});
