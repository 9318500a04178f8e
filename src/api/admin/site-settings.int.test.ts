import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';
import { siteSettingsAnswer } from '../../contract/site-settings.ts';

describe.each(dialects)('site settings from the newsroom (admin API) on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'admin' | 'editor' | 'author' | 'contributor', StaffSession>;
  const put = (who: StaffSession, body: unknown) =>
    asStaff(app, who, 'PUT', '/admin/api/settings/site', body);
  const front = () => app.server.inject({ method: 'GET', url: '/en/' });

  beforeAll(async () => {
    app = await createTestApp(dialect, { pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 600_000 } });
    await loadFixtures(app.container, 2);
    await app.container.events.dispatchPending();
    staff = await signInStaff(app, {
      admin: 'admin',
      editor: 'editor',
      author: 'author',
      contributor: 'contributor',
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('is for administrators only, reading and writing', async () => {
    expect((await asStaff(app, staff.admin, 'GET', '/admin/api/settings/site')).status).toBe(200);
    for (const who of [staff.editor, staff.author, staff.contributor]) {
      expect((await asStaff(app, who, 'GET', '/admin/api/settings/site')).status).toBe(403);
      expect((await put(who, { name: 'Taken over' })).status).toBe(403);
    }
    expect(app.container.site.settings().name).not.toBe('Taken over');
  });

  it('refuses bad values naming the field, and stores nothing', async () => {
    const before = siteSettingsAnswer.parse(
      (await asStaff(app, staff.admin, 'GET', '/admin/api/settings/site')).body,
    );
    const cases: [unknown, string][] = [
      [{ name: '   ' }, 'name'],
      [{ pageSize: 0 }, 'pageSize'],
      [{ pageSize: 'ten' }, 'pageSize'],
      [{ publisher: { legalName: 'X', address: 'Y', email: 'not an address' } }, 'publisher.email'],
      [{ textSize: { default: 40, step: 2, min: 12, max: 32 } }, 'textSize'],
      [{ colour: 'red' }, 'input'],
      [{ brandColor: 'red' }, 'brandColor'],
      [{ brandColor: '#fff' }, 'brandColor'],
      // Yellow on the near-white page: about 1.07:1, far under AA's 4.5:1.
      [{ brandColor: '#ffff00' }, 'brandColor'],
      [{ taglines: { fr: 'Nouvelles' } }, 'taglines.fr'],
      [{ taglines: { en: 'The default language has the tagline itself' } }, 'taglines.en'],
    ];
    for (const [body, field] of cases) {
      const res = await put(staff.admin, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const fields = (res.body as { error: { issues: { field: string }[] } }).error.issues.map(
        (i) => i.field,
      );
      expect(fields.join(' '), JSON.stringify(body)).toContain(field);
    }
    const after = siteSettingsAnswer.parse(
      (await asStaff(app, staff.admin, 'GET', '/admin/api/settings/site')).body,
    );
    expect(after).toEqual(before);
  });

  it('a change is audited and readers see it on their next request (every cached page purged)', async () => {
    const cached = await front();
    expect((await front()).headers['x-cache']).toBe('hit');
    expect(cached.body).not.toContain('Caspian Ledger');
    const res = await put(staff.admin, {
      name: 'Caspian Ledger',
      tagline: 'Reported from the shore',
      pageSize: 7,
      publisher: {
        legalName: 'Caspian Ledger LLC',
        address: '2 Shore Road, Baku',
        email: 'desk@ledger.example',
      },
    });
    expect(res.status).toBe(200);
    expect(siteSettingsAnswer.parse(res.body).data).toMatchObject({ name: 'Caspian Ledger', pageSize: 7 });
    expect(await app.container.events.dispatchPending()).toBeGreaterThan(0);
    const fresh = await front();
    expect(fresh.headers['x-cache']).not.toBe('hit');
    expect(fresh.body).toContain('Caspian Ledger');
    expect(fresh.body).toContain('Reported from the shore');
    const [entry] = await app.container.accounts.auditLog(1, { action: 'settings.changed' });
    expect(entry).toMatchObject({
      userId: staff.admin.id,
      target: 'site',
      details: { name: { to: 'Caspian Ledger' }, pageSize: { from: 10, to: 7 } },
    });
    // The same values again change nothing: no entry, no purge.
    await put(staff.admin, { name: 'Caspian Ledger' });
    expect(await app.container.events.dispatchPending()).toBe(0);
  });

  it('the tagline per language: each language’s header shows its own, an empty one falls back', async () => {
    const res = await put(staff.admin, { taglines: { ru: '  Вести с берега  ', az: 'Sahildən xəbərlər' } });
    expect(res.status).toBe(200);
    expect(siteSettingsAnswer.parse(res.body).data).toMatchObject({
      taglines: { ru: 'Вести с берега', az: 'Sahildən xəbərlər' },
      languages: expect.arrayContaining(['en', 'ru', 'az']) as unknown,
    });
    await app.container.events.dispatchPending();
    expect((await app.server.inject('/ru/')).body).toContain('Вести с берега');
    expect((await app.server.inject('/az/')).body).toContain('Sahildən xəbərlər');
    // Emptied: Russian readers see the site's tagline again.
    await put(staff.admin, { taglines: { ru: '', az: 'Sahildən xəbərlər' } });
    await app.container.events.dispatchPending();
    const ru = (await app.server.inject('/ru/')).body;
    expect(ru).not.toContain('Вести с берега');
    expect(ru).toContain(app.container.site.settings().tagline);
    const [entry] = await app.container.accounts.auditLog(1, { action: 'settings.changed' });
    expect(entry?.details).toMatchObject({ taglines: { to: { az: 'Sahildən xəbərlər' } } });
  });

  it('the brand colour: refused below AA naming the contrast, else on every page and the share image', async () => {
    const pale = await put(staff.admin, { brandColor: '#7FA7D9' });
    expect(pale.status).toBe(400);
    expect(JSON.stringify(pale.body)).toMatch(/brandColor: contrast \d\.\d\d:1 .*WCAG AA needs 4\.5:1/);
    const oldShare = /<meta property="og:image" content="([^"]+)"/.exec((await front()).body)?.[1];
    const res = await put(staff.admin, { brandColor: '#0B5D3B' });
    expect(res.status).toBe(200);
    expect(siteSettingsAnswer.parse(res.body).data.brandColor).toBe('#0b5d3b');
    await app.container.events.dispatchPending();
    const page = (await front()).body;
    expect(page).toMatch(/<html lang="en" style="--brand:#0b5d3b"/);
    const share = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
    expect(share).toBeDefined();
    expect(share).not.toBe(oldShare);
    const png = await app.server.inject(new URL(share ?? '').pathname + new URL(share ?? '').search);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const [entry] = await app.container.accounts.auditLog(1, { action: 'settings.changed' });
    expect(entry?.details).toMatchObject({ brandColor: { from: '#a4161a', to: '#0b5d3b' } });
  });

  it('menus: sections and custom links in the set order, per language; bad entries named', async () => {
    const link = (url: string, labels: Record<string, string> = { en: 'About us' }) => ({
      type: 'link',
      labels,
      url,
    });
    const bad: [unknown, string][] = [
      [{ header: [link('javascript:alert(1)')], footer: null }, 'menus.header.0.url'],
      [{ header: [link('//evil.example/x')], footer: null }, 'menus.header.0.url'],
      [{ header: [link('ftp://files.example/')], footer: null }, 'menus.header.0.url'],
      [{ header: null, footer: [link('/en/about', { ru: 'О нас' })] }, 'menus.footer.0.labels.en'],
      [
        { header: null, footer: [link('/en/about', { en: 'About', fr: 'À propos' })] },
        'menus.footer.0.labels.fr',
      ],
      [{ header: [{ type: 'section', section: 'weather' }], footer: null }, 'menus.header.0.section'],
      [{ header: [{ type: 'page', url: '/' }], footer: null }, 'menus.header.0.type'],
    ];
    for (const [menus, field] of bad) {
      const res = await put(staff.admin, { menus });
      expect(res.status, JSON.stringify(menus)).toBe(400);
      expect(JSON.stringify(res.body), JSON.stringify(menus)).toContain(`"field":"${field}`);
    }
    expect(app.container.site.settings().menus).toEqual({ header: null, footer: null });
    // A section entry shows the section's name in the page's language.
    const world = await app.container.store.repos.sections.findBySlug('world');
    await app.container.store.repos.sections.setName(world?.id ?? '', 'ru', 'Мир', null);

    const res = await put(staff.admin, {
      menus: {
        header: [
          link('https://example.org/live?from=menu', { en: 'Live', ru: 'Эфир', az: ' ' }),
          { type: 'section', section: 'world' },
        ],
        footer: [link('/en/latest/', { en: 'Latest news', ru: 'Последние новости' })],
      },
    });
    expect(res.status).toBe(200);
    await app.container.events.dispatchPending();
    const navOf = (html: string, cls: RegExp) =>
      [...(cls.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [
        m[1],
        m[2],
      ]);
    const header = /<nav class="section-nav"[^>]*>([\s\S]*?)<\/nav>/;
    const footer = /<footer[\s\S]*?<nav[^>]*>([\s\S]*?)<\/nav>/;
    const ru = (await app.server.inject('/ru/')).body;
    expect(navOf(ru, header)).toEqual([
      ['https://example.org/live?from=menu', 'Эфир'],
      ['/ru/world/', 'Мир'],
    ]);
    expect(navOf(ru, footer)).toEqual([['/en/latest/', 'Последние новости']]);
    // No Azerbaijani label: the default language's shows.
    expect(navOf((await app.server.inject('/az/')).body, header)[0]).toEqual([
      'https://example.org/live?from=menu',
      'Live',
    ]);
    // Back to the sections.
    expect((await put(staff.admin, { menus: { header: null, footer: null } })).status).toBe(200);
    await app.container.events.dispatchPending();
    expect(navOf((await app.server.inject('/en/')).body, header).map(([href]) => href)).not.toContain(
      'https://example.org/live?from=menu',
    );
  });
});
