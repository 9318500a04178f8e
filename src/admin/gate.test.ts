import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles.ts';
import { registerErrorHandler } from '../http/errors.ts';
import { errorAnswer } from '../../test/utils/error-answer.ts';
import type { User } from '../services/accounts/account.service.ts';
import { adminGate, type GateAccounts } from './gate.ts';
import type { AdminRoute, Ctx } from './route.ts';

/** Sessions by cookie value; no database: the gate only asks the accounts who a session is. */
const user = (role: Role): User => ({
  id: `id-${role}`,
  email: `${role}@example.com`,
  name: role,
  role,
  createdAt: new Date(0),
  disabledAt: null,
});
const sessions: Record<string, { user: User; csrf: string; twoFactor: boolean }> = {
  editor: { user: user('editor'), csrf: 'csrf-editor', twoFactor: false },
  admin: { user: user('admin'), csrf: 'csrf-admin', twoFactor: false },
  'admin-without-2fa': { user: { ...user('admin'), id: 'id-new-admin' }, csrf: 'csrf-new', twoFactor: false },
};
let siteIsNew = false;
const accounts: GateAccounts = {
  session: async (token) => (token ? (sessions[token] ?? null) : null),
  needsSetup: async () => siteIsNew,
  twoFactor: { mustEnrol: async (u, hasTwoFactor) => u.id === 'id-new-admin' && !hasTwoFactor },
};

/** What each handler saw, and which per-account hooks ran. */
const seen: { route: string; ctx: Ctx }[] = [];
const hooks: string[] = [];
const echo = (name: string) => async (_request: unknown, _reply: unknown, ctx: Ctx) => {
  seen.push({ route: name, ctx });
  return { ok: name };
};
const routes: AdminRoute[] = [
  { method: 'GET', url: '/admin/open', access: 'public', handler: echo('open') },
  { method: 'GET', url: '/admin/page', access: 'newsroom.enter', handler: echo('page') },
  { method: 'GET', url: '/admin/api/thing', access: 'newsroom.enter', handler: echo('api') },
  { method: 'GET', url: '/admin/audit-like', access: 'audit.read', handler: echo('audit') },
  { method: 'POST', url: '/admin/form', access: 'newsroom.enter', handler: echo('form') },
  {
    method: 'POST',
    url: '/admin/account/two-factor/setup',
    access: 'newsroom.enter',
    allowedBeforeTwoFactor: true,
    handler: echo('enrol'),
  },
  {
    method: 'POST',
    url: '/admin/upload',
    access: 'articles.write-own',
    bodyLimit: 10,
    beforeBody: async (_request, _reply, ctx) => void hooks.push(`before ${ctx.user.role}`),
    handler: echo('upload'),
  },
];

