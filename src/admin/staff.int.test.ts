import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { meResponse } from '../contract/site.ts';
import { MemoryMailTransport, type MailMessage } from '../services/mail/mail.ts';

const PASSWORD = 'correct horse battery staple';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Records mail like the memory transport, optionally taking its time (a slow SMTP server). */
class SlowMemoryMail extends MemoryMailTransport {
  delayMs = 0;
  override async send(message: MailMessage): Promise<void> {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    await super.send(message);
  }
}

describe.each(dialects)('staff: invitations, password resets and user admin on %s', (dialect) => {
  let app: TestApp;
  const mail = new SlowMemoryMail();
  let offsetMs = 0;
  const clock = { now: () => new Date(Date.now() + offsetMs) };
  const inject = (opts: InjectOptions) => app.server.inject(opts);
  const cookieOf = (res: { headers: Record<string, unknown> }, name: string) =>
    ([] as string[])
      .concat((res.headers['set-cookie'] as string | string[] | undefined) ?? [])
      .find((c) => c.startsWith(`${name}=`));
  /**
   * GETs a public form page (or another one, when the link's page has no form), then posts the
   * form with the pre-session CSRF token and cookie.
   */
  let client = 0;
  /** Each form post comes from its own address, so the per-address limits stay out of the way. */
  async function postForm(
    url: string,
    form: Record<string, string>,
    getUrl = url,
    remoteAddress = `10.1.${Math.floor(++client / 250)}.${client % 250}`,
  ) {
    const page = await inject({ method: 'GET', url: getUrl });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = cookieOf(page, 'nd_csrf')?.split(';')[0] ?? '';
    return inject({
      method: 'POST',
      url,
      remoteAddress,
      headers: { cookie, ...FORM },
      payload: new URLSearchParams({ ...form, _csrf: csrf }).toString(),
    });
  }
  async function signedIn(email: string, password = PASSWORD) {
    const s = await app.container.accounts.signIn(email, password);
    return { cookie: `nd_session=${s.token}`, csrf: s.csrf, id: s.user.id };
  }
  /** A signed-in user's POST of a form. */
  const post = (s: { cookie: string; csrf: string }, url: string, form: Record<string, string> = {}) =>
    inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, ...FORM },
      payload: new URLSearchParams({ ...form, _csrf: s.csrf }).toString(),
    });
  const me = (s: { cookie: string }) =>
    inject({ method: 'GET', url: '/admin/api/me', headers: { cookie: s.cookie } });
  const linkIn = (m: MailMessage | undefined, kind: 'invite' | 'reset') => {
    const url = new RegExp(`http://news\\.test(/admin/${kind}/[\\w-]+)`).exec(m?.text ?? '')?.[1];
    if (!url) throw new Error(`no ${kind} link in ${JSON.stringify(m)}`);
    return url;
  };
  const userId = async (email: string) =>
    (await app.container.accounts.listUsers()).find((u) => u.email === email)!.id;

  beforeAll(async () => {
    app = await createTestApp(dialect, {}, { mail, clock });
    await app.container.accounts.setupOwner({
      email: 'owner@example.com',
      name: 'Owner',
      password: PASSWORD,
    });
    await app.container.accounts.createUser(
      { email: 'editor@example.com', name: 'Ed Itor', role: 'editor', password: PASSWORD },
      null,
    );
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('invites by e-mail; the link lets the invitee choose a password and sign in with the role', async () => {
    const admin = await signedIn('owner@example.com');
    const sent = await post(admin, '/admin/users/invite', {
      name: 'New Reporter',
      email: 'Reporter@Example.com',
      role: 'author',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/admin/users?done=invited');
    const list = await inject({
      method: 'GET',
      url: sent.headers.location!,
      headers: { cookie: admin.cookie },
    });
    expect(list.body).toContain('The invitation was sent.');
    expect(list.body).toMatch(/<td>New Reporter<\/td><td>reporter@example.com<\/td><td>author<\/td>/);

    const message = mail.lastTo('reporter@example.com');
    expect(message?.subject).toBe('You are invited to the newsroom');
    const link = linkIn(message, 'invite');
    const page = await inject({ method: 'GET', url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('you are invited as <strong>author</strong>');

    const weak = await postForm(link, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('must have at least 12 characters');
    expect((await app.container.accounts.listUsers()).map((u) => u.email)).not.toContain(
      'reporter@example.com',
    );

    const accepted = await postForm(link, { password: 'the reporter’s own passphrase' });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe('/admin/signin?after=invite');
    const signin = await postForm('/admin/signin', {
      email: 'reporter@example.com',
      password: 'the reporter’s own passphrase',
    });
    expect(signin.statusCode).toBe(303);
    const session = cookieOf(signin, 'nd_session')!.split(';')[0]!;
    expect(meResponse.parse((await me({ cookie: session })).json()).data).toMatchObject({
      name: 'New Reporter',
      role: 'author',
    });

    // The link worked once.
    const again = await inject({ method: 'GET', url: link });
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('This invitation was already used');
    expect((await postForm(link, { password: 'another long passphrase' }, '/admin/forgot')).statusCode).toBe(
      410,
    );

    const audit = await inject({ method: 'GET', url: '/admin/audit', headers: { cookie: admin.cookie } });
    for (const action of ['user.invited', 'invite.accepted'])
      expect(audit.body).toContain(`data-action="${action}"`);
  });

  it('shows a message per invalid field of the invitation form and writes nothing', async () => {
    const admin = await signedIn('owner@example.com');
    const before = mail.sent.length;
    const pending = (await app.container.accounts.pendingInvites()).length;
    const bad = await post(admin, '/admin/users/invite', { name: '', email: 'not an address', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="f-name-error" class="form-error">is required</);
    expect(bad.body).toMatch(/id="f-email-error" class="form-error">must be an e-mail address</);
    expect(bad.body).toMatch(/id="f-role-error" class="form-error">must be one of contributor, author/);
    const taken = await post(admin, '/admin/users/invite', {
      name: 'Ed',
      email: 'editor@example.com',
      role: 'author',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toMatch(/id="f-email-error" class="form-error">already has an account</);
    expect(mail.sent.length).toBe(before);
    expect((await app.container.accounts.pendingInvites()).length).toBe(pending);
  });

  it('refuses an expired invitation, and a newer invitation replaces the older link', async () => {
    const admin = await signedIn('owner@example.com');
    await post(admin, '/admin/users/invite', { name: 'Late', email: 'late@example.com', role: 'author' });
    const first = linkIn(mail.lastTo('late@example.com'), 'invite');
    await post(admin, '/admin/users/invite', { name: 'Late', email: 'late@example.com', role: 'editor' });
    const second = linkIn(mail.lastTo('late@example.com'), 'invite');
    expect(second).not.toBe(first);
    expect((await inject({ method: 'GET', url: first })).statusCode).toBe(410);
    expect((await inject({ method: 'GET', url: second })).body).toContain('<strong>editor</strong>');

    offsetMs = 7 * 24 * 3600_000 + 60_000;
    try {
      const expired = await inject({ method: 'GET', url: second });
      expect(expired.statusCode).toBe(410);
      expect(expired.body).toContain('This invitation has expired. Ask an administrator for a new one.');
      const accept = await postForm(second, { password: 'a long enough passphrase' }, '/admin/forgot');
      expect(accept.statusCode).toBe(410);
    } finally {
      offsetMs = 0;
    }
    expect((await app.container.accounts.listUsers()).map((u) => u.email)).not.toContain('late@example.com');
    const unknown = await inject({
      method: 'GET',
      url: '/admin/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('This invitation is not valid.');
  });

  it('resets a password by a one-time link that ends every session', async () => {
    const signin = await inject({ method: 'GET', url: '/admin/signin' });
    expect(signin.body).toContain('<a href="/admin/forgot">Forgot your password?</a>');
    const old = await signedIn('editor@example.com');
    const asked = await postForm('/admin/forgot', { email: 'Editor@Example.com' });
    expect(asked.statusCode).toBe(200);
    await app.container.accounts.mailSettled();
    const link = linkIn(mail.lastTo('editor@example.com'), 'reset');
    const page = await inject({ method: 'GET', url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    const weak = await postForm(link, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toMatch(/id="f-password-error" class="form-error">must have at least 12 characters</);
    expect((await me(old)).statusCode).toBe(200); // bad input changed nothing

    const done = await postForm(link, { password: 'a brand new passphrase' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/admin/signin?after=reset');
    expect((await me(old)).statusCode).toBe(401);
    expect((await inject({ method: 'GET', url: done.headers.location! })).body).toContain(
      'Your password was changed; sign in with it.',
    );
    await expect(app.container.accounts.signIn('editor@example.com', PASSWORD)).rejects.toThrow();
    await signedIn('editor@example.com', 'a brand new passphrase');

    const reused = await postForm(link, { password: 'yet another passphrase' }, '/admin/forgot');
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('already used');
    await signedIn('editor@example.com', 'a brand new passphrase');
    // Put the shared account back as the other tests expect it.
    await postForm('/admin/forgot', { email: 'editor@example.com' });
    await app.container.accounts.mailSettled();
    await postForm(linkIn(mail.lastTo('editor@example.com'), 'reset'), { password: PASSWORD });
  });

  it('reset links expire after an hour', async () => {
    await postForm('/admin/forgot', { email: 'owner@example.com' });
    await app.container.accounts.mailSettled();
    const link = linkIn(mail.lastTo('owner@example.com'), 'reset');
    offsetMs = 61 * 60_000;
    try {
      const res = await inject({ method: 'GET', url: link });
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('has expired');
      expect(res.body).toContain('<a href="/admin/forgot">Ask for a new link</a>');
      expect(
        (await postForm(link, { password: 'a long enough passphrase' }, '/admin/forgot')).statusCode,
      ).toBe(410);
    } finally {
      offsetMs = 0;
    }
    await signedIn('owner@example.com');
  });

  it('answers a reset request alike for unknown addresses, without waiting for the mail', async () => {
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');
    const before = mail.sent.length;
    const unknown = await postForm('/admin/forgot', { email: 'nobody@example.com' });
    mail.delayMs = 1500;
    const started = Date.now();
    const known = await postForm('/admin/forgot', { email: 'owner@example.com' });
    const took = Date.now() - started;
    mail.delayMs = 0;
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(strip(known.body)).toBe(strip(unknown.body));
    expect(known.body).toContain('If an account exists for that address');
    expect(took).toBeLessThan(1000); // the answer did not wait for the slow mail server
    expect(mail.sent.length).toBe(before);
    await app.container.accounts.mailSettled();
    expect(mail.sent.length).toBe(before + 1);
    expect(mail.sent.at(-1)!.to).toBe('owner@example.com');

    const bad = await postForm('/admin/forgot', { email: 'no-at-sign' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="f-email-error" class="form-error">must be an e-mail address</);
  });

  it('sends at most three reset links per account and hour, answering alike', async () => {
    await app.container.accounts.createUser(
      { email: 'busy@example.com', name: 'Busy', role: 'contributor', password: PASSWORD },
      null,
    );
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(
        await postForm('/admin/forgot', { email: 'busy@example.com' }, '/admin/forgot', '10.7.7.7'),
      );
    await app.container.accounts.mailSettled();
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(mail.sent.filter((m) => m.to === 'busy@example.com')).toHaveLength(3);
  });

  it('limits reset requests per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await inject({
        method: 'POST',
        url: '/admin/forgot',
        remoteAddress: '10.8.8.8',
        headers: FORM,
        payload: 'email=a%40b.c',
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 403)).toBe(true); // no CSRF token, but counted
    expect(codes.slice(10)).toEqual([429, 429]);
  });

  it('protects the last administrator and lets admins change roles, disable and enable', async () => {
    const admin = await signedIn('owner@example.com');
    const ownerId = admin.id;
    const demote = await post(admin, `/admin/users/${ownerId}/role`, { role: 'editor' });
    expect(demote.statusCode).toBe(409);
    expect(demote.body).toContain('This is the last administrator');
    const self = await post(admin, `/admin/users/${ownerId}/disable`);
    expect(self.statusCode).toBe(409);
    expect(self.body).toContain('You cannot disable your own account');
    expect(meResponse.parse((await me(admin)).json()).data.role).toBe('admin');

    const editorId = await userId('editor@example.com');
    const editor = await signedIn('editor@example.com');
    const disabled = await post(admin, `/admin/users/${editorId}/disable`);
    expect(disabled.headers.location).toBe('/admin/users?done=disabled');
    expect((await me(editor)).statusCode).toBe(401);
    await expect(app.container.accounts.signIn('editor@example.com', PASSWORD)).rejects.toThrow();
    const list = await inject({ method: 'GET', url: '/admin/users', headers: { cookie: admin.cookie } });
    expect(list.body).toMatch(/<td>editor@example.com<\/td><td>editor<\/td><td>disabled<\/td>/);
    // A disabled account gets no reset link.
    const before = mail.sent.length;
    await postForm('/admin/forgot', { email: 'editor@example.com' });
    await app.container.accounts.mailSettled();
    expect(mail.sent.length).toBe(before);

    expect((await post(admin, `/admin/users/${editorId}/enable`)).headers.location).toBe(
      '/admin/users?done=enabled',
    );
    await signedIn('editor@example.com');

    // With a second administrator the owner may step down.
    expect((await post(admin, `/admin/users/${editorId}/role`, { role: 'admin' })).statusCode).toBe(303);
    expect((await post(admin, `/admin/users/${ownerId}/role`, { role: 'editor' })).statusCode).toBe(303);
    const newAdmin = await signedIn('editor@example.com');
    const refused = await post(newAdmin, `/admin/users/${editorId}/role`, { role: 'author' });
    expect(refused.statusCode).toBe(409);
    expect((await post(newAdmin, `/admin/users/${ownerId}/role`, { role: 'admin' })).statusCode).toBe(303);
    expect((await post(newAdmin, `/admin/users/${editorId}/role`, { role: 'editor' })).statusCode).toBe(303);
    const wrongRole = await post(admin, `/admin/users/${editorId}/role`, { role: 'emperor' });
    expect(wrongRole.statusCode).toBe(400);
    expect((await post(admin, '/admin/users/no-such-id/disable')).statusCode).toBe(404);

    const audit = await inject({ method: 'GET', url: '/admin/audit', headers: { cookie: admin.cookie } });
    for (const action of ['user.role-changed', 'user.disabled', 'user.enabled', 'password.reset'])
      expect(audit.body).toContain(`data-action="${action}"`);
  });

  it('refuses user administration to everyone but admins', async () => {
    const editor = await signedIn('editor@example.com');
    const ownerId = await userId('owner@example.com');
    expect(
      (await inject({ method: 'GET', url: '/admin/users', headers: { cookie: editor.cookie } })).statusCode,
    ).toBe(403);
    for (const url of [
      '/admin/users/invite',
      `/admin/users/${ownerId}/role`,
      `/admin/users/${ownerId}/disable`,
      `/admin/users/${ownerId}/enable`,
    ])
      expect(
        (await post(editor, url, { role: 'contributor', email: 'x@example.com', name: 'X' })).statusCode,
      ).toBe(403);
    await expect(
      app.container.accounts.invite({ email: 'x@example.com', name: 'X', role: 'admin' }, editor.id),
    ).rejects.toThrow('Only administrators manage users.');
    // The header of a server-rendered page offers "Users" to admins only.
    const page = await inject({
      method: 'GET',
      url: '/admin/account/password',
      headers: { cookie: editor.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('href="/admin/users"');
    const owner = await signedIn('owner@example.com');
    const ownPage = await inject({
      method: 'GET',
      url: '/admin/account/password',
      headers: { cookie: owner.cookie },
    });
    expect(ownPage.body).toContain('href="/admin/users"');
  });
});
