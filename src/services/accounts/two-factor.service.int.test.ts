import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { isAppError } from '../../domain/errors.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { MemoryMailTransport } from '../mail/mail.ts';
import { CHALLENGE_TTL_MS, type SignInStep } from './account.service.ts';
import { totpCode } from './totp.ts';

const PASSWORD = 'correct horse battery staple';

/** The error a promise rejects with: its code, and the fields it names. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { code: e.code, fields: e.issues.map((i) => i.field) };
  }
  throw new Error('expected a failure');
}

describe.each(dialects)('two-factor sign-in on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  // Time moves only when a test moves it: codes, challenges and lockouts all follow this clock.
  let now = new Date('2026-03-02T09:00:10.000Z');
  const clock = { now: () => now };
  const later = (ms: number) => (now = new Date(now.getTime() + ms));
  /** The next 30-second step: a code not used yet. */
  const nextStep = () => later(30_000);
  const ids: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  const codeNow = (email: string) => totpCode(secrets[email]!, now);
  const challengeOf = (step: SignInStep) => {
    if (step.kind !== 'two-factor') throw new Error('expected a second step');
    return step.challenge;
  };
  const auditActions = async () => (await c.accounts.auditLog(500)).map((e) => e.action);

  /** Starts enrolment and confirms it with the app's current code; answers the recovery codes. */
  async function enrol(email: string): Promise<string[]> {
    const user = (await c.accounts.listUsers()).find((u) => u.email === email)!;
    await c.accounts.twoFactor.begin(user.id);
    secrets[email] = (await c.accounts.twoFactor.pending(user))!.secret;
    return c.accounts.twoFactor.confirm(user.id, await codeNow(email));
  }

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(
      testConfig(tdb, { site: { baseUrl: 'http://news.test', name: 'Daily Test' } }),
      {
        mail: new MemoryMailTransport(),
        clock,
      },
    );
    for (const [email, role] of [
      ['owner@example.com', 'admin'],
      ['second@example.com', 'admin'],
      ['editor@example.com', 'editor'],
      ['author@example.com', 'author'],
    ] as const) {
      ids[email] = (
        await c.accounts.createUser({ email, name: email.split('@')[0]!, role, password: PASSWORD }, null)
      ).id;
    }
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('turns on only after the app shows a right code for the new key', async () => {
    const owner = (await c.accounts.listUsers()).find((u) => u.email === 'owner@example.com')!;
    const tf = c.accounts.twoFactor;
    expect(await tf.pending(owner)).toBeNull();
    await tf.begin(owner.id);
    const first = (await tf.pending(owner))!;
    // Starting again makes a new key: the one scanned before stops counting.
    await tf.begin(owner.id);
    const enrolment = (await tf.pending(owner))!;
    expect(enrolment.secret).not.toBe(first.secret);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toBe(
      `otpauth://totp/Daily%20Test:owner%40example.com?secret=${enrolment.secret}&issuer=Daily%20Test`,
    );
    expect(await tf.status(owner.id)).toMatchObject({ enabled: false, pending: true });
    // Not on yet: the password alone still signs in.
    expect((await c.accounts.beginSignIn('owner@example.com', PASSWORD)).kind).toBe('signed-in');

    expect(await failure(tf.confirm(owner.id, await totpCode(first.secret, now)))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['code'],
    });
    expect(await failure(tf.confirm(owner.id, 'abc'))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['code'],
    });
    expect((await tf.status(owner.id)).enabled).toBe(false);

    secrets['owner@example.com'] = enrolment.secret;
    const codes = await tf.confirm(owner.id, ` ${await codeNow('owner@example.com')} `);
    expect(codes).toHaveLength(10);
    expect(await tf.status(owner.id)).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 });
    expect(await failure(tf.begin(owner.id))).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(tf.confirm(owner.id, await codeNow('owner@example.com')))).toMatchObject({
      code: 'CONFLICT',
    });
    // Recovery codes are kept as hashes only; the key is kept as it is (no key to encrypt it with).
    const stored = await c.database.db.selectFrom('recovery_codes').selectAll().execute();
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
    const row = await c.database.db
      .selectFrom('two_factor')
      .selectAll()
      .where('user_id', '=', owner.id)
      .executeTakeFirst();
    expect(row?.secret).toBe(enrolment.secret);
    expect(await auditActions()).toContain('two-factor.enabled');
  });

  it('asks for a code after the password, and the challenge grants nothing else', async () => {
    const step = await c.accounts.beginSignIn('Owner@Example.com', PASSWORD);
    expect(step.kind).toBe('two-factor');
    const challenge = challengeOf(step);
    expect(await c.accounts.session(challenge)).toBeNull();
    const tokens = await c.database.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('purpose', '=', 'signin')
      .execute();
    expect(tokens).toHaveLength(1);
    expect(JSON.stringify(tokens)).not.toContain(challenge);
    // The password-only helper refuses such an account instead of handing out a session.
    expect(await failure(c.accounts.signIn('owner@example.com', PASSWORD))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    // A wrong password gives no challenge at all.
    expect(await failure(c.accounts.beginSignIn('owner@example.com', 'not the password!'))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('never accepts the code that turned two-factor on, nor any code twice', async () => {
    // Still the step of the confirming code: the same code is refused.
    const challenge = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    expect(
      await failure(c.accounts.completeSignIn(challenge, await codeNow('owner@example.com'))),
    ).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    nextStep();
    const code = await codeNow('owner@example.com');
    const s = await c.accounts.completeSignIn(challenge, code);
    expect(s.factor).toBe('totp');
    expect(await c.accounts.session(s.token)).toMatchObject({
      user: { email: 'owner@example.com' },
      twoFactor: true,
    });
    // The challenge is used up, and the code is spent even with a fresh challenge.
    expect(await failure(c.accounts.completeSignIn(challenge, code))).toMatchObject({ code: 'GONE' });
    const again = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    expect(await failure(c.accounts.completeSignIn(again, code))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await auditActions()).toEqual(expect.arrayContaining(['signin', 'signin.two-factor-failed']));
  });

  it('accepts a phone one step behind or ahead, but never goes back to an earlier step', async () => {
    const secret = secrets['owner@example.com']!;
    later(5 * 30_000);
    const stepAt = (steps: number) => totpCode(secret, new Date(now.getTime() + steps * 30_000));
    const one = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    expect((await c.accounts.completeSignIn(one, await stepAt(-1))).factor).toBe('totp');
    const two = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    expect((await c.accounts.completeSignIn(two, await stepAt(1))).factor).toBe('totp');
    // The step ahead was used: the current one is now in the past.
    const three = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    expect(await failure(c.accounts.completeSignIn(three, await stepAt(0)))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    // Two steps behind is too far even though that step was never used.
    later(5 * 30_000);
    const far = await stepAt(-2);
    const near = await Promise.all([-1, 0, 1].map(stepAt));
    if (!near.includes(far))
      expect(await failure(c.accounts.completeSignIn(three, far))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await c.accounts.completeSignIn(three, await stepAt(0))).factor).toBe('totp');
  });

  it('takes each recovery code once, however it is typed, and says how many are left', async () => {
    nextStep();
    const codes = await enrol('second@example.com');
    const challenge = challengeOf(await c.accounts.beginSignIn('second@example.com', PASSWORD));
    const typed = ` ${codes[3]!.toUpperCase().replace('-', ' ')} `;
    const s = await c.accounts.completeSignIn(challenge, typed);
    expect(s).toMatchObject({ factor: 'recovery', recoveryCodesLeft: 9 });
    const again = challengeOf(await c.accounts.beginSignIn('second@example.com', PASSWORD));
    expect(await failure(c.accounts.completeSignIn(again, codes[3]!))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    // Another account's code is no code for this one.
    const ownerCodes = await c.accounts.twoFactor.regenerateRecoveryCodes(
      ids['owner@example.com']!,
      PASSWORD,
    );
    expect(await failure(c.accounts.completeSignIn(again, ownerCodes[0]!))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect((await c.accounts.completeSignIn(again, codes[4]!)).recoveryCodesLeft).toBe(8);
    const used = (await c.accounts.auditLog(500)).filter((e) => e.action === 'two-factor.recovery-code-used');
    expect(used.map((e) => e.details)).toEqual(expect.arrayContaining([{ left: 9 }, { left: 8 }]));
  });

  it('makes new recovery codes on the password, and the old ones stop working', async () => {
    const id = ids['second@example.com']!;
    expect(await failure(c.accounts.twoFactor.regenerateRecoveryCodes(id, 'wrong password!'))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['password'],
    });
    const old = (
      await c.database.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', id).execute()
    ).length;
    expect(old).toBe(10);
    const fresh = await c.accounts.twoFactor.regenerateRecoveryCodes(id, PASSWORD);
    expect(await c.accounts.twoFactor.status(id)).toMatchObject({ recoveryCodesLeft: 10 });
    const codesBefore = await c.database.db
      .selectFrom('recovery_codes')
      .selectAll()
      .where('user_id', '=', id)
      .execute();
    expect(codesBefore.every((r) => r.used_at === null)).toBe(true);
    const challenge = challengeOf(await c.accounts.beginSignIn('second@example.com', PASSWORD));
    expect((await c.accounts.completeSignIn(challenge, fresh[0]!)).factor).toBe('recovery');
    expect(await auditActions()).toContain('two-factor.recovery-codes-regenerated');
    // Without two-factor there is nothing to regenerate.
    expect(
      await failure(c.accounts.twoFactor.regenerateRecoveryCodes(ids['editor@example.com']!, PASSWORD)),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it('stops checking codes after five wrong ones in 15 minutes, and the challenge ends', async () => {
    nextStep();
    const challenge = challengeOf(await c.accounts.beginSignIn('second@example.com', PASSWORD));
    const right = await codeNow('second@example.com');
    const wrongCode = right === '000000' ? '000001' : '000000';
    for (let i = 0; i < 4; i++)
      expect(await failure(c.accounts.completeSignIn(challenge, wrongCode))).toMatchObject({
        code: 'UNAUTHORIZED',
      });
    expect(await failure(c.accounts.completeSignIn(challenge, wrongCode))).toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(await failure(c.accounts.completeSignIn(challenge, right))).toMatchObject({ code: 'GONE' });
    // A new challenge does not reopen the count: the right code is not even checked.
    const fresh = challengeOf(await c.accounts.beginSignIn('second@example.com', PASSWORD));
    expect(await failure(c.accounts.completeSignIn(fresh, right))).toMatchObject({ code: 'RATE_LIMITED' });
    // Turning two-factor off counts against the same limit.
    expect(
      await failure(c.accounts.twoFactor.disable(ids['second@example.com']!, PASSWORD, right)),
    ).toMatchObject({
      code: 'RATE_LIMITED',
    });
    later(15 * 60_000 + 1_000);
    const after = challengeOf(await c.accounts.beginSignIn('second@example.com', PASSWORD));
    expect((await c.accounts.completeSignIn(after, await codeNow('second@example.com'))).factor).toBe('totp');
  });

  it('lets the code wait 5 minutes after the password, and no longer', async () => {
    nextStep();
    const challenge = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    later(CHALLENGE_TTL_MS + 1_000);
    expect(
      await failure(c.accounts.completeSignIn(challenge, await codeNow('owner@example.com'))),
    ).toMatchObject({
      code: 'GONE',
    });
    expect(await failure(c.accounts.challengeUser(challenge))).toMatchObject({ code: 'GONE' });
    nextStep();
    const inTime = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    later(CHALLENGE_TTL_MS - 31_000);
    expect((await c.accounts.challengeUser(inTime)).email).toBe('owner@example.com');
    expect((await c.accounts.completeSignIn(inTime, await codeNow('owner@example.com'))).factor).toBe('totp');
    // A newer sign-in replaces an older challenge; tokens that were never issued mean nothing.
    nextStep();
    const older = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    const newer = challengeOf(await c.accounts.beginSignIn('owner@example.com', PASSWORD));
    expect(await failure(c.accounts.challengeUser(older))).toMatchObject({ code: 'GONE' });
    expect(await failure(c.accounts.challengeUser(undefined))).toMatchObject({ code: 'GONE' });
    expect(await failure(c.accounts.challengeUser('x'.repeat(43)))).toMatchObject({ code: 'GONE' });
    expect((await c.accounts.challengeUser(newer)).email).toBe('owner@example.com');
  });

  it('turns off with the password and a current code, and the password alone signs in again', async () => {
    nextStep();
    const codes = await enrol('author@example.com');
    const id = ids['author@example.com']!;
    nextStep();
    expect(
      await failure(c.accounts.twoFactor.disable(id, 'wrong password!', await codeNow('author@example.com'))),
    ).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['password'],
    });
    expect(await failure(c.accounts.twoFactor.disable(id, PASSWORD, ''))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['code'],
    });
    expect(await failure(c.accounts.twoFactor.disable(id, PASSWORD, '123'))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['code'],
    });
    expect((await c.accounts.twoFactor.status(id)).enabled).toBe(true);
    // A recovery code does as well as a code from the app.
    await c.accounts.twoFactor.disable(id, PASSWORD, codes[0]!);
    expect(await c.accounts.twoFactor.status(id)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect(
      await c.database.db.selectFrom('recovery_codes').selectAll().where('user_id', '=', id).execute(),
    ).toEqual([]);
    expect((await c.accounts.beginSignIn('author@example.com', PASSWORD)).kind).toBe('signed-in');
    expect(await failure(c.accounts.twoFactor.disable(id, PASSWORD, '123456'))).toMatchObject({
      code: 'CONFLICT',
    });
    const entry = (await c.accounts.auditLog(500)).find((e) => e.action === 'two-factor.disabled');
    expect(entry).toMatchObject({ target: id, details: { with: 'recovery' } });
  });

  it('lets an administrator reset someone’s two-factor (a lost phone), audit-logged', async () => {
    nextStep();
    await enrol('editor@example.com');
    const editor = ids['editor@example.com']!;
    const owner = ids['owner@example.com']!;
    expect(await failure(c.accounts.twoFactor.reset(owner, editor))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(c.accounts.twoFactor.reset(owner, owner))).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(c.accounts.twoFactor.reset('no-such-account', owner))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await c.accounts.beginSignIn('editor@example.com', PASSWORD)).kind).toBe('two-factor');
    await c.accounts.twoFactor.reset(editor, owner);
    expect((await c.accounts.twoFactor.status(editor)).enabled).toBe(false);
    expect((await c.accounts.beginSignIn('editor@example.com', PASSWORD)).kind).toBe('signed-in');
    expect(await failure(c.accounts.twoFactor.reset(editor, owner))).toMatchObject({ code: 'CONFLICT' });
    const entry = (await c.accounts.auditLog(500)).find((e) => e.action === 'two-factor.reset');
    expect(entry).toMatchObject({ userId: owner, target: editor, details: { email: 'editor@example.com' } });
    // The operator (CLI, no actor) may reset anyone, an administrator too.
    await c.accounts.twoFactor.reset(ids['second@example.com']!, null);
    expect((await c.accounts.twoFactor.status(ids['second@example.com']!)).enabled).toBe(false);
  });

  it('limits guesses at the password asked again before a change', async () => {
    const editor = ids['editor@example.com']!;
    for (let i = 0; i < 5; i++)
      expect(
        await failure(c.accounts.twoFactor.regenerateRecoveryCodes(editor, 'a wrong guess')),
      ).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    expect(await failure(c.accounts.twoFactor.regenerateRecoveryCodes(editor, PASSWORD))).toMatchObject({
      code: 'RATE_LIMITED',
    });
    later(15 * 60_000 + 1_000);
    // The password is checked again (and is right); the editor's two-factor was reset, so nothing to renew.
    expect(await failure(c.accounts.twoFactor.regenerateRecoveryCodes(editor, PASSWORD))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('requires two-factor of administrators when the site says so', async () => {
    const tf = c.accounts.twoFactor;
    const owner = ids['owner@example.com']!;
    const second = ids['second@example.com']!;
    const editor = ids['editor@example.com']!;
    expect(await tf.requiredForAdmins()).toBe(false);
    // Only administrators decide, and only one who uses two-factor can require it (no self-lockout).
    expect(await failure(tf.setRequiredForAdmins(true, editor))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(tf.setRequiredForAdmins(true, second))).toMatchObject({ code: 'CONFLICT' });
    expect(await tf.requiredForAdmins()).toBe(false);
    expect(await tf.setRequiredForAdmins(true, owner)).toBe(true);
    expect(await tf.requiredForAdmins()).toBe(true);
    const users = await c.accounts.listUsers();
    const user = (id: string) => users.find((u) => u.id === id)!;
    expect(await tf.mustEnrol(user(second), false)).toBe(true);
    expect(await tf.mustEnrol(user(owner), true)).toBe(false);
    expect(await tf.mustEnrol(user(editor), false)).toBe(false);
    // An administrator cannot turn it off while it is required.
    nextStep();
    expect(await failure(tf.disable(owner, PASSWORD, await codeNow('owner@example.com')))).toMatchObject({
      code: 'CONFLICT',
    });
    const entry = (await c.accounts.auditLog(500)).find((e) => e.action === 'settings.two-factor-required');
    expect(entry).toMatchObject({ userId: owner, details: { from: false, to: true } });
    expect(await tf.setRequiredForAdmins(false, null)).toBe(false);
    expect(await tf.mustEnrol(user(second), false)).toBe(false);
  });
});
