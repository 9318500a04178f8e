import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContainer, type Container } from '../app.ts';
import { seedText, SEED_HEADLINE, SEED_SLUG } from '../../test/fixtures/content.ts';
import { testConfig } from '../../test/utils/app.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { sampleGhostExport } from '../../test/utils/ghost-export.ts';
import { sampleExport } from '../../test/utils/wxr-export.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../test/utils/databases.ts';
import { MemoryMailTransport } from '../services/mail/mail.ts';
import { totpCode } from '../services/accounts/totp.ts';
import { runCli } from './program.ts';
import { cliServicesOf } from '../../test/utils/cli-services.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** What `analyze FILE` prints (the story-gold shape), as far as these tests read it. */
const analysedFile = z.looseObject({
  body: z.string(),
  gold: z.looseObject({ people: z.array(z.looseObject({ name: z.string() })), events: z.array(z.unknown()) }),
});

/** How a child process that exited non-zero rejects (util.promisify(execFile)). */
const execFailure = z.object({ code: z.number(), stderr: z.string() });

describe.each(dialects)('newsdesk CLI on %s', (dialect) => {
  const mail = new MemoryMailTransport();
  let tdb: TestDatabase;
  let c: Container;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      argv,
      async () => cliServicesOf(c),
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      async () => 'a long enough password',
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb), { mail });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('adds sections and refuses a reserved or malformed one with the field named', async () => {
    expect(await run('section', 'add', 'world', 'World', '--color', '#1a5fb4')).toMatchObject({
      code: 0,
      out: 'Added section world (World)',
    });
    const reserved = await run('section', 'add', 'tag', 'Tags');
    expect(reserved.code).toBe(1);
    expect(reserved.err).toBe('newsdesk: slug: is reserved for a site route');
    expect((await run('section', 'add', 'world', 'Again')).err).toBe(
      'newsdesk: section "world" already exists',
    );
    expect((await run('section', 'list')).out).toBe('world\tWorld');
  });

  it('imports the seed as a published article with its citation', async () => {
    const r = await run(
      'import',
      'text',
      file('seed.txt', seedText),
      '--headline',
      SEED_HEADLINE,
      '--tags',
      'Diplomacy, Azerbaijan',
    );
    expect(r).toMatchObject({
      code: 0,
      out: `Imported "${SEED_HEADLINE}" (published) → /en/world/${SEED_SLUG}`,
    });
    const a = await c.store.repos.articles.findBySlug('en', SEED_SLUG);
    expect(a).toMatchObject({
      status: 'published',
      publishedAt: new Date('2025-11-21T08:00:00.000Z'),
      sources: [{ outlet: 'News.Az', citing: 'Azerbaijani media', url: null }],
      tags: [{ slug: 'diplomacy' }, { slug: 'azerbaijan' }],
    });
    expect(a!.body).toHaveLength(6);
  });

  it('derives a headline from the first sentence when none is given, and numbers a taken slug', async () => {
    const text = 'date 2025-11-22\n\nOfficials met in Baku on Saturday. They talked.\n\nCaspian Wire';
    expect((await run('import', 'text', file('a.txt', text))).out).toBe(
      'Imported "Officials met in Baku on Saturday" (published) → /en/world/officials-met-in-baku-on-saturday',
    );
    expect((await run('import', 'text', file('b.txt', text), '--draft')).out).toBe(
      'Imported "Officials met in Baku on Saturday" (draft) → /en/world/officials-met-in-baku-on-saturday-2',
    );
  });

  it('rejects a malformed file naming the line, and writes nothing', async () => {
    const before = await c.store.repos.articles.count();
    const bad = file(
      'bad.txt',
      'date 2025-11-21\n\nA paragraph.\n\nThis last paragraph is a sentence, not a publisher.\n',
    );
    const r = await run('import', 'text', bad);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `newsdesk: ${bad}: line 5: expected the publisher's name alone on the last line (e.g. "News.Az"), found "This last paragraph is a sentence, not a publisher."`,
    );
    const missingSection = await run('import', 'text', file('ok.txt', seedText), '--section', 'sport');
    expect(missingSection.err).toMatch(/section "sport" does not exist$/);
    const badLanguage = await run('import', 'text', file('ok2.txt', seedText), '--language', 'fr');
    expect(badLanguage.err).toMatch(/language "fr" is not enabled on this site$/);
    expect(await c.store.repos.articles.count()).toBe(before);
  });

  it('creates and revokes API keys, and registers webhooks, printing secrets once', async () => {
    const created = await run('apikey', 'create', 'Partner app', '--rate-limit', '30');
    expect(created.code).toBe(0);
    const [line, key] = created.out.split('\n');
    expect(line).toMatch(/^Created API key [0-9a-f-]{36} for "Partner app" \(30 requests\/minute\):$/);
    expect(key).toMatch(/^nd_[\w-]{32}$/);
    expect((await run('apikey', 'list')).out).not.toContain(key);
    const id = /key ([0-9a-f-]{36})/.exec(line!)![1]!;
    expect((await run('apikey', 'revoke', id)).out).toBe(`Revoked ${id}`);
    expect((await run('apikey', 'revoke', id)).err).toBe(`newsdesk: no active API key with id ${id}`);
    expect((await run('apikey', 'create', '')).err).toBe('newsdesk: name: is required');
    const hook = await run('webhook', 'add', 'https://partner.example/hook', '--events', 'article.published');
    expect(hook.out).toMatch(
      /^Registered webhook [0-9a-f-]{36} → https:\/\/partner\.example\/hook for article\.published\nSigning secret .*: whsec_/,
    );
    expect((await run('webhook', 'add', 'not a url')).err).toMatch(/^newsdesk: url: must be an absolute URL/);
    const internal = await run('webhook', 'add', 'http://169.254.169.254/latest/meta-data/');
    expect(internal.code).toBe(1);
    expect(internal.err).toBe(
      'newsdesk: url: 169.254.169.254 is a link-local address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 allows others)',
    );
  });

  it('analyze FILE prints the reading in the story-gold shape; --all reads the archive', async () => {
    const r = await run('analyze', file('seed-for-analysis.txt', seedText), '--language', 'en');
    expect(r.code).toBe(0);
    const out = analysedFile.parse(JSON.parse(r.out));
    expect(out).toMatchObject({
      id: 'seed-for-analysis',
      published: '2025-11-21',
      language: 'en',
      timezone: 'Asia/Baku',
    });
    expect(out.body.startsWith('Moscow has expressed “sincere regret”')).toBe(true);
    expect(out.gold.people.map((p) => p.name)).toEqual([
      'Mikhail Galuzin',
      'Rahman Mustafayev',
      'Mikhail Yevdokimov',
    ]);
    expect(Object.keys(out.gold).sort()).toEqual([
      'equipment',
      'events',
      'orgs',
      'people',
      'places',
      'quotes',
    ]);
    const plain = await run(
      'analyze',
      file('plain.txt', 'Foreign Minister Anna Keller said on Tuesday that talks would resume.'),
      '--published',
      '2025-11-20',
    );
    expect(analysedFile.parse(JSON.parse(plain.out)).gold.events[0]).toMatchObject({ iso: '2025-11-18' });
    expect((await run('analyze', file('plain2.txt', 'Some text.'))).err).toBe(
      'newsdesk: --published: give the publication date as YYYY-MM-DD',
    );
    expect((await run('analyze')).err).toBe('newsdesk: analyze: give a FILE, or --all');
    const all = await run('analyze', '--all');
    expect(all.out).toMatch(/^Read \d+ articles; \d+ had changed\.$/);
    expect((await run('analyze', '--all')).out).toMatch(/; 0 had changed\.$/);
  });

  it('settings story-facts shows and changes what readers see of story intelligence, audit-logged', async () => {
    expect(await run('settings', 'story-facts')).toMatchObject({ code: 0, out: 'review' });
    expect(await run('settings', 'story-facts', 'auto')).toMatchObject({
      code: 0,
      out: 'storyFacts is now auto.',
    });
    expect((await run('settings', 'story-facts')).out).toBe('auto');
    expect(c.site.settings().storyFacts).toBe('auto');
    expect(await run('settings', 'story-facts', 'sometimes')).toMatchObject({
      code: 1,
      err: 'newsdesk: story-facts: give review, auto or off (not "sometimes")',
    });
    const log = await c.store.repos.accounts.auditLog(50);
    expect(log.find((e) => e.action === 'settings.changed')?.details).toEqual({
      storyFacts: { from: 'review', to: 'auto' },
    });
    await run('settings', 'story-facts', 'review');
  });

  it('creates accounts for scripts, password from standard input', async () => {
    const r = await run(
      'user',
      'create',
      '--email',
      'Editor@Example.com',
      '--name',
      'Eda Editor',
      '--role',
      'editor',
    );
    expect(r.out).toMatch(/^Created editor editor@example\.com \([0-9a-f-]{36}\)$/);
    expect((await c.accounts.signIn('editor@example.com', 'a long enough password')).user.role).toBe(
      'editor',
    );
    expect(
      (await run('user', 'create', '--email', 'x@example.com', '--name', 'X', '--role', 'boss')).err,
    ).toMatch(/^newsdesk: role: /);
    expect(
      (await run('user', 'create', '--email', 'editor@example.com', '--name', 'Again', '--role', 'author'))
        .err,
    ).toBe('newsdesk: an account for editor@example.com exists');
  });

  it('invites by e-mail, printing the one-time link, and lists accounts', async () => {
    const r = await run(
      'user',
      'invite',
      '--email',
      'Guest@Example.com',
      '--name',
      'Guest',
      '--role',
      'author',
    );
    expect(r.code).toBe(0);
    const [head, link] = r.out.split('\n');
    expect(head).toMatch(/^Invited guest@example\.com as author until \d{4}-\d{2}-\d{2}T/);
    expect(link).toMatch(/^http:\/\/news\.test\/admin\/invite\/[\w-]{43}$/);
    expect(mail.lastTo('guest@example.com')?.text).toContain(link);
    const token = link!.split('/').at(-1)!;
    expect((await c.accounts.inviteInfo(token)).role).toBe('author');
    expect(
      (await run('user', 'invite', '--email', 'editor@example.com', '--name', 'E', '--role', 'author')).err,
    ).toBe('newsdesk: editor@example.com already has an account');
    expect((await run('user', 'list')).out).toContain('editor@example.com\teditor\tactive\tEda Editor');
  });

  it('resets a locked-out account’s two-factor and sets whether admins must use it', async () => {
    const admin = await c.accounts.createUser(
      {
        email: 'last-admin@example.com',
        name: 'Last Admin',
        role: 'admin',
        password: 'a long enough password',
      },
      null,
    );
    await c.accounts.twoFactor.begin(admin.id);
    const { secret } = (await c.accounts.twoFactor.pending(admin))!;
    await c.accounts.twoFactor.confirm(admin.id, await totpCode(secret, new Date()));
    expect((await run('user', 'list')).out).toContain(
      'last-admin@example.com\tadmin\tactive\tLast Admin\ttwo-factor on',
    );
    expect((await c.accounts.beginSignIn('last-admin@example.com', 'a long enough password')).kind).toBe(
      'two-factor',
    );

    expect(await run('user', 'reset-2fa', '--email', 'Last-Admin@Example.com')).toMatchObject({
      code: 0,
      out: 'Two-factor sign-in of last-admin@example.com is off; it signs in with its password and sets it up again.',
    });
    expect((await c.accounts.beginSignIn('last-admin@example.com', 'a long enough password')).kind).toBe(
      'signed-in',
    );
    expect((await run('user', 'list')).out).toContain('Last Admin\ttwo-factor off');
    expect(await run('user', 'reset-2fa', '--email', 'last-admin@example.com')).toMatchObject({
      code: 1,
      err: 'newsdesk: last-admin@example.com does not use two-factor sign-in.',
    });
    expect(await run('user', 'reset-2fa', '--email', 'nobody@example.com')).toMatchObject({
      code: 1,
      err: 'newsdesk: there is no account for nobody@example.com',
    });
    const log = await c.accounts.auditLog(50);
    expect(log.find((e) => e.action === 'two-factor.reset')).toMatchObject({
      userId: null,
      target: admin.id,
    });

    expect((await run('user', 'require-2fa')).out).toBe('Two-factor sign-in is optional for administrators.');
    expect((await run('user', 'require-2fa', 'on')).out).toBe('Administrators must use two-factor sign-in.');
    expect(await c.accounts.twoFactor.requiredForAdmins()).toBe(true);
    expect((await run('user', 'require-2fa')).out).toBe('Administrators must use two-factor sign-in.');
    expect((await run('user', 'require-2fa', 'maybe')).err).toBe(
      'newsdesk: require-2fa: say on or off, not "maybe"',
    );
    expect((await run('user', 'require-2fa', 'off')).out).toBe(
      'Two-factor sign-in is optional for administrators.',
    );
  });

  it('import wxr and import ghost: a dry run prints the report and writes nothing; bad input is named', async () => {
    const before = await c.store.repos.articles.count();
    const wxr = await run('import', 'wxr', file('site.xml', sampleExport(12).xml), '--dry-run');
    expect(wxr.code).toBe(0);
    expect(wxr.out).toContain('Dry run: nothing was written.');
    expect(wxr.out).toMatch(/Articles would be created: 10 published, 1 draft/);
    const ghost = await run('import', 'ghost', file('ghost.json', sampleGhostExport(12).json), '--dry-run');
    expect(ghost.code).toBe(0);
    expect(ghost.out).toMatch(/Articles would be created: 8 published, 4 draft/);
    expect(ghost.out).toContain('About the harbour paper: a page, not a post');
    expect(await c.store.repos.articles.count()).toBe(before);

    const broken = file('broken.json', '{"db": [{"data": {"posts": [');
    expect((await run('import', 'ghost', broken)).err).toMatch(
      new RegExp(`^newsdesk: ${broken}: ${broken}: not a readable JSON file`),
    );
    const keyless = await run('import', 'ghost', 'https://old-ghost.example.org');
    expect(keyless).toMatchObject({ code: 1 });
    expect(keyless.err).toMatch(/--key: a Content API key is needed/);
    const badDir = await run('import', 'ghost', broken, '--content-dir', broken);
    expect(badDir.err).toBe(`newsdesk: --content-dir: ${broken} is not a directory`);
    expect(await c.store.repos.articles.count()).toBe(before);
  });

  it('reports a missing file plainly', async () => {
    const r = await run('import', 'text', join(dir, 'nope.txt'));
    expect(r).toMatchObject({ code: 1, err: `newsdesk: ${join(dir, 'nope.txt')}: no such file` });
  });
});

