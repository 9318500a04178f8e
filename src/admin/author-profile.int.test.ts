import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { signInStaff, type StaffSession } from '../../test/utils/staff.ts';
import { loadFixtures } from '../../test/fixtures/content.ts';
import type { Media } from '../domain/media.ts';
import { paragraph } from '../domain/body.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Issue 15: the newsroom sets a user's job title, biography and photo; the author page shows them. */
describe.each(dialects)('author pages set in the newsroom on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'owner' | 'editor', StaffSession>;
  let leyla: string;
  let photo: Media;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    await loadFixtures(app.container, 2);
    staff = await signInStaff(app, { owner: 'admin', editor: 'editor' });
    // The account of the fixtures' byline "Leyla Hasanova".
    const user = await app.container.accounts.createUser(
      { email: 'leyla@example.com', name: 'Leyla Hasanova', role: 'contributor', password: 'x'.repeat(16) },
      null,
    );
    leyla = user.id;
    const jpeg = await sharp({
      create: { width: 800, height: 800, channels: 3, background: { r: 90, g: 60, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    photo = await app.container.media.upload({
      bytes: jpeg,
      filename: 'leyla.jpg',
      alt: 'Leyla Hasanova',
      uploadedBy: null,
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  const post = (s: StaffSession, url: string, form: Record<string, string>) =>
    app.server.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, ...FORM },
      payload: new URLSearchParams({ ...form, _csrf: s.csrf }).toString(),
    });
  const get = (url: string, s?: StaffSession) =>
    app.server.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });

  it('the users page links each account to its author page form, which shows the byline as it is', async () => {
    const users = (await get('/admin/users', staff.owner)).body;
    expect(users).toContain(
      `<a href="/admin/users/${leyla}/profile" aria-label="Author page of Leyla Hasanova">`,
    );
    const form = (await get(`/admin/users/${leyla}/profile`, staff.owner)).body;
    expect(form).toContain('Author page: Leyla Hasanova');
    // The fixtures' byline already has a job title; the photo choice offers the library's picture.
    expect(form).toMatch(/<input[^>]*name="role"[^>]*value="Economics correspondent"/);
    expect(form).toContain(`value="${photo.id}"`);
    expect(form).toContain('<a href="/en/author/leyla-hasanova">');
  });

  it('saving sets title, biography and photo; the author page shows them with ProfilePage JSON-LD', async () => {
    const res = await post(staff.owner, `/admin/users/${leyla}/profile`, {
      role: 'Energy correspondent',
      bio: 'Leyla Hasanova reports on oil, gas and the Caspian ports.',
      photoMediaId: photo.id,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/users/${leyla}/profile?done=saved`);
    expect((await get(String(res.headers.location), staff.owner)).body).toContain(
      'The author page was saved.',
    );

    const page = (await get('/en/author/leyla-hasanova')).body;
    expect(page).toContain(
      `<img class="author-photo" src="/media/${photo.id}/320.jpg" alt="Leyla Hasanova" width="160" height="160"`,
    );
    expect(page).toContain('<p class="role">Energy correspondent</p>');
    expect(page).toContain('Leyla Hasanova reports on oil, gas and the Caspian ports.');
    const ld = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
      .find((d) => d['@type'] === 'ProfilePage');
    expect(ld?.mainEntity).toEqual({
      '@type': 'Person',
      name: 'Leyla Hasanova',
      url: 'http://news.test/en/author/leyla-hasanova',
      jobTitle: 'Energy correspondent',
      description: 'Leyla Hasanova reports on oil, gas and the Caspian ports.',
      image: `http://news.test/media/${photo.id}/320.jpg`,
    });
    // The photo's file is there to be fetched.
    expect((await get(`/media/${photo.id}/320.jpg`)).statusCode).toBe(200);
    // The account now writes under that byline, and the change is in the audit log.
    expect(await app.container.store.repos.accounts.bylineOf(leyla)).toBe(
      (await app.container.taxonomy.person('leyla-hasanova'))!.id,
    );
    const log = await app.container.store.repos.accounts.auditLog(5, { action: 'user.profile' });
    expect(log.map((e) => e.target)).toEqual([leyla]);
  });

  it('describes the photo per language (the name where there is none) and marks a byline as an organisation', async () => {
    const form = (await get(`/admin/users/${leyla}/profile`, staff.owner)).body;
    for (const code of ['en', 'az', 'ru']) expect(form).toContain(`name="photoAlt.${code}"`);
    expect(form).toMatch(/<input[^>]*name="kind"[^>]*value="person"[^>]*checked/);
    const res = await post(staff.owner, `/admin/users/${leyla}/profile`, {
      kind: 'person',
      role: 'Energy correspondent',
      bio: '',
      photoMediaId: photo.id,
      'photoAlt.en': 'Leyla Hasanova at the Baku port',
      'photoAlt.ru': 'Лейла Гасанова в Бакинском порту',
      'photoAlt.az': '  ',
    });
    expect(res.statusCode).toBe(303);
    const alt = async (lang: string) =>
      /<img class="author-photo"[^>]*alt="([^"]*)"/.exec(
        (await get(`/${lang}/author/leyla-hasanova`)).body,
      )?.[1];
    expect(await alt('en')).toBe('Leyla Hasanova at the Baku port');
    expect(await alt('ru')).toBe('Лейла Гасанова в Бакинском порту');
    expect(await alt('az')).toBe('Leyla Hasanova');
    // The form shows what was saved.
    expect((await get(`/admin/users/${leyla}/profile`, staff.owner)).body).toMatch(
      /<input[^>]*name="photoAlt.ru"[^>]*value="Лейла Гасанова в Бакинском порту"/,
    );

    // An organisation byline: its author page and JSON-LD say Organization.
    const org = await post(staff.owner, `/admin/users/${leyla}/profile`, {
      kind: 'organization',
      role: '',
      bio: '',
      photoMediaId: '',
    });
    expect(org.statusCode).toBe(303);
    expect((await app.container.taxonomy.person('leyla-hasanova'))?.kind).toBe('organization');
    expect((await get('/en/author/leyla-hasanova')).body).toContain(
      '"mainEntity":{"@type":"Organization","name":"Leyla Hasanova"',
    );
    // Back to a person; bad input names its field and changes nothing.
    expect(
      (
        await post(staff.owner, `/admin/users/${leyla}/profile`, {
          kind: 'person',
          role: '',
          bio: '',
          photoMediaId: '',
        })
      ).statusCode,
    ).toBe(303);
    const bad = await post(staff.owner, `/admin/users/${leyla}/profile`, {
      kind: 'robot',
      role: 'Kept out',
      bio: '',
      photoMediaId: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('must be a person or an organisation');
    await expect(
      app.container.authorProfiles.save(
        leyla,
        { role: '', bio: '', photoMediaId: photo.id, photoAlt: { fr: 'Une photo' } },
        staff.owner.id,
      ),
    ).rejects.toThrow(/photoAlt\.fr: is not a language of this site/);
    expect((await app.container.taxonomy.person('leyla-hasanova'))?.kind).toBe('person');
  });

  it('no photo removes it; blanks mean none', async () => {
    const res = await post(staff.owner, `/admin/users/${leyla}/profile`, {
      role: ' ',
      bio: '',
      photoMediaId: '',
    });
    expect(res.statusCode).toBe(303);
    const person = (await app.container.taxonomy.person('leyla-hasanova'))!;
    expect([person.role, person.bio, person.photoUrl]).toEqual([null, null, null]);
    expect((await get('/en/author/leyla-hasanova')).body).not.toContain('class="author-card');
  });

  it('a picture not in the library is refused, naming the field, and nothing changes', async () => {
    const res = await post(staff.owner, `/admin/users/${leyla}/profile`, {
      role: 'Kept out',
      bio: '',
      photoMediaId: 'no-such-picture',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('no such picture in the media library');
    expect(res.body).toMatch(/<input[^>]*name="role"[^>]*value="Kept out"/);
    expect((await app.container.taxonomy.person('leyla-hasanova'))!.role).toBeNull();
  });

  it('a user without a byline gets one under their name; editors may not set profiles', async () => {
    const res = await post(staff.owner, `/admin/users/${staff.editor.id}/profile`, {
      role: 'Night editor',
      bio: '',
      photoMediaId: '',
    });
    expect(res.statusCode).toBe(303);
    expect((await app.container.taxonomy.person('the-editor'))?.role).toBe('Night editor');
    expect((await get(`/admin/users/${leyla}/profile`, staff.editor)).statusCode).toBe(403);
    expect(
      (await post(staff.editor, `/admin/users/${leyla}/profile`, { role: 'x', bio: '', photoMediaId: '' }))
        .statusCode,
    ).toBe(403);
  });
  it('an organisation byline is an Organization author in the article JSON-LD, linked to its page', async () => {
    const c = app.container;
    await c.taxonomy.createPerson({ name: 'Economy desk', kind: 'organization' });
    const a = await c.writer.create({
      language: 'en',
      headline: 'Desk note on Caspian freight',
      sectionSlug: 'economy',
      authors: [{ name: 'Economy desk' }],
      body: [paragraph('Freight volumes rose.')],
      status: 'published',
    });
    const html = (await get(`/en/economy/${a.slug}`)).body;
    const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .flatMap((m) => [JSON.parse(m[1]!) as Record<string, unknown> | Record<string, unknown>[]].flat())
      .find((d) => d['@type'] === 'NewsArticle');
    expect(ld?.author).toEqual([
      { '@type': 'Organization', name: 'Economy desk', url: 'http://news.test/en/author/economy-desk' },
    ]);
    const page = (await get('/en/author/economy-desk')).body;
    expect(page).toContain('"mainEntity":{"@type":"Organization","name":"Economy desk"');
  });
});
