import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import type { Article } from '../../domain/article.ts';
import { slugify } from '../../lib/slug.ts';
import { demoArticles } from './demo-content.ts';
import { demoArticlesAz } from './demo-content-az.ts';
import { demoArticlesRu } from './demo-content-ru.ts';
import { seedHeadlines } from './load-demo.ts';

const stories = [
  ...seedHeadlines,
  ...demoArticles.map((a) => ({ language: 'en', headline: a.headline })),
  ...demoArticlesAz.map((a) => ({ language: 'az', headline: a.headline })),
  ...demoArticlesRu.map((a) => ({ language: 'ru', headline: a.headline })),
];

/**
 * The demo's pictures: every story in every language has a featured image from the media
 * library, described in its language, whose files are rasterised on first request. One dialect:
 * media are files, and featured images are stored alike on both (featured-image.int.test.ts).
 */
describe('demo content with pictures', () => {
  let app: TestApp;
  let articles: Article[];
  const get = (url: string) => app.server.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await createTestApp('sqlite', { demo: true });
    const repo = app.container.store.repos.articles;
    articles = [];
    for (const s of stories) {
      const a = await repo.findBySlug(s.language, slugify(s.headline));
      if (a) articles.push(a);
    }
  }, 180_000);
  afterAll(async () => ifStarted(app)?.dispose());

  it('gives every demo story in every language a described picture with the usual variants', async () => {
    expect(articles).toHaveLength(stories.length);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['en', 'az', 'ru']));
    const credits = {
      en: 'Illustration: Newsdesk demo',
      az: 'İllüstrasiya: Newsdesk demo',
      ru: 'Иллюстрация: Newsdesk demo',
    };
    for (const a of articles) {
      const image = a.featuredImage;
      expect(image?.mediaId, a.headline).toBeTruthy();
      expect(image?.alt.length, a.headline).toBeGreaterThan(10);
      expect(image?.caption, a.headline).toBeTruthy();
      expect(image?.credit, a.headline).toBe(credits[a.language as keyof typeof credits]);
      const media = await app.container.media.get(image?.mediaId ?? '');
      expect([media.width, media.height]).toEqual([1280, 720]);
      expect(media.alt).toBe(image?.alt);
      expect(media.variants.map((v) => v.file).sort()).toEqual(
        [
          'original.jpg',
          '320.jpg',
          '640.jpg',
          '960.jpg',
          '1280.jpg',
          '320.webp',
          '640.webp',
          '960.webp',
          '1280.webp',
        ].sort(),
      );
    }
  });

  it('describes the seed’s map in each language, and shows it on the article page with its srcset', async () => {
    const seed = {
      en: [
        '/en/world/moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv',
        'Kyiv, Moscow and Baku',
      ],
      az: [undefined, 'Kiyev, Moskva və Bakı'],
      ru: [undefined, 'Киев, Москва и Баку'],
    } as const;
    for (const [language, [, places]] of Object.entries(seed)) {
      const a = articles.find((x) => x.language === language && x.featuredImage?.alt.includes(places));
      expect(a, language).toBeDefined();
    }
    const html = (await get(seed.en[0])).body;
    const figure = /<figure class="featured-image">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(figure).toContain('alt="Map of the region with Kyiv, Moscow and Baku marked"');
    expect(figure).toMatch(/<source type="image\/webp" srcset="[^"]*\/640\.webp 640w/);
    expect(figure).toContain('width="1280"');
    expect(figure).toContain('Illustration: Newsdesk demo');
  });

  it('rasterises a file on its first request at the variant’s size and serves the same bytes after', async () => {
    const id = articles[0]?.featuredImage?.mediaId ?? '';
    for (const [file, format, width, height] of [
      ['640.webp', 'webp', 640, 360],
      ['1280.jpg', 'jpeg', 1280, 720],
      ['original.jpg', 'jpeg', 1280, 720],
    ] as const) {
      const first = await get(`/media/${id}/${file}`);
      expect(first.statusCode, file).toBe(200);
      const info = await sharp(first.rawPayload).metadata();
      expect([info.format, info.width, info.height], file).toEqual([format, width, height]);
      expect((await get(`/media/${id}/${file}`)).rawPayload.equals(first.rawPayload), file).toBe(true);
    }
    // The drawing's source is not one of the files served.
    expect((await get(`/media/${id}/source.svg`)).statusCode).toBe(404);
  });
});
