import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { z } from 'zod';
import { dialects } from '../../test/utils/databases.ts';
import { errorAnswer } from '../../test/utils/error-answer.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { meResponse } from '../contract/site.ts';
import { totpCode, totpUri } from '../services/accounts/totp.ts';
import { qrSvg } from './qr.ts';
import { adminRoutes } from './routes.tsx';

const PASSWORD = 'correct horse battery staple';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const ACCOUNT = '/admin/account/two-factor';

interface Session {
  cookie: string;
  csrf: string;
}

describe.each(dialects)('two-factor sign-in in the newsroom on %s', (dialect) => {
  let app: TestApp;
  let offsetMs = 0;
  const clock = { now: () => new Date(Date.now() + offsetMs) };
  /** On to the next 30-second step: the app shows a code not used yet. */
  const nextStep = () => (offsetMs += 30_000);
  const secrets: Record<string, string> = {};
  const codes: Record<string, string[]> = {};
  const codeNow = (email: string) => totpCode(secrets[email]!, clock.now());

  let client = 0;
  /** Each anonymous request comes from its own address, so the per-address limits stay out of the way. */
  const address = () => `10.2.${Math.floor(++client / 250)}.${client % 250}`;
  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const cookieOf = (res: LightMyRequestResponse, name: string) =>
    ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));
  const valueOf = (cookie: string | undefined) => cookie?.split(';')[0] ?? '';
  const get = (s: { cookie: string } | null, url: string) =>
    inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });
  const post = (s: Session, url: string, form: Record<string, string> = {}) =>
    inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, ...FORM },
      payload: new URLSearchParams({ ...form, _csrf: s.csrf }).toString(),
    });
  const signedIn = async (email: string): Promise<Session> => {
    const s = await app.container.accounts.signIn(email, PASSWORD);
    return { cookie: `nd_session=${s.token}`, csrf: s.csrf };
  };
  const idOf = async (email: string) =>
    (await app.container.accounts.listUsers()).find((u) => u.email === email)!.id;
  const csrfIn = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

  /** The password step through the sign-in form: answers the response and the challenge cookie. */
  async function passwordStep(email: string) {
    const page = await get(null, '/admin/signin');
    const res = await inject({
      method: 'POST',
      url: '/admin/signin',
      remoteAddress: address(),
      headers: { cookie: valueOf(cookieOf(page, 'nd_csrf')), ...FORM },
      payload: new URLSearchParams({ email, password: PASSWORD, _csrf: csrfIn(page.body) }).toString(),
    });
    return { res, challenge: valueOf(cookieOf(res, 'nd_2fa')) };
  }
  /** The second step's form, filled in and sent with the challenge cookie. */
  async function codeStep(challenge: string, code: string, method: 'app' | 'recovery' = 'app') {
    const page = await get(
      { cookie: challenge },
      `/admin/signin/two-factor${method === 'recovery' ? '?method=recovery' : ''}`,
    );
    // A used or expired challenge gets no form: the pre-session CSRF token then comes from the sign-in page.
    const form = page.statusCode === 200 ? page : await get(null, '/admin/signin');
    const res = await inject({
      method: 'POST',
      url: '/admin/signin/two-factor',
      remoteAddress: address(),
      headers: { cookie: `${challenge}; ${valueOf(cookieOf(form, 'nd_csrf'))}`, ...FORM },
      payload: new URLSearchParams({ code, method, _csrf: csrfIn(form.body) }).toString(),
    });
    return { page, res };
  }
  const sessionFrom = (res: LightMyRequestResponse): Session => ({
    cookie: valueOf(cookieOf(res, 'nd_session')),
    csrf: '',
  });
  const withCsrf = async (s: Session): Promise<Session> => ({
    ...s,
    // A signed-in session always has its CSRF token.
    csrf: meResponse.extend({ csrf: z.string() }).parse((await get(s, '/admin/api/me')).json()).csrf,
  });
  /** Sets two-factor up through the pages; answers the recovery codes the page showed. */
  async function enrolThroughPages(email: string, s: Session) {
    const start = await post(s, `${ACCOUNT}/setup`);
    expect([start.statusCode, start.headers.location]).toEqual([303, `${ACCOUNT}/setup`]);
    const page = await get(s, `${ACCOUNT}/setup`);
    secrets[email] = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!.replace(/ /g, '');
    const done = await post(s, `${ACCOUNT}/confirm`, { code: await codeNow(email) });
    codes[email] = [...done.body.matchAll(/<li><code>([0-9a-z]{5}-[0-9a-z]{5})<\/code><\/li>/g)].map(
      (m) => m[1]!,
    );
    return { page, done };
  }

  beforeAll(async () => {
    app = await createTestApp(dialect, {}, { clock });
    for (const [email, role] of [
      ['owner@example.com', 'admin'],
      ['second@example.com', 'admin'],
      ['editor@example.com', 'editor'],
      ['author@example.com', 'author'],
    ] as const)
      await app.container.accounts.createUser(
        { email, name: email.split('@')[0]!, role, password: PASSWORD },
        null,
      );
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('sets up from the account’s page: a QR code made here, the key as text, a first code, codes once', async () => {
    const s = await signedIn('owner@example.com');
    const off = await get(s, ACCOUNT);
    expect(off.statusCode).toBe(200);
    expect(off.body).toContain('Two-factor sign-in is off for your account.');
    expect(off.body).toContain(`<a href="${ACCOUNT}">Two-factor sign-in</a>`);

    const { page, done } = await enrolThroughPages('owner@example.com', s);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const secret = secrets['owner@example.com']!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The QR code is drawn on the server from the otpauth:// address; nothing is loaded from elsewhere.
    const uri = totpUri(secret, app.container.site.settings().name, 'owner@example.com');
    expect(page.body).toContain(await qrSvg(uri));
    expect(page.body).toMatch(
      /<div class="qr" role="img" aria-label="QR code for your authenticator app"><svg /,
    );
    expect(page.body).not.toMatch(/(?:src|href|action)="(?:https?:)?\/\//);
    expect(page.body).toContain('autocomplete="one-time-code"');

    expect(done.statusCode).toBe(200);
    expect(done.headers['cache-control']).toBe('no-store');
    expect(done.body).toContain('Two-factor sign-in is on.');
    expect(done.body).toContain('they are shown only this once');
    expect(codes['owner@example.com']).toHaveLength(10);
    const later = await get(s, ACCOUNT);
    expect(later.body).toContain('10 recovery codes are left.');
    expect(later.body).not.toContain(codes['owner@example.com']![0]!);
    // Set up once: a second set-up is not started over the first.
    expect((await post(s, `${ACCOUNT}/setup`)).headers.location).toBe(ACCOUNT);
    expect((await get(s, `${ACCOUNT}/setup`)).headers.location).toBe(ACCOUNT);
  });

  it('refuses a wrong first code and keeps showing the same key', async () => {
    const s = await signedIn('editor@example.com');
    await post(s, `${ACCOUNT}/setup`);
    const page = await get(s, `${ACCOUNT}/setup`);
    const key = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!;
    const right = await totpCode(key.replace(/ /g, ''), clock.now());
    const wrong = await post(s, `${ACCOUNT}/confirm`, { code: right === '000000' ? '000001' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('This code is not right.');
    expect(wrong.body).toContain(key);
    expect((await get(s, ACCOUNT)).body).toContain('Two-factor sign-in is off for your account.');
  });

  it('signs in with the password, then a code; the step between grants nothing', async () => {
    const { res, challenge } = await passwordStep('owner@example.com');
    expect([res.statusCode, res.headers.location]).toEqual([303, '/admin/signin/two-factor']);
    expect(cookieOf(res, 'nd_session')).toBeUndefined();
    const set = cookieOf(res, 'nd_2fa')!;
    expect(challenge).toMatch(/^nd_2fa=[\w-]{43}$/);
    for (const part of ['Max-Age=300', 'Path=/admin/signin', 'HttpOnly', 'SameSite=Strict'])
      expect(set.split('; ')).toContain(part);
    // The challenge is no session, whatever cookie it travels in.
    const token = challenge.slice('nd_2fa='.length);
    expect((await get({ cookie: `nd_session=${token}` }, '/admin/api/me')).statusCode).toBe(401);
    expect((await get({ cookie: challenge }, '/admin/api/me')).statusCode).toBe(401);
    expect((await get({ cookie: challenge }, ACCOUNT)).headers.location).toBe('/admin/signin');

    const right = await codeNow('owner@example.com');
    const wrong = await codeStep(challenge, right === '000000' ? '000001' : '000000');
    expect(wrong.page.statusCode).toBe(200);
    expect(wrong.page.body).toContain('inputmode="numeric"');
    expect(wrong.res.statusCode).toBe(401);
    expect(wrong.res.body).toContain('That code is not right.');
    expect(cookieOf(wrong.res, 'nd_session')).toBeUndefined();

    // The code that turned two-factor on was spent then: the app's next one signs in.
    nextStep();
    const ok = await codeStep(challenge, await codeNow('owner@example.com'));
    expect([ok.res.statusCode, ok.res.headers.location]).toEqual([303, '/admin']);
    expect(cookieOf(ok.res, 'nd_2fa')).toMatch(/^nd_2fa=;/);
    const me = await get(sessionFrom(ok.res), '/admin/api/me');
    expect(meResponse.parse(me.json()).data).toMatchObject({ email: 'owner@example.com', role: 'admin' });

    // Sent again, the same code and challenge start nothing: the sign-in starts over.
    const replay = await codeStep(challenge, await codeNow('owner@example.com'));
    expect(replay.page.headers.location).toBe('/admin/signin?after=expired');
    expect(replay.res.headers.location).toBe('/admin/signin?after=expired');
    expect(cookieOf(replay.res, 'nd_session')).toBeUndefined();
    expect((await get(null, '/admin/signin?after=expired')).body).toContain('sign in again');
  });

  it('signs in once with a recovery code and then says how many are left', async () => {
    const { challenge } = await passwordStep('owner@example.com');
    const code = codes['owner@example.com']![0]!;
    const first = await codeStep(challenge, code.toUpperCase(), 'recovery');
    expect(first.page.body).toContain('Recovery code');
    expect(first.page.body).toContain('inputmode="text"');
    expect(first.res.headers.location).toBe(`${ACCOUNT}?done=recovery-used`);
    const page = await get(sessionFrom(first.res), first.res.headers.location!);
    expect(page.body).toContain(
      'You signed in with a recovery code; it cannot be used again. 9 codes are left.',
    );
    const again = await passwordStep('owner@example.com');
    const second = await codeStep(again.challenge, code, 'recovery');
    expect(second.res.statusCode).toBe(401);
    expect(second.res.body).toContain('Recovery code');
  });

  it('lets the second step wait five minutes, then sends the person back to the password', async () => {
    const { challenge } = await passwordStep('owner@example.com');
    offsetMs += 5 * 60_000 + 1_000;
    const late = await get({ cookie: challenge }, '/admin/signin/two-factor');
    expect(late.headers.location).toBe('/admin/signin?after=expired');
    expect(cookieOf(late, 'nd_2fa')).toMatch(/^nd_2fa=;/);
    expect((await get(null, '/admin/signin/two-factor')).headers.location).toBe(
      '/admin/signin?after=expired',
    );
  });

  it('stops taking codes for an account after five wrong ones', async () => {
    const tf = app.container.accounts.twoFactor;
    const user = (await app.container.accounts.listUsers()).find((u) => u.email === 'author@example.com')!;
    await tf.begin(user.id);
    secrets['author@example.com'] = (await tf.pending(user))!.secret;
    await tf.confirm(user.id, await codeNow('author@example.com'));
    nextStep();
    const { challenge } = await passwordStep('author@example.com');
    const right = await codeNow('author@example.com');
    const wrongCode = right === '000000' ? '000001' : '000000';
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 5; i++) {
      last = (await codeStep(challenge, wrongCode)).res;
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(last!.body).toContain('Too many wrong codes for this account; try again in 15 minutes.');
    expect(cookieOf(last!, 'nd_2fa')).toMatch(/^nd_2fa=;/);
    const fresh = await passwordStep('author@example.com');
    expect((await codeStep(fresh.challenge, right)).res.statusCode).toBe(429);
  });

  it('when admins must use two-factor, every admin route sends one without it to the set-up', async () => {
    nextStep();
    const ownerRes = await codeStep(
      (await passwordStep('owner@example.com')).challenge,
      await codeNow('owner@example.com'),
    );
    const owner = await withCsrf(sessionFrom(ownerRes.res));
    const second = await signedIn('second@example.com');
    const users = await get(owner, '/admin/users');
    expect(users.body).toContain('<input id="f-required" type="checkbox" name="required" value="on"/>');

    const on = await post(owner, '/admin/settings/two-factor', { required: 'on' });
    expect([on.statusCode, on.headers.location]).toEqual([303, '/admin/users?done=two-factor-required']);
    const after = await get(owner, on.headers.location!);
    expect(after.body).toContain('Administrators must now use two-factor sign-in');
    expect(after.body).toMatch(/name="required" value="on" checked/);
    expect(after.body).toContain('<td>off (required)</td>');
    expect((await post(owner, '/admin/settings/two-factor', { required: 'yes' })).statusCode).toBe(400);

    // Every route the newsroom serves, but the set-up and signing out, answers "set it up first".
    const allowed = new Set(
      adminRoutes({
        accounts: app.container.accounts,
        reader: app.container.reader,
        stylesheet: '',
        secureCookies: false,
      })
        .filter((r) => r.allowedBeforeTwoFactor)
        .map((r) => `${r.method} ${r.url}`),
    );
    expect([...allowed].sort()).toEqual([
      `GET ${ACCOUNT}`,
      `GET ${ACCOUNT}/setup`,
      `POST ${ACCOUNT}/confirm`,
      `POST ${ACCOUNT}/setup`,
      'POST /admin/signout',
    ]);
    const gated = app.routes.filter(
      (r) => r.url.startsWith('/admin') && r.access !== 'public' && !allowed.has(`${r.method} ${r.url}`),
    );
    expect(gated.length).toBeGreaterThan(20);
    for (const r of gated) {
      const res = await inject({
        method: r.method,
        url: r.url.replace(/:(\w+)/g, (_m, name: string) =>
          name === 'language' ? 'en' : name === 'slot' ? 'lead' : '1',
        ),
        headers: { cookie: second.cookie, 'x-csrf-token': second.csrf, ...FORM },
        ...(r.method !== 'GET' && r.method !== 'DELETE' ? { payload: 'x=y' } : {}),
      });
      if (r.method === 'GET' && !r.url.startsWith('/admin/api/'))
        expect([res.statusCode, res.headers.location], `${r.method} ${r.url}`).toEqual([303, ACCOUNT]);
      else {
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
        expect(errorAnswer.parse(res.json()).error.code, `${r.method} ${r.url}`).toBe('TWO_FACTOR_REQUIRED');
      }
    }
    // Others are not held up: an editor without two-factor goes on working, so does the owner.
    expect((await get(await signedIn('editor@example.com'), '/admin/api/me')).statusCode).toBe(200);
    expect((await get(owner, '/admin/api/articles')).statusCode).toBe(200);

    // Signing in leads the admin without two-factor straight to the set-up, which says why.
    const { res } = await passwordStep('second@example.com');
    expect(res.headers.location).toBe(ACCOUNT);
    const fresh = sessionFrom(res);
    expect((await get(fresh, '/admin')).headers.location).toBe(ACCOUNT);
    const setup = await get(fresh, ACCOUNT);
    expect(setup.body).toContain('This site requires administrators to use two-factor sign-in.');
    await enrolThroughPages('second@example.com', second);
    expect((await get(second, '/admin/api/articles')).statusCode).toBe(200);
    expect((await get(fresh, '/admin')).headers.location).toBe('/admin/articles');

    // While it is required, an admin cannot turn it off.
    nextStep();
    const off = await post(second, `${ACCOUNT}/disable`, {
      password: PASSWORD,
      code: await codeNow('second@example.com'),
    });
    expect(off.statusCode).toBe(409);
    expect(off.body).toContain('Administrators must use two-factor sign-in on this site');

    const optional = await post(owner, '/admin/settings/two-factor', {});
    expect(optional.headers.location).toBe('/admin/users?done=two-factor-optional');
  });

  it('lets an admin reset someone’s two-factor from the users page, and records it all', async () => {
    nextStep();
    const ownerRes = await codeStep(
      (await passwordStep('owner@example.com')).challenge,
      await codeNow('owner@example.com'),
    );
    const owner = await withCsrf(sessionFrom(ownerRes.res));
    const secondId = await idOf('second@example.com');
    const ownerId = await idOf('owner@example.com');
    const users = await get(owner, '/admin/users');
    expect(users.body).toContain(`action="/admin/users/${secondId}/reset-two-factor"`);
    expect(users.body).not.toContain(`action="/admin/users/${ownerId}/reset-two-factor"`);
    const reset = await post(owner, `/admin/users/${secondId}/reset-two-factor`);
    expect([reset.statusCode, reset.headers.location]).toEqual([303, '/admin/users?done=two-factor-reset']);
    expect((await get(owner, reset.headers.location!)).body).toContain('Two-factor sign-in was reset');
    // The person signs in with the password alone and may set it up again.
    const { res } = await passwordStep('second@example.com');
    expect(res.headers.location).toBe('/admin');
    const again = await post(owner, `/admin/users/${secondId}/reset-two-factor`);
    expect(again.statusCode).toBe(409);

    const log = await get(owner, '/admin/audit');
    for (const action of [
      'two-factor.enabled',
      'two-factor.recovery-code-used',
      'two-factor.reset',
      'settings.two-factor-required',
      'signin.two-factor-failed',
    ])
      expect(log.body).toContain(`data-action="${action}"`);
  });

  it('turns off on the account’s page with the password and a code', async () => {
    nextStep();
    const ownerRes = await codeStep(
      (await passwordStep('owner@example.com')).challenge,
      await codeNow('owner@example.com'),
    );
    const owner = await withCsrf(sessionFrom(ownerRes.res));
    const noPassword = await post(owner, `${ACCOUNT}/disable`, { password: 'not it at all', code: '123456' });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.body).toContain('The password is wrong.');
    const noCode = await post(owner, `${ACCOUNT}/disable`, { password: PASSWORD, code: '' });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.body).toContain('Type a code.');
    const regenerated = await post(owner, `${ACCOUNT}/recovery-codes`, { password: PASSWORD });
    expect(regenerated.statusCode).toBe(200);
    expect(regenerated.body).toContain('New recovery codes were made; the old ones no longer work.');
    const fresh = [...regenerated.body.matchAll(/<li><code>([0-9a-z-]{11})<\/code><\/li>/g)].map(
      (m) => m[1]!,
    );
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(codes['owner@example.com']![1]);
    nextStep();
    const off = await post(owner, `${ACCOUNT}/disable`, {
      password: PASSWORD,
      code: await codeNow('owner@example.com'),
    });
    expect([off.statusCode, off.headers.location]).toEqual([303, `${ACCOUNT}?done=disabled`]);
    expect((await get(owner, off.headers.location!)).body).toContain(
      'Two-factor sign-in is off. You sign in with your password alone.',
    );
    expect((await passwordStep('owner@example.com')).res.headers.location).toBe('/admin');

    // The password asked again on this page cannot be guessed without limit.
    const guesses: number[] = [];
    for (let i = 0; i < 6; i++)
      guesses.push(
        (await post(owner, `${ACCOUNT}/recovery-codes`, { password: `guess number ${i}` })).statusCode,
      );
    expect(guesses).toEqual([400, 400, 400, 400, 400, 429]);
    const locked = await post(owner, `${ACCOUNT}/disable`, { password: PASSWORD, code: '123456' });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain(
      'Too many wrong passwords or codes for this account; try again in 15 minutes.',
    );
  });

  it('speaks the newsroom’s three languages', async () => {
    const s = await signedIn('editor@example.com');
    const page = (lang: string) => get({ cookie: `${s.cookie}; nd_admin_lang=${lang}` }, ACCOUNT);
    expect((await page('ru')).body).toContain('<h1 class="page-title">Двухфакторный вход</h1>');
    expect((await page('az')).body).toContain('<h1 class="page-title">İki mərhələli giriş</h1>');
  });
});
