import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paragraph } from '../../domain/body.ts';
import { loadFixtures, loadTranslations, type Fixtures } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { errorAnswer } from '../../../test/utils/error-answer.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

const searchAnswer = z.object({
  data: z.array(z.object({ id: z.string(), language: z.string(), score: z.number() })),
  meta: z.object({ total: z.number(), page: z.number(), pageCount: z.number() }),
});
const variant = z.object({ url: z.string(), width: z.number(), height: z.number(), type: z.string() });
const imageAnswer = z.object({
  data: z.object({
    featuredImage: z
      .object({
        url: z.string(),
        alt: z.string(),
        caption: z.string().nullable(),
        credit: z.string().nullable(),
        width: z.number().nullable(),
        height: z.number().nullable(),
        variants: z.array(variant),
      })
      .nullable(),
  }),
});

const MEDIA_ID = '2f0c7a52-8f1e-4d3b-9a57-0c1d2e3f4a5b';

describe.each(dialects)('Content API: languages, images, raw bytes on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  let key: string;
  let translations: { az: { id: string }; ru: { id: string } };
  let pictured: { id: string };
  const get = (url: string) =>
    app.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

  beforeAll(async () => {
    app = await createTestApp(dialect);
    fx = await loadFixtures(app.container, 3);
    translations = await loadTranslations(app.container, fx.seed);
    key = (await app.container.apiKeys.create({ name: 'Partner app' })).key;
    pictured = await app.container.writer.create({
      language: 'en',
      headline: 'Ferry service restored',
      sectionSlug: 'world',
      body: [paragraph('The ferry runs again.')],
      status: 'published',
      featuredImage: {
        src: `/media/${MEDIA_ID}/1280.jpg`,
        alt: 'The ferry at the pier',
        caption: 'Back in service',
        credit: 'Photo: Staff',
        width: 1600,
        height: 900,
        mediaId: MEDIA_ID,
      },
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('searches every language unless one is given', async () => {
    const ru = searchAnswer.parse((await get(`/api/v1/search?q=${encodeURIComponent('посольство')}`)).json());
    expect(ru.data.map((d) => d.id)).toEqual([translations.ru.id]);
    expect(ru.meta.total).toBe(1);
    const everywhere = searchAnswer.parse((await get('/api/v1/search?q=Azerbaijan')).json());
    expect(everywhere.data.map((d) => d.language)).toContain('en');
    const onlyEn = searchAnswer.parse(
      (await get(`/api/v1/search?q=${encodeURIComponent('посольство')}&language=en`)).json(),
    );
    expect(onlyEn.data).toEqual([]);
  });

  it('merges languages by score and pages through the merged list', async () => {
    // "Moscow" is in the English, Azerbaijani (Moskva, stemmed apart) and Russian seeds: one query each.
    const all = searchAnswer.parse((await get('/api/v1/search?q=Moscow&limit=50')).json());
    const scores = all.data.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const pages = [];
    for (let page = 1; page <= all.meta.total; page++) {
      pages.push(
        ...searchAnswer.parse((await get(`/api/v1/search?q=Moscow&limit=1&page=${page}`)).json()).data,
      );
    }
    expect(pages.map((d) => d.id)).toEqual(all.data.map((d) => d.id));
    const deep = await get('/api/v1/search?q=Moscow&limit=50&page=11');
    expect(deep.statusCode).toBe(400);
    expect(errorAnswer.parse(deep.json()).error.issues?.[0]?.field).toBe('page');
  });

  it('gives articles their featured image with every variant', async () => {
    const one = imageAnswer.parse((await get(`/api/v1/articles/${pictured.id}`)).json());
    const image = one.data.featuredImage!;
    expect(image).toMatchObject({
      url: `http://news.test/media/${MEDIA_ID}/1280.jpg`,
      alt: 'The ferry at the pier',
      caption: 'Back in service',
      credit: 'Photo: Staff',
      width: 1600,
      height: 900,
    });
    expect(image.variants).toContainEqual({
      url: `http://news.test/media/${MEDIA_ID}/640.webp`,
      width: 640,
      height: 360,
      type: 'image/webp',
    });
    expect(image.variants.map((v) => `${v.width}.${v.type}`)).toEqual([
      ...[320, 640, 960, 1280, 1600].map((w) => `${w}.image/jpeg`),
      ...[320, 640, 960, 1280, 1600].map((w) => `${w}.image/webp`),
    ]);
    const listed = z
      .object({ data: z.array(z.object({ id: z.string(), featuredImage: z.unknown() })) })
      .parse((await get('/api/v1/articles?limit=100')).json());
    expect(listed.data.find((d) => d.id === pictured.id)?.featuredImage).toEqual(image);
    expect(listed.data.find((d) => d.id === fx.seed.id)?.featuredImage).toBeNull();
  });

  it('answers raw UTF-8 in a query string in the documented error format, naming the field', async () => {
    const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const send = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            Buffer.concat([
              Buffer.from('GET '),
              Buffer.from(target, 'utf8'),
              Buffer.from(
                ` HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`,
              ),
            ]),
          );
        });
        let out = '';
        socket.on('data', (d: Buffer) => (out += d.toString('utf8')));
        socket.on('end', () => resolve(out));
        socket.on('error', reject);
      });
    for (const [target, field] of [
      ['/api/v1/search?q=посольство', 'q'],
      ['/api/v1/search?language=en&q=посольство', 'q'],
      ['/en/search?q=Bakı', 'q'],
      ['/en/Bakı', 'path'],
    ] as const) {
      const raw = await send(target);
      const [head = '', body = ''] = raw.split('\r\n\r\n');
      expect(head.split('\r\n')[0], target).toBe('HTTP/1.1 400 Bad Request');
      expect(head.toLowerCase()).toContain('content-type: application/json; charset=utf-8');
      expect(errorAnswer.parse(JSON.parse(body)).error).toEqual({
        code: 'VALIDATION_FAILED',
        message: `${field}: must be valid percent-encoded UTF-8`,
        issues: [{ field, message: 'must be valid percent-encoded UTF-8' }],
      });
    }
  });
});