describe('the admin gate', () => {
  let app: FastifyInstance;
  const inject = (opts: InjectOptions, session?: string) =>
    app.inject({
      ...opts,
      headers: { ...(session ? { cookie: `nd_session=${session}` } : {}), ...opts.headers },
    });

  beforeAll(async () => {
    app = Fastify();
    registerErrorHandler(app);
    await app.register(cookie);
    const gate = adminGate(accounts);
    for (const route of routes) app.route(gate.routeOptions(route));
    await app.ready();
  });
  afterAll(async () => app.close());

  it('lets anybody through to a public route, telling the handler who is asking', async () => {
    expect((await inject({ method: 'GET', url: '/admin/open' })).json()).toEqual({ ok: 'open' });
    expect(seen.at(-1)!.ctx).toEqual({ user: null, csrf: null, token: null, twoFactor: false });
    await inject({ method: 'GET', url: '/admin/open' }, 'editor');
    expect(seen.at(-1)!.ctx).toMatchObject({
      user: { role: 'editor' },
      csrf: 'csrf-editor',
      token: 'editor',
    });
  });

  it('sends a browser without a session to sign in (or to the setup of a new site); API calls get 401', async () => {
    const page = await inject({ method: 'GET', url: '/admin/page' });
    expect([page.statusCode, page.headers.location]).toEqual([303, '/admin/signin']);
    siteIsNew = true;
    expect((await inject({ method: 'GET', url: '/admin/page' })).headers.location).toBe('/admin/setup');
    siteIsNew = false;
    const api = await inject({ method: 'GET', url: '/admin/api/thing' }, 'nobody');
    expect([api.statusCode, errorAnswer.parse(api.json()).error.code]).toEqual([401, 'UNAUTHORIZED']);
    expect((await inject({ method: 'POST', url: '/admin/form' })).statusCode).toBe(401);
  });

  it('refuses a role without the route’s permission', async () => {
    const res = await inject({ method: 'GET', url: '/admin/audit-like' }, 'editor');
    expect([res.statusCode, errorAnswer.parse(res.json()).error.message]).toEqual([
      403,
      'Your role (editor) may not do this.',
    ]);
    expect((await inject({ method: 'GET', url: '/admin/audit-like' }, 'admin')).statusCode).toBe(200);
  });

  it('keeps an administrator who must set up two-factor sign-in to the set-up', async () => {
    const page = await inject({ method: 'GET', url: '/admin/page' }, 'admin-without-2fa');
    expect([page.statusCode, page.headers.location]).toEqual([303, '/admin/account/two-factor']);
    const api = await inject({ method: 'GET', url: '/admin/api/thing' }, 'admin-without-2fa');
    expect([api.statusCode, errorAnswer.parse(api.json()).error.code]).toEqual([403, 'TWO_FACTOR_REQUIRED']);
    const enrol = await inject(
      { method: 'POST', url: '/admin/account/two-factor/setup', headers: { 'x-csrf-token': 'csrf-new' } },
      'admin-without-2fa',
    );
    expect(enrol.json()).toEqual({ ok: 'enrol' });
  });

  it('requires the session’s CSRF token, from the form or a header, on a state-changing request', async () => {
    const none = await inject({ method: 'POST', url: '/admin/form', payload: { a: 1 } }, 'editor');
    expect([none.statusCode, errorAnswer.parse(none.json()).error.code]).toEqual([403, 'FORBIDDEN']);
    const other = await inject(
      { method: 'POST', url: '/admin/form', payload: { _csrf: 'csrf-admin' } },
      'editor',
    );
    expect(other.statusCode).toBe(403);
    const inForm = await inject(
      { method: 'POST', url: '/admin/form', payload: { _csrf: 'csrf-editor' } },
      'editor',
    );
    expect(inForm.json()).toEqual({ ok: 'form' });
    const inHeader = await inject(
      { method: 'POST', url: '/admin/form', headers: { 'x-csrf-token': 'csrf-editor' }, payload: {} },
      'editor',
    );
    expect(inHeader.json()).toEqual({ ok: 'form' });
  });

  it('checks a raw body’s CSRF header, then runs the per-account hook, before reading the body', async () => {
    const upload = (session: string | undefined, headers: Record<string, string>) =>
      inject(
        {
          method: 'POST',
          url: '/admin/upload',
          headers: { 'content-type': 'text/plain', ...headers },
          payload: 'x'.repeat(100),
        },
        session,
      );
    // Nobody: 401 before the body (larger than the route allows) is read.
    expect((await upload(undefined, {})).statusCode).toBe(401);
    expect((await upload('editor', {})).statusCode).toBe(403);
    expect(hooks).toEqual([]);
    // The right token: the hook runs, then the body is read and found too large.
    expect((await upload('editor', { 'x-csrf-token': 'csrf-editor' })).statusCode).toBe(413);
    expect(hooks).toEqual(['before editor']);
  });

  it('declares each route’s access in its config, where the route list reads it', () => {
    const gate = adminGate(accounts);
    expect(gate.routeOptions(routes[3]!).config).toEqual({ access: 'audit.read' });
    expect(gate.routeOptions({ ...routes[0]!, rateLimit: { max: 2, timeWindow: 1000 } }).config).toEqual({
      access: 'public',
      rateLimit: { max: 2, timeWindow: 1000 },
    });
  });
});
