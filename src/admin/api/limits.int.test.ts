import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BLOCKS, MAX_BODY_CHARACTERS } from '../../domain/body.ts';
import type { Role } from '../../domain/roles.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';

const PASSWORD = 'correct horse battery staple';
const SAVES_PER_MINUTE = 4;

/**
 * What one newsroom account can make the server do: bodies within limits, a bounded number of
 * article writes per minute (429 with Retry-After), and nothing of other people's drafts seen
 * where articles are listed (front-page slots, translations).
 */
describe.each(dialects)('newsroom limits on %s', (dialect) => {
  let app: TestApp;
  const now = { t: new Date('2025-11-21T08:00:20Z') };
  const as: Partial<Record<Role | 'contributor2' | 'author2', { cookie: string; csrf: string }>> = {};

  async function call(
    who: keyof typeof as,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    const s = as[who]!;
    const res = await app.server.inject({
      method,
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...headers },
      ...(payload !== undefined ? { payload: payload as string } : {}),
    });
    return { status: res.statusCode, body: res.json(), text: res.body, headers: res.headers };
  }

  beforeAll(async () => {
    app = await createTestApp(
      dialect,
      {
        limits: { articleSavesPerMinute: SAVES_PER_MINUTE },
        site: {
          baseUrl: 'http://news.test',
          timeZone: 'Asia/Baku',
          languages: ['en', 'ru'],
          defaultLanguage: 'en',
        },
      },
      { clock: { now: () => now.t } },
    );
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    for (const who of ['contributor', 'contributor2', 'author', 'author2', 'editor'] as const) {
      const email = `${who}@example.com`;
      const role = who.replace(/2$/, '') as Role;
      await app.container.accounts.createUser({ email, name: who, role, password: PASSWORD }, null);
      const s = await app.container.accounts.signIn(email, PASSWORD);
      as[who] = { cookie: `nd_session=${s.token}`, csrf: s.csrf };
    }
  });
  afterAll(async () => app?.dispose());

  /** Every test starts in a fresh minute, so the writes of one do not count for the next. */
  const nextMinute = () => {
    const t = new Date(now.t);
    t.setUTCMinutes(t.getUTCMinutes() + 1, 20, 0);
    now.t = t;
  };
  const draft = (headline: string) => ({ language: 'en', headline, sectionSlug: 'world' });
  const para = (text: string) => ({ type: 'paragraph', content: [{ text }] });

  describe('article bodies', () => {
    it(`takes a body of ${MAX_BODY_CHARACTERS} characters and refuses one more, naming the field`, async () => {
      nextMinute();
      // Paragraphs are joined by blank lines: 399 × (499 + 2) + 101 is exactly the limit in plain text.
      const body = [...Array.from({ length: 399 }, () => para('x'.repeat(499))), para('x'.repeat(101))];
      const ok = await call('contributor', 'POST', '/admin/api/articles', { ...draft('Long read'), body });
      expect(ok.status).toBe(201);

      nextMinute();
      const over = await call('contributor', 'PUT', `/admin/api/articles/${ok.body.data.id}`, {
        version: 1,
        body: [...body.slice(0, 399), para('x'.repeat(102))],
      });
      expect(over.status).toBe(400);
      expect(over.body.error.issues).toEqual([
        { field: 'body', message: expect.stringMatching(/at most 200000 characters/) },
      ]);

      const html = `<p>${'word '.repeat(MAX_BODY_CHARACTERS / 5 + 1)}</p>`;
      const viaHtml = await call('contributor', 'PUT', `/admin/api/articles/${ok.body.data.id}`, {
        version: 1,
        bodyHtml: html,
      });
      expect(viaHtml.status).toBe(400);
      expect(viaHtml.body.error.issues[0].field).toBe('bodyHtml');
      const kept = await call('contributor', 'GET', `/admin/api/articles/${ok.body.data.id}`);
      expect(kept.body.data.version).toBe(1);
    });

    it(`refuses more than ${MAX_BODY_BLOCKS} blocks or 10000 runs, and a request over 1 MiB with 413`, async () => {
      nextMinute();
      const many = Array.from({ length: MAX_BODY_BLOCKS + 1 }, () => para('a'));
      const res = await call('contributor', 'POST', '/admin/api/articles', { ...draft('Many'), body: many });
      expect(res.status).toBe(400);
      expect(res.body.error.issues).toEqual([
        { field: 'body', message: `must have at most ${MAX_BODY_BLOCKS} blocks` },
      ]);

      // Ten thousand runs of formatting at most: each costs far more to check and store than a character.
      const runs = Array.from({ length: 101 }, () => ({
        type: 'paragraph',
        content: Array.from({ length: 100 }, (_, i) => ({ text: 'w ', bold: i % 2 === 0 })),
      }));
      const fussy = await call('contributor', 'POST', '/admin/api/articles', {
        ...draft('Fussy'),
        body: runs,
      });
      expect(fussy.status).toBe(400);
      expect(fussy.body.error.issues[0].message).toMatch(/at most 10000 runs/);

      const huge = JSON.stringify({ ...draft('Huge'), bodyHtml: `<p>${'a'.repeat(1024 * 1024)}</p>` });
      const big = await call('contributor', 'POST', '/admin/api/articles', huge, {
        'content-type': 'application/json',
      });
      expect(big.status).toBe(413);
      expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('article writes per account and minute', () => {
    it(`allows ${SAVES_PER_MINUTE} writes a minute, then answers 429 with Retry-After until the next minute`, async () => {
      nextMinute(); // 08:0x:20: the next minute starts in 40 s
      const created = await call('author', 'POST', '/admin/api/articles', draft('Autosaved'));
      expect(created.status).toBe(201);
      const id = created.body.data.id as string;
      let version = 1;
      for (let i = 1; i < SAVES_PER_MINUTE; i++) {
        const r = await call('author', 'PUT', `/admin/api/articles/${id}`, {
          version,
          headline: `Autosaved ${i}`,
        });
        expect(r.status).toBe(200);
        version = r.body.data.version;
      }
      const refused = await call('author', 'PUT', `/admin/api/articles/${id}`, {
        version,
        headline: 'Too many',
      });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      expect(refused.headers['retry-after']).toBe('40');
      // Workflow moves and new drafts count too; the refused write changed nothing.
      expect(
        (await call('author', 'POST', `/admin/api/articles/${id}/transitions`, { action: 'submit', version }))
          .status,
      ).toBe(429);
      expect((await call('author', 'POST', '/admin/api/articles', draft('Another'))).status).toBe(429);
      const current = await call('author', 'GET', `/admin/api/articles/${id}`);
      expect(current.body.data).toMatchObject({ version, headline: `Autosaved ${SAVES_PER_MINUTE - 1}` });

      // Refused before the body is read: not even malformed JSON gets parsed.
      const early = await call('author', 'PUT', `/admin/api/articles/${id}`, '{"version":', {
        'content-type': 'application/json',
      });
      expect(early.status).toBe(429);

      // Another account is not held back, and reading is never limited.
      expect((await call('author2', 'POST', '/admin/api/articles', draft('Elsewhere'))).status).toBe(201);
      expect((await call('author', 'GET', '/admin/api/articles')).status).toBe(200);

      nextMinute();
      const later = await call('author', 'PUT', `/admin/api/articles/${id}`, {
        version,
        headline: 'Saved later',
      });
      expect(later.status).toBe(200);
      expect(later.body.data.headline).toBe('Saved later');
    });
  });

  describe('other people’s drafts', () => {
    it('hides the headline of a draft in a front-page slot from those who may not open it', async () => {
      nextMinute();
      const secret = 'Minister to resign on Monday';
      const a = await call('author', 'POST', '/admin/api/articles', {
        ...draft(secret),
        body: [para('The minister will step down.')],
      });
      const id = a.body.data.id as string;
      expect((await call('editor', 'PUT', '/admin/api/frontpage/en/lead', { articleId: id })).status).toBe(
        200,
      );

      for (const who of ['contributor', 'contributor2', 'author2'] as const) {
        const fp = await call(who, 'GET', '/admin/api/frontpage?language=en');
        expect(fp.status).toBe(200);
        expect(fp.text, who).not.toContain(secret);
        expect(fp.text, who).not.toContain(id);
        expect(fp.body.data.slots[0]).toEqual({ slot: 'lead', article: null, hidden: true });
      }
      for (const who of ['author', 'editor'] as const) {
        const fp = await call(who, 'GET', '/admin/api/frontpage?language=en');
        expect(fp.body.data.slots[0], who).toEqual({
          slot: 'lead',
          article: { id, headline: secret, status: 'draft' },
          hidden: false,
        });
      }
      // Once readers can see it, so can everyone in the newsroom.
      nextMinute();
      expect(
        (
          await call('author', 'POST', `/admin/api/articles/${id}/transitions`, {
            action: 'publish',
            version: 1,
          })
        ).status,
      ).toBe(200);
      const fp = await call('contributor', 'GET', '/admin/api/frontpage?language=en');
      expect(fp.body.data.slots[0]).toMatchObject({
        article: { headline: secret, status: 'published' },
        hidden: false,
      });
      expect(fp.body.data.slots[1]).toEqual({ slot: 'top-1', article: null, hidden: false });
    });

    it('hides the headline of someone else’s draft among an article’s translations', async () => {
      nextMinute();
      const mine = await call('contributor', 'POST', '/admin/api/articles', draft('Pipeline talks'));
      const id = mine.body.data.id as string;
      const tr = await call('editor', 'POST', `/admin/api/articles/${id}/translations`, { language: 'ru' });
      expect(tr.status).toBe(201);
      const trId = tr.body.data.id as string;
      const trHeadline = 'Переговоры о трубопроводе';
      nextMinute();
      expect(
        (await call('editor', 'PUT', `/admin/api/articles/${trId}`, { version: 1, headline: trHeadline }))
          .status,
      ).toBe(200);

      const seen = await call('contributor', 'GET', `/admin/api/articles/${id}`);
      expect(seen.body.data.translations).toEqual([
        { id: trId, language: 'ru', headline: null, status: 'draft' },
      ]);
      expect(seen.text).not.toContain(trHeadline);
      const editorView = await call('editor', 'GET', `/admin/api/articles/${id}`);
      expect(editorView.body.data.translations[0].headline).toBe(trHeadline);
    });
  });
});
