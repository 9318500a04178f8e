import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(dialects)('the audit log page on %s', (dialect) => {
  let app: TestApp;
  let ownerId = '';
  let editorId = '';
  let articleId = '';
  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const sessions = new Map<string, string>();
  /** One session per person (each sign-in is an entry of its own). */
  async function cookieOf(email: string, lang = 'en') {
    let token = sessions.get(email);
    if (token === undefined) {
      token = (await app.container.accounts.signIn(email, PASSWORD)).token;
      sessions.set(email, token);
    }
    return `nd_session=${token}; nd_admin_lang=${lang}`;
  }
  const audit = async (query = '', lang = 'en') =>
    inject({
      method: 'GET',
      url: `/admin/audit${query}`,
      headers: { cookie: await cookieOf('owner@example.com', lang) },
    });
  /** The rows of the log's table: [who, what, target] as text. */
  const rows = (html: string) =>
    [
      ...html.matchAll(
        /<tr><td><time[^>]*>[^<]*<\/time><\/td><td>([^<]*)<\/td><td><span data-action="[^"]*">([^<]*)<\/span><\/td><td>(.*?)<\/td><\/tr>/g,
      ),
    ].map((m) => [m[1], m[2], m[3]]);

  beforeAll(async () => {
    app = await createTestApp(dialect);
    const { accounts, taxonomy, newsroom } = app.container;
    ownerId = (
      await accounts.setupOwner({ email: 'owner@example.com', name: 'Olga Owner', password: PASSWORD })
    ).id;
    const editor = await accounts.createUser(
      { email: 'editor@example.com', name: 'Eldar Editor', role: 'author', password: PASSWORD },
      ownerId,
    );
    editorId = editor.id;
    await accounts.changeRole(editorId, 'editor', ownerId);
    await taxonomy.createSection({ slug: 'world', name: 'World' });
    const actor = { id: editorId, role: 'editor' as const, name: 'Eldar Editor' };
    const draft = await newsroom.create(actor, {
      language: 'en',
      headline: 'Harbour bridge reopens',
      sectionSlug: 'world',
      body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
    });
    articleId = draft.article.id;
    await newsroom.transition(actor, articleId, { action: 'publish', version: draft.article.version });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('names actions in words, people by name and articles by headline with a link', async () => {
    const res = await audit();
    expect(res.statusCode).toBe(200);
    const all = rows(res.body);
    expect(all).toContainEqual([
      'Eldar Editor',
      'Published',
      `<a href="/admin/articles/${articleId}">Harbour bridge reopens</a>`,
    ]);
    expect(all).toContainEqual(['Olga Owner', 'Changed a role', 'Eldar Editor']);
    expect(all).toContainEqual(['Olga Owner', 'Created an account', 'Eldar Editor']);
    // No id is shown where a name can be.
    expect(res.body).not.toMatch(new RegExp(`<td>${editorId}</td>`));
  });

  it('speaks Russian and Azerbaijani like the rest of the newsroom', async () => {
    expect(rows((await audit('', 'ru')).body).map((r) => r[1])).toEqual(
      expect.arrayContaining(['Опубликовал(а)', 'Изменил(а) роль', 'Создал(а) статью']),
    );
    expect(rows((await audit('', 'az')).body).map((r) => r[1])).toEqual(
      expect.arrayContaining(['Dərc etdi', 'Rolu dəyişdi', 'Məqaləni yaratdı']),
    );
  });

  it('filters by person, action and days in the site’s time zone', async () => {
    const byEditor = rows((await audit(`?user=${editorId}`)).body);
    expect(byEditor.length).toBeGreaterThan(1);
    expect(new Set(byEditor.map((r) => r[0]))).toEqual(new Set(['Eldar Editor']));
    const published = rows((await audit('?action=article.published')).body);
    expect(published.map((r) => r[1])).toEqual(['Published']);
    const page = await audit(`?user=${editorId}&action=article.published`);
    expect(page.body).toMatch(/<option value="article.published" selected>Published<\/option>/);
    expect(rows((await audit(`?user=${ownerId}&action=article.published`)).body)).toEqual([]);
    // Today in Baku includes every entry; a day long past none; an empty field means any.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(new Date());
    expect(rows((await audit(`?from=${today}&to=${today}`)).body).length).toBe(
      rows((await audit()).body).length,
    );
    expect(rows((await audit('?from=&to=2001-01-01')).body)).toEqual([]);
  });

  it('answers a bad filter with the page, naming the field', async () => {
    const res = await audit('?from=yesterday&action=nonsense');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('from');
    expect(res.body).toContain('action');
    expect(rows(res.body)).toEqual([]);
  });

  it('is for administrators only', async () => {
    const res = await inject({
      method: 'GET',
      url: '/admin/audit',
      headers: { cookie: await cookieOf('editor@example.com') },
    });
    expect(res.statusCode).toBe(403);
  });
});
