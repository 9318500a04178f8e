import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, roles, type Role } from '../domain/roles.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { errorAnswer } from '../../test/utils/error-answer.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { articleListItemSchema } from '../contract/articles.ts';
import { meResponse } from '../contract/site.ts';
import { pageOf } from '../contract/wire.ts';
import { adminRoutes } from './routes.tsx';

const PASSWORD = 'correct horse battery staple';

describe.each(dialects)('newsroom accounts on %s', (dialect) => {
  let app: TestApp;
  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const cookieOf = (res: { headers: Record<string, unknown> }, name: string) => {
    const all = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
    return all.find((c) => c.startsWith(`${name}=`));
  };
  /** GETs a form page, then posts it with the pre-session CSRF token and cookie. */
  async function postForm(url: string, form: Record<string, string>) {
    const page = await inject({ method: 'GET', url });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = cookieOf(page, 'nd_csrf')!.split(';')[0]!;
    return inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...form, _csrf: csrf }).toString(),
    });
  }
  async function signedIn(email: string) {
    const s = await app.container.accounts.signIn(email, PASSWORD);
    return { cookie: `nd_session=${s.token}`, csrf: s.csrf };
  }

  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('on an empty site /admin leads to a one-time setup that creates the owner', async () => {
    expect((await inject({ method: 'GET', url: '/admin' })).headers.location).toBe('/admin/setup');
    const weak = await postForm('/admin/setup', {
      name: 'Owner',
      email: 'owner@example.com',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('must have at least 12 characters');
    expect(await app.container.accounts.needsSetup()).toBe(true);
    const ok = await postForm('/admin/setup', {
      name: 'Owner',
      email: 'Owner@Example.com',
      password: PASSWORD,
    });
    // The owner is signed in at once: a session cookie, and on to the newsroom.
    expect(ok.headers.location).toBe('/admin');
    expect(String(ok.headers['set-cookie'])).toMatch(/nd_session=/);
    expect((await inject({ method: 'GET', url: '/admin/setup' })).headers.location).toBe('/admin/signin');
    expect((await postForm('/admin/signin', { email: 'x@example.com', password: 'y' })).statusCode).toBe(401);
  });

  it('refuses a form without its CSRF token', async () => {
    const res = await inject({
      method: 'POST',
      url: '/admin/signin',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=owner%40example.com&password=x',
    });
    expect(res.statusCode).toBe(403);
    expect(errorAnswer.parse(res.json()).error.code).toBe('FORBIDDEN');
  });

  it('signs in with a server-side session in an HttpOnly, SameSite cookie scoped to /admin', async () => {
    const res = await postForm('/admin/signin', { email: 'owner@example.com', password: PASSWORD });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin');
    const cookie = cookieOf(res, 'nd_session')!;
    expect(cookie).toMatch(/^nd_session=[\w-]{43}; Path=\/admin; Expires=.*; HttpOnly; SameSite=Lax$/);
    const session = { cookie: cookie.split(';')[0]! };
    const home = await inject({ method: 'GET', url: '/admin', headers: session });
    expect(home.headers.location).toBe('/admin/articles');
    const app_ = await inject({ method: 'GET', url: '/admin/articles', headers: session });
    expect(app_.statusCode).toBe(200);
    expect(app_.headers['cache-control']).toBe('no-store');
    const me = meResponse.parse(
      (await inject({ method: 'GET', url: '/admin/api/me', headers: session })).json(),
    );
    expect(me.data).toMatchObject({ name: 'Owner', role: 'admin' });
    const stored = await app.container.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.split(';')[0]!.slice('nd_session='.length));
  });

  it('wrong passwords read the same as unknown accounts, and an account locks after five', async () => {
    const unknown = await postForm('/admin/signin', { email: 'nobody@example.com', password: PASSWORD });
    const wrong = await postForm('/admin/signin', {
      email: 'owner@example.com',
      password: 'not the password at all',
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(/role="alert">([^<]+)</.exec(unknown.body)?.[1]).toBe(
      /role="alert">([^<]+)</.exec(wrong.body)?.[1],
    );
    await app.container.accounts.createUser(
      { email: 'target@example.com', name: 'Target', role: 'author', password: PASSWORD },
      null,
    );
    for (let i = 0; i < 5; i++)
      await postForm('/admin/signin', { email: 'target@example.com', password: 'wrong password!!' });
    const locked = await postForm('/admin/signin', { email: 'target@example.com', password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Too many failed sign-ins');
  });

  it('limits sign-in attempts per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await inject({
        method: 'POST',
        url: '/admin/signin',
        remoteAddress: '10.9.9.9',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=a%40b.c&password=x',
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 20).every((c) => c === 403)).toBe(true); // no CSRF token: refused, but counted
    expect(codes.slice(20)).toEqual([429, 429]);
    expect(
      (
        await inject({
          method: 'POST',
          url: '/admin/signin',
          remoteAddress: '10.9.9.10',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'x=y',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('enforces each route’s declared permission for every role', async () => {
    const sessions: Partial<Record<Role, { cookie: string; csrf: string }>> = {};
    for (const role of roles) {
      const email = `${role}@example.com`;
      await app.container.accounts.createUser({ email, name: `A ${role}`, role, password: PASSWORD }, null);
      sessions[role] = await signedIn(email);
    }
    // Every route the app serves under /admin declares its access (a new route without one fails here)…
    const served = app.routes.filter((r) => r.url.startsWith('/admin'));
    expect(served.filter((r) => !r.access)).toEqual([]);
    // …and the server-rendered pages are all among them.
    const pages = adminRoutes({
      accounts: app.container.accounts,
      reader: app.container.reader,
      stylesheet: '',
      secureCookies: false,
    });
    const servedKeys = served.map((r) => `${r.method} ${r.url} ${r.access}`);
    for (const r of pages) expect(servedKeys).toContain(`${r.method} ${r.url} ${r.access}`);
    // Path parameters get a value that names nothing: a permitted role gets past the check to a 404 or 400.
    const routes = served.map((r) => ({
      ...r,
      method: r.method,
      url: r.url.replace(/:(\w+)/g, (_m, name: string) =>
        name === 'language'
          ? 'en'
          : name === 'slot'
            ? 'lead'
            : /version|revision/.test(name)
              ? '1'
              : 'no-such-thing',
      ),
      access: r.access as 'public' | Parameters<typeof can>[1],
    }));

    for (const route of routes.filter((r) => r.access !== 'public' && r.url !== '/admin/signout')) {
      for (const role of roles) {
        const s = sessions[role]!;
        const res = await inject({
          method: route.method,
          url: route.url,
          headers: {
            cookie: s.cookie,
            'x-csrf-token': s.csrf,
            'content-type': 'application/x-www-form-urlencoded',
          },
          ...(route.method !== 'GET' && route.method !== 'DELETE' ? { payload: 'current=x&next=y' } : {}),
        });
        const allowed = can(role, route.access as Exclude<typeof route.access, 'public'>);
        expect(res.statusCode === 403, `${role} ${route.method} ${route.url} → ${res.statusCode}`).toBe(
          !allowed,
        );
      }
      const anonymous = await inject({ method: route.method, url: route.url });
      expect([303, 401, 403], `anonymous ${route.method} ${route.url}`).toContain(anonymous.statusCode);
    }
  });

  it('requires the session’s CSRF token on state-changing requests', async () => {
    const s = await signedIn('editor@example.com');
    const res = await inject({ method: 'POST', url: '/admin/signout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    const other = await signedIn('author@example.com');
    const wrongToken = await inject({
      method: 'POST',
      url: '/admin/signout',
      headers: { cookie: s.cookie, 'x-csrf-token': other.csrf },
    });
    expect(wrongToken.statusCode).toBe(403);
  });

  it('changes a password, ending the other sessions, and signs out', async () => {
    const a = await signedIn('author@example.com');
    const b = await signedIn('author@example.com');
    const form = (current: string, next: string, csrf: string) =>
      new URLSearchParams({ current, next, _csrf: csrf }).toString();
    const bad = await inject({
      method: 'POST',
      url: '/admin/account/password',
      headers: { cookie: a.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form('wrong', 'a new long password', a.csrf),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('is wrong');
    const ok = await inject({
      method: 'POST',
      url: '/admin/account/password',
      headers: { cookie: a.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form(PASSWORD, 'a new long password', a.csrf),
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await inject({ method: 'GET', url: '/admin/api/me', headers: { cookie: b.cookie } })).statusCode,
    ).toBe(401);
    expect(
      meResponse.parse(
        (await inject({ method: 'GET', url: '/admin/api/me', headers: { cookie: a.cookie } })).json(),
      ).data.role,
    ).toBe('author');
    const out = await inject({
      method: 'POST',
      url: '/admin/signout',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
    });
    expect(out.headers.location).toBe('/admin/signin');
    expect(
      (await inject({ method: 'GET', url: '/admin/api/me', headers: { cookie: a.cookie } })).statusCode,
    ).toBe(401);
  });

  it('records who did what in the audit log, visible to admins only', async () => {
    const admin = await signedIn('owner@example.com');
    const log = await inject({ method: 'GET', url: '/admin/audit', headers: { cookie: admin.cookie } });
    expect(log.statusCode).toBe(200);
    for (const action of ['user.created', 'signin', 'signin.failed', 'password.changed', 'signout'])
      expect(log.body).toContain(`data-action="${action}"`);
    const editor = await signedIn('editor@example.com');
    expect(
      (await inject({ method: 'GET', url: '/admin/audit', headers: { cookie: editor.cookie } })).statusCode,
    ).toBe(403);
  });

  it('leads /admin to the newsroom app, whose article list shows every status', async () => {
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World' });
    const body = [{ type: 'paragraph' as const, content: [{ text: 'Text.' }] }];
    await app.container.writer.create({
      language: 'en',
      headline: 'A draft in progress',
      sectionSlug: 'world',
      body,
    });
    await app.container.writer.create({
      language: 'ru',
      headline: 'Опубликованная заметка',
      sectionSlug: 'world',
      body,
      status: 'published',
    });
    const s = await signedIn('owner@example.com');
    const home = await inject({ method: 'GET', url: '/admin', headers: { cookie: s.cookie } });
    expect([home.statusCode, home.headers.location]).toEqual([303, '/admin/articles']);
    const shell = await inject({ method: 'GET', url: '/admin/articles', headers: { cookie: s.cookie } });
    expect(shell.body).toMatch(/<script type="module" src="\/admin\/assets\/main-[\w-]+\.js"><\/script>/);
    const list = await inject({ method: 'GET', url: '/admin/api/articles', headers: { cookie: s.cookie } });
    expect(
      pageOf(articleListItemSchema)
        .parse(list.json())
        .data.map((a) => [a.headline, a.language, a.status]),
    ).toEqual(
      expect.arrayContaining([
        ['A draft in progress', 'en', 'draft'],
        ['Опубликованная заметка', 'ru', 'published'],
      ]),
    );
  });

  it('keeps the reader site cookie-free', async () => {
    const res = await inject({ method: 'GET', url: '/en/' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
