import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, loadTranslations, SEED_SLUG, type Fixtures } from '../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import type { Article } from '../domain/article.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

describe.each(dialects)('three languages on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  let az: Article;
  let ru: Article;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.server.inject({ method: 'GET', url, headers });
  const en = `/en/world/${SEED_SLUG}`;
  const azUrl = () => `/az/world/${az.slug}`;
  const ruUrl = () => `/ru/world/${ru.slug}`;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    fx = await loadFixtures(app.container, 3);
    ({ az, ru } = await loadTranslations(app.container, fx.seed));
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('transliterates Azerbaijani and Russian headlines into readable slugs', () => {
    expect(az.slug).toBe('moskva-azerbaycanin-kiyevdeki-sefirliyine-deyen-ziyana-gore-teessuf-ifade-edib');
    expect(ru.slug).toBe(
      'moskva-vyrazila-sozhalenie-v-svyazi-s-povrezhdeniem-posolstva-azerbaydzhana-v-kieve',
    );
  });

  it('links the three versions with reciprocal hreflang and x-default', async () => {
    const expected = [
      `<link rel="alternate" hreflang="en" href="http://news.test${en}"/>`,
      `<link rel="alternate" hreflang="az" href="http://news.test${azUrl()}"/>`,
      `<link rel="alternate" hreflang="ru" href="http://news.test${ruUrl()}"/>`,
      `<link rel="alternate" hreflang="x-default" href="http://news.test${en}"/>`,
    ];
    for (const url of [en, azUrl(), ruUrl()]) {
      const html = (await get(url)).body;
      const links = [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="[^"]+"\/>/g)].map(
        (m) => m[0],
      );
      expect(links, url).toEqual(expected);
    }
  });

  it('shows each version in its language: <html lang>, date, labels, section name, citation', async () => {
    const azHtml = (await get(azUrl())).body;
    expect(azHtml).toMatch(/^<!doctype html><html lang="az"/);
    expect(azHtml).toContain(
      '<time datetime="2025-11-21T12:00:00+04:00" class="published">21 noyabr 2025</time>',
    );
    expect(azHtml).toContain('aria-label="Mətni böyüt"');
    expect(azHtml).toContain('aria-label="Mətn ölçüsünü sıfırla"');
    expect(azHtml).toContain('aria-label="Mətni kiçilt"');
    expect(azHtml).toContain('<p class="kicker"><a href="/az/world/">Dünya</a></p>');
    expect(azHtml).toContain('News.Az, istinad: Azərbaycan mediasına');
    const ruHtml = (await get(ruUrl())).body;
    expect(ruHtml).toMatch(/^<!doctype html><html lang="ru"/);
    expect(ruHtml).toContain('>21 ноября 2025</time>');
    expect(ruHtml).toContain('aria-label="Увеличить текст"');
    expect(ruHtml).toContain(
      '<h2 id="sources-heading">Источник</h2><ul><li>News.Az со ссылкой на азербайджанские СМИ</li></ul>',
    );
    expect(ruHtml).toContain('Москва выразила «искреннее сожаление»');
    expect(ruHtml).toContain('<a href="/ru/tag/diplomacy" rel="tag">Дипломатия</a>');
  });

  it('the story switcher offers only the languages the story exists in', async () => {
    const lone = await app.container.writer.create({
      language: 'ru',
      headline: 'Только по-русски',
      sectionSlug: 'world',
      body: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
      status: 'published',
      publishedAt: new Date('2025-11-20T08:00:00Z'),
    });
    const loneHtml = (await get(`/ru/world/${lone.slug}`)).body;
    // Untranslated: the switcher stays, offering each language's front page.
    const loneSwitch = /<nav class="lang-switch" aria-label="([^"]+)">(.*?)<\/nav>/s.exec(loneHtml)!;
    expect(loneSwitch[1]).toBe('Языки');
    expect([...loneSwitch[2]!.matchAll(/<a href="([^"]+)" lang="(\w+)"/g)].map((m) => [m[2], m[1]])).toEqual([
      ['en', `/lang/en?to=${encodeURIComponent('/en/')}`],
      ['az', `/lang/az?to=${encodeURIComponent('/az/')}`],
      ['ru', '/ru/'],
    ]);
    expect(loneHtml).not.toContain('hreflang="x-default"');
    const html = (await get(azUrl())).body;
    const switcher = /<nav class="lang-switch" aria-label="([^"]+)">(.*?)<\/nav>/s.exec(html)!;
    expect(switcher[1]).toBe('Bu xəbər digər dillərdə');
    expect([...switcher[2]!.matchAll(/<a href="([^"]+)" lang="(\w+)"/g)].map((m) => [m[2], m[1]])).toEqual([
      ['en', `/lang/en?to=${encodeURIComponent(en)}`],
      ['az', azUrl()],
      ['ru', `/lang/ru?to=${encodeURIComponent(ruUrl())}`],
    ]);
  });

  it('a story in two languages only offers those two', async () => {
    const enOnly = fx.fillers[0]!;
    const ruVersion = await app.container.writer.create({
      language: 'ru',
      headline: 'Заметка о каспийском рынке',
      sectionSlug: 'economy',
      translationGroupId: enOnly.translationGroupId,
      body: [{ type: 'paragraph', content: [{ text: 'Текст заметки.' }] }],
      status: 'published',
      publishedAt: new Date('2025-11-20T08:00:00Z'),
    });
    const html = (await get(`/en/economy/${enOnly.slug}`)).body;
    expect([...html.matchAll(/hreflang="([\w-]+)" href/g)].map((m) => m[1])).toEqual([
      'en',
      'ru',
      'x-default',
    ]);
    expect(html).toContain(`/lang/ru?to=${encodeURIComponent(`/ru/economy/${ruVersion.slug}`)}`);
    expect(html).not.toContain('/lang/az?to=');
  });

  it('refuses a second version in the same language of one story', async () => {
    await expect(
      app.container.writer.create({
        language: 'az',
        headline: 'İkinci versiya',
        sectionSlug: 'world',
        translationGroupId: fx.seed.translationGroupId,
        body: [{ type: 'paragraph', content: [{ text: 'Mətn.' }] }],
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      issues: [{ field: 'translationGroupId', message: 'already has an article in az' }],
    });
  });

  it('/ picks the language: remembered choice, then Accept-Language, then the default', async () => {
    expect((await get('/')).headers.location).toBe('/en/');
    expect((await get('/', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' })).headers.location).toBe('/ru/');
    expect((await get('/', { 'accept-language': 'az-Latn-AZ' })).headers.location).toBe('/az/');
    expect((await get('/', { 'accept-language': 'de-DE,de;q=0.9' })).headers.location).toBe('/en/');
    expect((await get('/', { 'accept-language': 'ru', cookie: 'nd_lang=az' })).headers.location).toBe('/az/');
    expect((await get('/', { cookie: 'nd_lang=xx' })).headers.location).toBe('/en/');
    expect((await get('/')).headers.vary).toContain('Accept-Language');
  });

  it('the switcher remembers the choice and goes to the page, never off-site', async () => {
    const res = await get(`/lang/ru?to=${encodeURIComponent(ruUrl())}`);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(ruUrl());
    expect(String(res.headers['set-cookie'])).toMatch(
      /^nd_lang=ru; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    for (const to of ['https://evil.example/', '//evil.example/ru/', '/en/world/x', 'javascript:alert(1)']) {
      expect((await get(`/lang/ru?to=${encodeURIComponent(to)}`)).headers.location).toBe('/ru/');
    }
    expect((await get('/lang/xx?to=/xx/')).statusCode).toBe(404);
  });

  it('the switcher answers odd characters in ?to= with a redirect, never a 500', async () => {
    // Control characters, whitespace and backslashes: a path inside the language that a header
    // can carry (percent-encoded), never a second header; a NUL is refused before any route.
    for (const to of ['/ru/\n', '/ru/\u007f', '/ru/a b', '/ru/\\evil', '/ru/\r\nSet-Cookie: x=y']) {
      const res = await get(`/lang/ru?to=${encodeURIComponent(to)}`);
      expect(res.statusCode, JSON.stringify(to)).toBe(302);
      expect(res.headers.location, JSON.stringify(to)).toMatch(/^\/ru\/[\x21-\x7e]*$/);
      expect(res.headers['set-cookie']).not.toContain('x=y');
    }
    expect((await get(`/lang/ru?to=${encodeURIComponent('/ru/a\u0000b')}`)).statusCode).toBe(400);
    // Anything else inside the language goes there, percent-encoded as a browser would send it.
    const odd = await get(`/lang/ru?to=${encodeURIComponent('/ru/\u202eé?q=ə')}`);
    expect(odd.statusCode).toBe(302);
    expect(odd.headers.location).toBe('/ru/%E2%80%AE%C3%A9?q=%C9%99');
    // Dot segments are resolved before the check: they cannot lead out of the language.
    expect((await get(`/lang/ru?to=${encodeURIComponent('/ru/../en/world/')}`)).headers.location).toBe(
      '/ru/',
    );
  });

  it('listings count articles with the right plural forms and localised names', async () => {
    const ruSection = (await get('/ru/world/')).body;
    expect(ruSection).toContain('<h1 class="page-title">Мир</h1>');
    expect(ruSection).toContain('<p class="count">2 статьи</p>');
    const azSection = (await get('/az/world/')).body;
    expect(azSection).toContain('<p class="count">1 məqalə</p>');
    expect((await get('/en/economy/')).body).toContain('<p class="count">3 articles</p>');
    const ruFront = (await get('/ru/')).body;
    expect(ruFront).toContain('<a href="/ru/world/">Мир</a>');
    expect(ruFront).toContain('Последние новости');
  });
});
