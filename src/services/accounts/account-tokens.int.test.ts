import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { MemoryMailTransport } from '../mail/mail.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(dialects)('one-time account links on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  const mail = new MemoryMailTransport();
  const tokenOf = (to: string) => /\/admin\/(?:invite|reset)\/([\w-]+)/.exec(mail.lastTo(to)!.text)![1]!;

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb), { mail });
    await c.accounts.setupOwner({ email: 'owner@example.com', name: 'Owner', password: PASSWORD });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('stores only a hash of each token', async () => {
    await c.accounts.invite({ email: 'a@example.com', name: 'A', role: 'author' }, null);
    const token = tokenOf('a@example.com');
    const rows = await c.database.db.selectFrom('account_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.map((r) => r.token_hash)).toContainEqual(expect.stringMatching(/^[0-9a-f]{64}$/));
  });

  it('lets two requests racing on one invitation create one account', async () => {
    await c.accounts.invite({ email: 'race@example.com', name: 'Race', role: 'editor' }, null);
    const token = tokenOf('race@example.com');
    const results = await Promise.allSettled([
      c.accounts.acceptInvite(token, { password: 'first long passphrase' }),
      c.accounts.acceptInvite(token, { password: 'second long passphrase' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await c.accounts.listUsers()).filter((u) => u.email === 'race@example.com')).toHaveLength(1);
  });

  it('lets two requests racing on one reset link set one password', async () => {
    await c.accounts.requestPasswordReset('owner@example.com');
    await c.accounts.mailSettled();
    const token = tokenOf('owner@example.com');
    const results = await Promise.allSettled([
      c.accounts.resetPassword(token, 'first long passphrase'),
      c.accounts.resetPassword(token, 'second long passphrase'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('a newer reset link, or disabling the account, voids the open one', async () => {
    await c.accounts.createUser(
      { email: 'b@example.com', name: 'B', role: 'author', password: PASSWORD },
      null,
    );
    await c.accounts.requestPasswordReset('b@example.com');
    await c.accounts.mailSettled();
    const first = tokenOf('b@example.com');
    await c.accounts.requestPasswordReset('b@example.com');
    await c.accounts.mailSettled();
    const second = tokenOf('b@example.com');
    await expect(c.accounts.resetInfo(first)).rejects.toThrow('already used (or replaced by a newer one)');
    const b = (await c.accounts.listUsers()).find((u) => u.email === 'b@example.com')!;
    await c.accounts.disable(b.id, null);
    await expect(c.accounts.resetPassword(second, 'a new long passphrase')).rejects.toThrow('already used');
  });

  it('a failed reset mail is reported, not thrown at the requester', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const failing = await createContainer(testConfig(tdb), {
      mail: { send: async () => Promise.reject(new Error('SMTP is down')) },
    });
    try {
      await expect(failing.accounts.requestPasswordReset('owner@example.com')).resolves.toBeUndefined();
      await failing.accounts.mailSettled();
      const line = written.find((l) => l.includes('a password reset mail could not be sent'));
      expect(line && JSON.parse(line)).toMatchObject({ level: 50, err: { message: 'SMTP is down' } });
    } finally {
      spy.mockRestore();
      await failing.close();
    }
  });
});
