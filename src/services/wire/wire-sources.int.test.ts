import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { runCli } from '../../cli/program.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { isAppError } from '../../domain/errors.ts';
import { cliServicesOf } from '../../../test/utils/cli-services.ts';

describe.each(dialects)('wire sources on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  const stdin = { text: '' };
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      argv,
      async () => cliServicesOf(c),
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      async () => stdin.text,
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb), { jobs: false });
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('adds a source with a bearer token from standard input and never shows the token', async () => {
    stdin.text = 'tok_secret_value_123';
    const added = await cli(
      'wire',
      'add',
      'Harbour Wire',
      'rss',
      'https://wire.example.org/feed.xml',
      '--language',
      'en',
      '--section',
      'world',
      '--agency',
      'Harbour Agency',
      '--bearer',
      '--interval',
      '120',
    );
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toMatch(
      /^Added wire source [0-9a-f-]{36} \(Harbour Wire, rss, credentials: bearer tok_••••\)$/,
    );
    const listed = await cli('wire', 'list');
    expect(listed.out).toContain(
      'Harbour Wire\trss\thttps://wire.example.org/feed.xml\ten\tagency: Harbour Agency',
    );
    expect(listed.out).toContain('every 120s');
    expect(listed.out).not.toContain('tok_secret_value_123');
    const log = await c.store.repos.accounts.auditLog(10, { action: 'wire.source.added' });
    expect(JSON.stringify(log)).toContain('bearer tok_••••');
    expect(JSON.stringify(log)).not.toContain('secret_value');
    // The poller still has the whole token.
    const [view] = await c.wireSources.list();
    const full = await c.wireSources.forPolling(view?.id ?? '');
    expect(full.credentials).toEqual({ kind: 'bearer', token: 'tok_secret_value_123' });
  });

  it('keeps basic credentials whole for polling and masks the password', async () => {
    stdin.text = 'p:ss word';
    const added = await cli(
      'wire',
      'add',
      'Valley',
      'atom',
      'https://valley.example.net/atom',
      '-l',
      'en',
      '--basic',
      'desk',
    );
    expect(added.out).toContain('credentials: basic desk:••••');
    const id = /source (\S+)/.exec(added.out)?.[1] ?? '';
    expect((await c.wireSources.forPolling(id)).credentials).toEqual({
      kind: 'basic',
      user: 'desk',
      password: 'p:ss word',
    });
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = (await c.wireSources.list()).length;
    expect((await cli('wire', 'add', 'X', 'gopher', 'https://a.example/', '-l', 'en')).err).toMatch(
      /^newsdesk: kind: /,
    );
    expect((await cli('wire', 'add', 'X', 'rss', 'ftp://a.example/f', '-l', 'en')).err).toBe(
      'newsdesk: location: must be http:// or https://',
    );
    expect((await cli('wire', 'add', 'X', 'rss', 'https://u:p@a.example/f', '-l', 'en')).err).toMatch(
      /location: put credentials/,
    );
    expect((await cli('wire', 'add', 'X', 'folder', 'https://a.example/', '-l', 'en')).err).toMatch(
      /location: a folder source takes a path/,
    );
    expect((await cli('wire', 'add', 'X', 'rss', 'https://a.example/', '-l', 'en', '-i', '5')).err).toBe(
      'newsdesk: intervalSeconds: at least 60 seconds',
    );
    expect((await cli('wire', 'add', 'X', 'rss', 'https://a.example/', '-l', 'fr')).err).toBe(
      'newsdesk: language: fr is not enabled on this site',
    );
    expect(
      (await cli('wire', 'add', 'X', 'rss', 'https://a.example/', '-l', 'en', '-s', 'nowhere')).err,
    ).toBe('newsdesk: section: no section "nowhere"');
    const err = await c.wireSources
      .add(null, { name: '', kind: 'rss', location: 'x', language: 'en' })
      .catch((e: unknown) => e);
    expect(isAppError(err) && err.issues.map((i) => i.field)).toEqual(['name', 'location']);
    expect(await c.wireSources.list()).toHaveLength(before);
  });

  it('removes a source, audited, and says when there is none', async () => {
    const [first] = await c.wireSources.list();
    const id = first?.id ?? '';
    expect(await cli('wire', 'remove', id)).toMatchObject({ code: 0, out: `Removed wire source ${id}` });
    expect((await cli('wire', 'remove', id)).err).toBe(`newsdesk: no wire source with id ${id}`);
    const log = await c.store.repos.accounts.auditLog(10, { action: 'wire.source.removed' });
    expect(log.map((e) => e.target)).toEqual([id]);
  });
});
