import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/** The newsroom's server pages speak the chosen language, else the browser's, else English. */
describe('newsroom pages in en, az and ru', () => {
  let app: TestApp;
  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const signIn = (headers: Record<string, string> = {}) =>
    inject({ method: 'GET', url: '/admin/signin', headers });

  beforeAll(async () => {
    app = await createTestApp('sqlite');
    await app.container.accounts.setupOwner({
      email: 'owner@example.com',
      name: 'Owner',
      password: PASSWORD,
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('is English by default', async () => {
    const res = await signIn();
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<label for="f-password">Password</label>');
    expect(res.body).toContain('<title>Sign in — Newsroom</title>');
  });

  it('follows Accept-Language: Azerbaijani and Russian sign-in pages', async () => {
    const az = await signIn({ 'accept-language': 'az-AZ,az;q=0.9,en;q=0.5' });
    expect(az.statusCode).toBe(200);
    expect(az.headers['content-language']).toBe('az');
    expect(az.body).toContain('<html lang="az">');
    expect(az.body).toContain('<h1 class="page-title">Giriş</h1>');
    expect(az.body).toContain('<label for="f-email">E-poçt</label>');
    expect(az.body).toContain('<label for="f-password">Parol</label>');
    expect(az.body).toContain('<a href="/admin/forgot">Parolu unutmusunuz?</a>');

    const ru = await signIn({ 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(ru.body).toContain('<html lang="ru">');
    expect(ru.body).toContain('<title>Вход — Редакция</title>');
    expect(ru.body).toContain('<label for="f-email">Электронная почта</label>');
    expect(ru.body).toContain('<button type="submit">Войти</button>');

    // A language the newsroom does not speak: English.
    expect((await signIn({ 'accept-language': 'de-DE,fr;q=0.8' })).body).toContain('<html lang="en">');
  });

  it('the header’s language switch remembers the choice in a cookie, over the browser’s', async () => {
    const page = await signIn({ 'accept-language': 'ru' });
    expect(page.body).toContain(
      '<a href="/admin/language?to=az&amp;back=%2Fadmin%2Fsignin" lang="az" hreflang="az">Azərbaycanca</a>',
    );
    const res = await inject({ method: 'GET', url: '/admin/language?to=az&back=/admin/signin' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/signin');
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('nd_admin_lang='));
    expect(cookie).toMatch(/^nd_admin_lang=az; Max-Age=31536000; Path=\/admin; HttpOnly; SameSite=Lax$/);
    const az = await signIn({ cookie: cookie!.split(';')[0]!, 'accept-language': 'ru' });
    expect(az.body).toContain('<html lang="az">');
    expect(az.body).toContain('<label for="f-password">Parol</label>');
    expect(az.body).toContain('aria-current="true">Azərbaycanca</a>');

    const ru = await signIn({ cookie: 'nd_admin_lang=ru' });
    expect(ru.body).toContain('<html lang="ru">');
    expect(ru.body).toContain('<label for="f-password">Пароль</label>');
  });

  it('the language switch refuses an unknown language and any way off the newsroom', async () => {
    for (const back of [
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example/admin',
      '/admin/../en/',
      '/en/',
    ]) {
      const res = await inject({
        method: 'GET',
        url: `/admin/language?${new URLSearchParams({ to: 'ru', back }).toString()}`,
      });
      expect(res.statusCode, back).toBe(400);
      expect(res.headers.location, back).toBeUndefined();
      expect(res.headers['set-cookie'], back).toBeUndefined();
    }
    expect((await inject({ method: 'GET', url: '/admin/language?to=xx&back=/admin' })).statusCode).toBe(400);
    const plain = await inject({ method: 'GET', url: '/admin/language?to=ru' });
    expect(plain.headers.location).toBe('/admin');
  });

  it('speaks Russian on the users page: roles, statuses, a count, dates in the site’s time zone', async () => {
    const s = await app.container.accounts.signIn('owner@example.com', PASSWORD);
    const headers = { cookie: `nd_session=${s.token}; nd_admin_lang=ru` };
    const users = await inject({ method: 'GET', url: '/admin/users', headers });
    expect(users.statusCode).toBe(200);
    expect(users.body).toContain('<html lang="ru">');
    expect(users.body).toContain('<p class="page-intro">1 пользователь</p>');
    expect(users.body).toMatch(/<td>owner@example.com<\/td><td>администратор<\/td><td>активен<\/td>/);
    expect(users.body).toContain('<option value="editor">редактор</option>');
    expect(users.body).toContain('ссылка действует один раз в течение 7 дней.');
    const audit = await inject({ method: 'GET', url: '/admin/audit', headers });
    expect(audit.body).toContain('<th scope="col">Когда (Asia/Baku)</th>');
    // "2 декабря 2026, 03:58": day, month in the genitive, year, and the wall-clock time in Baku.
    const [, iso, shown] = /<time datetime="([^"]+)">([^<]+)<\/time>/.exec(audit.body) ?? [];
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:00$/);
    const [, y, mo, d, hm] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d)/.exec(iso!)!;
    const months = [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ];
    expect(shown).toBe(`${Number(d)} ${months[Number(mo) - 1]} ${y}, ${hm}`);
  });
});
