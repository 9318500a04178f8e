import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../http/errors.ts';
import { createPageKit } from './page-kit.tsx';

describe('the page kit of the newsroom’s server pages', () => {
  let app: FastifyInstance;
  const kit = createPageKit({
    stylesheet: '/assets/site.css',
    secureCookies: true,
    timeZone: () => 'Asia/Baku',
  });
  const anonymous = { user: null, csrf: null, token: null };

  beforeAll(async () => {
    app = Fastify();
    registerErrorHandler(app);
    await app.register(cookie);
    app.get('/admin/x', async (_request, reply) =>
      kit.page(reply, (t) => t('signin.title'), <p>{kit.preCsrf(reply)}</p>, anonymous, 418),
    );
    app.post('/admin/x', async (request) => {
      kit.checkPreCsrf(request);
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(async () => app.close());

  it('sends a page in the layout, in the chosen language, never cached', async () => {
    const res = await app.inject({ method: 'GET', url: '/admin/x', headers: { cookie: 'nd_admin_lang=ru' } });
    expect(res.statusCode).toBe(418);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-language']).toBe('ru');
    expect(res.body).toMatch(/^<!doctype html><html lang="ru">/);
    expect(res.body).toContain('<link rel="stylesheet" href="/assets/site.css"/>');
    expect(res.body).toContain('Вход');
    // The language links come back to this page.
    expect(res.body).toContain('href="/admin/language?to=az&amp;back=%2Fadmin%2Fx"');
  });

  it('refuses a pre-session form whose token does not match its cookie', async () => {
    const page = await app.inject({ method: 'GET', url: '/admin/x' });
    const setCookie = String(page.headers['set-cookie']);
    expect(setCookie).toMatch(/^nd_csrf=[\w-]{32}; Path=\/admin; HttpOnly; Secure; SameSite=Strict$/);
    const token = /<p>([\w-]+)<\/p>/.exec(page.body)![1]!;
    const post = (cookieValue: string, sent: string) =>
      app.inject({
        method: 'POST',
        url: '/admin/x',
        headers: { cookie: `nd_csrf=${cookieValue}` },
        payload: { _csrf: sent },
      });
    expect((await post(token, token)).json()).toEqual({ ok: true });
    expect((await post(token, `${token.slice(1)}x`)).statusCode).toBe(403);
    expect((await post('', '')).statusCode).toBe(403);
  });
});
