import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, loadTranslations } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';
import { sectionAnswer, sectionsAnswer, tagAnswer, tagsAnswer } from '../../contract/taxonomy.ts';

const fieldsOf = (body: unknown) =>
  (body as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field).join(' ');

describe.each(dialects)('sections and tags from the newsroom (admin API) on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'admin' | 'editor' | 'author', StaffSession>;
  const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    asStaff(app, who, method, `/admin/api/settings${url}`, body);
  const sections = async () => sectionsAnswer.parse((await call(staff.editor, 'GET', '/sections')).body).data;
  const sectionId = async (slug: string) => (await sections()).sections.find((s) => s.slug === slug)!.id;

  beforeAll(async () => {
    app = await createTestApp(dialect, { pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 600_000 } });
    const { seed } = await loadFixtures(app.container, 3);
    await loadTranslations(app.container, seed);
    await app.container.events.dispatchPending();
    staff = await signInStaff(app, { admin: 'admin', editor: 'editor', author: 'author' });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('is for editors and administrators, reading and writing', async () => {
    expect((await call(staff.admin, 'GET', '/sections')).status).toBe(200);
    expect((await call(staff.editor, 'GET', '/tags')).status).toBe(200);
    const world = await sectionId('world');
    expect((await call(staff.author, 'GET', '/sections')).status).toBe(403);
    expect((await call(staff.author, 'PUT', `/sections/${world}`, { name: 'Taken' })).status).toBe(403);
    expect((await call(staff.author, 'POST', '/sections', { slug: 'x', name: 'X' })).status).toBe(403);
    expect((await sections()).sections.find((s) => s.slug === 'world')?.name).toBe('World');
  });

  it('lists sections with every name and their article counts, in order', async () => {
    const data = await sections();
    expect(data.defaultLanguage).toBe('en');
    expect(data.sections.map((s) => s.slug)).toEqual(['world', 'economy']);
    expect(data.sections[0]).toMatchObject({
      name: 'World',
      names: { az: { name: 'Dünya' }, ru: { name: 'Мир' } },
      articles: 3,
    });
    expect(data.sections[1]).toMatchObject({ articles: 3, description: 'Markets, energy and trade.' });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const world = await sectionId('world');
    const before = await sections();
    const cases: [string, 'POST' | 'PUT', unknown, string][] = [
      [`/sections/${world}`, 'PUT', { name: '  ' }, 'name'],
      [`/sections/${world}`, 'PUT', { color: 'red' }, 'color'],
      [`/sections/${world}`, 'PUT', { names: { fr: { name: 'Monde', description: null } } }, 'names.fr'],
      [`/sections/${world}`, 'PUT', { names: { en: { name: 'Globe', description: null } } }, 'names.en'],
      [`/sections/${world}`, 'PUT', { slug: 'globe' }, 'input'],
      ['/sections', 'POST', { slug: 'Sport News', name: 'Sport' }, 'slug'],
      ['/sections', 'POST', { slug: 'search', name: 'Search' }, 'slug'],
      ['/sections', 'POST', { slug: 'sport' }, 'name'],
    ];
    for (const [url, method, body, field] of cases) {
      const res = await call(staff.editor, method, url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.body), JSON.stringify(body)).toContain(field);
    }
    const taken = await call(staff.editor, 'POST', '/sections', { slug: 'economy', name: 'Economy again' });
    expect(taken.status).toBe(409);
    expect(fieldsOf(taken.body)).toContain('slug');
    expect((await call(staff.editor, 'PUT', '/sections/no-such-id', { name: 'X' })).status).toBe(404);
    expect(await sections()).toEqual(before);
  });

  it('a renamed section shows on readers’ pages at once in each language, and is audited', async () => {
    const world = await sectionId('world');
    expect((await app.server.inject('/ru/')).headers['x-cache']).toBeDefined();
    await app.server.inject('/ru/');
    expect((await app.server.inject('/ru/')).headers['x-cache']).toBe('hit');
    const res = await call(staff.editor, 'PUT', `/sections/${world}`, {
      names: { ru: { name: 'В мире', description: 'Новости из-за рубежа' }, az: null },
    });
    expect(res.status).toBe(200);
    expect(sectionAnswer.parse(res.body).data.names).toEqual({
      ru: { name: 'В мире', description: 'Новости из-за рубежа' },
    });
    expect(await app.container.events.dispatchPending()).toBeGreaterThan(0);
    const ru = await app.server.inject('/ru/');
    expect(ru.headers['x-cache']).not.toBe('hit');
    expect(ru.body).toContain('В мире');
    // Its Azerbaijani name removed: the base name shows in Azerbaijani.
    expect((await app.server.inject('/az/world/')).body).toContain('World');
    const [entry] = await app.container.accounts.auditLog(1, { action: 'section.changed' });
    expect(entry).toMatchObject({
      userId: staff.editor.id,
      target: 'world',
      details: { names: { to: { ru: { name: 'В мире' } } } },
    });
    // The same again: nothing to record, nothing to purge.
    await call(staff.editor, 'PUT', `/sections/${world}`, {
      names: { ru: { name: 'В мире', description: 'Новости из-за рубежа' } },
    });
    expect(await app.container.events.dispatchPending()).toBe(0);
  });

  it('adds a section at the end, orders it, and removes it only while it is empty', async () => {
    const created = await call(staff.editor, 'POST', '/sections', {
      slug: 'sport',
      name: 'Sport',
      names: { az: { name: 'İdman', description: null } },
    });
    expect(created.status).toBe(201);
    const sport = sectionAnswer.parse(created.body).data;
    expect(sport).toMatchObject({ position: 2, articles: 0, names: { az: { name: 'İdman' } } });
    await call(staff.editor, 'PUT', `/sections/${sport.id}`, { position: 0 });
    await call(staff.editor, 'PUT', `/sections/${await sectionId('world')}`, { position: 1 });
    await call(staff.editor, 'PUT', `/sections/${await sectionId('economy')}`, { position: 2 });
    expect((await sections()).sections.map((s) => s.slug)).toEqual(['sport', 'world', 'economy']);
    await app.container.events.dispatchPending();
    expect((await app.server.inject('/az/sport/')).statusCode).toBe(200);

    const busy = await call(staff.editor, 'DELETE', `/sections/${await sectionId('economy')}`);
    expect(busy.status).toBe(409);
    expect((busy.body as { error: { message: string } }).error.message).toContain('3 article');
    expect((await call(staff.editor, 'DELETE', `/sections/${sport.id}`)).status).toBe(204);
    expect((await sections()).sections.map((s) => s.slug)).toEqual(['world', 'economy']);
    await app.container.events.dispatchPending();
    expect((await app.server.inject('/az/sport/')).statusCode).toBe(404);
    const [entry] = await app.container.accounts.auditLog(1, { action: 'section.removed' });
    expect(entry).toMatchObject({ target: 'sport' });
  });

  it('finds tags by any of their names and names them per language', async () => {
    const all = tagsAnswer.parse((await call(staff.editor, 'GET', '/tags')).body).data;
    expect(all.tags.map((t) => t.slug)).toEqual(['azerbaijan', 'diplomacy', 'energy']);
    expect(all.total).toBe(3);
    const found = tagsAnswer.parse((await call(staff.editor, 'GET', '/tags?q=дипло')).body).data;
    expect(found.tags.map((t) => [t.slug, t.names.ru])).toEqual([['diplomacy', 'Дипломатия']]);
    const paged = tagsAnswer.parse((await call(staff.editor, 'GET', '/tags?limit=1&offset=1')).body).data;
    expect(paged).toMatchObject({ total: 3, tags: [{ slug: 'diplomacy' }] });
    const energy = all.tags.find((t) => t.slug === 'energy')!;
    expect(energy.articles).toBe(1);

    const bad = await call(staff.editor, 'PUT', `/tags/${energy.id}`, { names: { de: 'Energie' } });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toContain('names.de');
    const res = await call(staff.editor, 'PUT', `/tags/${energy.id}`, {
      names: { ru: 'Энергетика', az: 'Enerji' },
    });
    expect(tagAnswer.parse(res.body).data.names).toMatchObject({ ru: 'Энергетика', az: 'Enerji' });
    // A tag on a Russian article: its new name shows on the Russian article page at once.
    const diplomacy = all.tags.find((t) => t.slug === 'diplomacy')!;
    const article = (await app.container.reader.latest({ language: 'ru' }, 1))[0]!;
    const url = `/ru/world/${article.slug}`;
    await app.server.inject(url);
    expect((await app.server.inject(url)).headers['x-cache']).toBe('hit');
    await call(staff.editor, 'PUT', `/tags/${diplomacy.id}`, { names: { ru: 'Внешняя политика' } });
    await app.container.events.dispatchPending();
    const page = await app.server.inject(url);
    expect(page.headers['x-cache']).not.toBe('hit');
    expect(page.body).toContain('Внешняя политика');
    expect(page.body).not.toContain('Дипломатия');
    // Emptied: the Russian name goes, the base name shows again.
    await call(staff.editor, 'PUT', `/tags/${energy.id}`, { names: { ru: '' } });
    const after = tagsAnswer.parse((await call(staff.editor, 'GET', '/tags?q=energy')).body).data;
    expect(after.tags[0]?.names.ru).toBeUndefined();
    const [entry] = await app.container.accounts.auditLog(1, { action: 'tag.changed' });
    expect(entry).toMatchObject({ target: 'energy' });
  });
});