describe('the newsdesk bin', () => {
  it('runs from a checkout with DATABASE_URL and exits non-zero on bad input', async () => {
    const tdb = await createTestDatabase('sqlite');
    const env = { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent' };
    const exec = promisify(execFile);
    const bin = new URL('../../bin/newsdesk.mjs', import.meta.url).pathname;
    try {
      const ok = await exec(process.execPath, [bin, 'section', 'add', 'world', 'World'], { env });
      expect(ok.stdout.trim()).toBe('Added section world (World)');
      const imported = await exec(process.execPath, [bin, 'import', 'text', file('bin.txt', seedText)], {
        env,
      });
      expect(imported.stdout).toContain('(published) → /en/world/moscow-has-expressed-sincere-regret');
      const failed = execFailure.parse(
        await exec(process.execPath, [bin, 'import', 'text', file('empty.txt', '')], { env }).catch(
          (e: unknown) => e,
        ),
      );
      expect(failed.code).toBe(1);
      expect(failed.stderr.trim()).toBe(`newsdesk: ${join(dir, 'empty.txt')}: line 1: the file is empty`);
      const badConfig = execFailure.parse(
        await exec(process.execPath, [bin, 'section', 'list'], {
          env: { ...env, SITE_TIMEZONE: 'Nowhere/Town' },
        }).catch((e: unknown) => e),
      );
      expect(badConfig.code).toBe(1);
      expect(badConfig.stderr.trim()).toBe(
        'newsdesk: Invalid configuration: SITE_TIMEZONE="Nowhere/Town" must be an IANA time zone such as Asia/Baku',
      );
    } finally {
      await tdb.drop();
    }
  }, 120_000); // four real processes, each loading the whole app through tsx
});
