import { readFile } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import { isAppError } from '../domain/errors.ts';
import type { TextImporter } from '../ingest/text/import-text.ts';
import type { ApiKeyService } from '../services/api-keys/api-key.service.ts';
import type { WebhookService } from '../services/webhooks/webhook.service.ts';
import type { AnalysisService } from '../services/analysis/analysis.service.ts';
import type { AccountService } from '../services/accounts/account.service.ts';
import { parseTextArticle } from '../ingest/text/parse-text-article.ts';
import { basename } from 'node:path';
import type { SiteService } from '../services/site/site.service.ts';
import type { TaxonomyService } from '../services/taxonomy/taxonomy.service.ts';

/** What the commands need; the entry point builds it from the composition root. */
export interface CliServices {
  site: SiteService;
  taxonomy: TaxonomyService;
  textImporter: TextImporter;
  apiKeys: ApiKeyService;
  webhooks: WebhookService;
  analysis: AnalysisService;
  accounts: AccountService;
  migrated: string[];
  close(): Promise<void>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export class CliFailure extends Error {}

/** Reports an error the user can act on: file and line for imports, field for validation. */
function describe(e: unknown, file?: string): string {
  if (isAppError(e)) return `${file ? `${file}: ` : ''}${e.message}`;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return `${file ?? err.path}: no such file`;
  if (err?.code === 'EISDIR') return `${file ?? err.path}: is a directory, not a file`;
  return e instanceof Error ? e.message : String(e);
}

/** Reads a password from standard input (piped), never from the command line where `ps` shows it. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function buildProgram(
  open: () => Promise<CliServices>,
  io: CliIo,
  readPassword: () => Promise<string> = readStdin,
): Command {
  const program = new Command('newsdesk')
    .description('Newsdesk: a news publishing platform for multilingual newsrooms')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const withServices = async <T>(work: (s: CliServices) => Promise<T>): Promise<T> => {
    const services = await open();
    try {
      return await work(services);
    } finally {
      await services.close();
    }
  };

  program
    .command('migrate')
    .description('bring the database schema up to date (also done at every start)')
    .action(() =>
      withServices(async (s) => {
        io.out(
          s.migrated.length ? `Applied: ${s.migrated.join(', ')}` : 'The database schema is up to date.',
        );
      }),
    );

  const importCmd = program.command('import').description('import articles from files');
  importCmd
    .command('text')
    .description(
      'import one article from plain text: a date line, paragraphs, the publisher on the last line',
    )
    .argument('<file>', 'the text file')
    .option('-l, --language <code>', 'language of the article', 'en')
    .option('-s, --section <slug>', 'section to file it under', 'world')
    .option('--headline <text>', 'headline (default: a headline line in the file, else the first sentence)')
    .option('--standfirst <text>', 'standfirst (lede)')
    .option('--tags <names>', 'comma-separated tag names')
    .option('--draft', 'store as a draft instead of publishing')
    .action(
      async (
        file: string,
        opts: {
          language: string;
          section: string;
          headline?: string;
          standfirst?: string;
          tags?: string;
          draft?: boolean;
        },
      ) => {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (e) {
          throw new CliFailure(describe(e, file));
        }
        await withServices(async (s) => {
          try {
            const a = await s.textImporter.import(text, {
              language: opts.language,
              sectionSlug: opts.section,
              ...(opts.headline ? { headline: opts.headline } : {}),
              ...(opts.standfirst ? { standfirst: opts.standfirst } : {}),
              tags: opts.tags
                ? opts.tags
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean)
                : [],
              status: opts.draft ? 'draft' : 'published',
            });
            io.out(`Imported "${a.headline}" (${a.status}) → /${a.language}/${a.section.slug}/${a.slug}`);
          } catch (e) {
            throw new CliFailure(describe(e, file));
          }
        });
      },
    );

  const sectionCmd = program.command('section').description('manage sections');
  sectionCmd
    .command('list')
    .description('list sections')
    .action(() =>
      withServices(async (s) => {
        for (const x of await s.taxonomy.sections()) io.out(`${x.slug}\t${x.name}`);
      }),
    );
  sectionCmd
    .command('add')
    .description('add a section')
    .argument('<slug>', 'URL name, e.g. world')
    .argument('<name>', 'display name, e.g. World')
    .option('--color <hex>', 'accent colour, e.g. #1a5fb4')
    .action((slug: string, name: string, opts: { color?: string }) =>
      withServices(async (s) => {
        try {
          const created = await s.taxonomy.createSection({ slug, name, color: opts.color ?? null });
          io.out(`Added section ${created.slug} (${created.name})`);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  const keyCmd = program.command('apikey').description('manage Content API keys');
  keyCmd
    .command('create')
    .description('create a key (it is shown once; only its hash is stored)')
    .argument('<name>', 'who the key is for, e.g. "Partner app"')
    .option('--rate-limit <n>', 'requests per minute', '120')
    .action((name: string, opts: { rateLimit: string }) =>
      withServices(async (s) => {
        try {
          const { key, record } = await s.apiKeys.create({ name, rateLimit: Number(opts.rateLimit) });
          io.out(`Created API key ${record.id} for "${record.name}" (${record.rateLimit} requests/minute):`);
          io.out(key);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  keyCmd
    .command('list')
    .description('list keys (never the keys themselves)')
    .action(() =>
      withServices(async (s) => {
        for (const k of await s.apiKeys.list()) {
          io.out(
            `${k.id}\t${k.prefix}…\t${k.name}\t${k.revokedAt ? 'revoked' : 'active'}\t${k.lastUsedAt?.toISOString() ?? 'never used'}`,
          );
        }
      }),
    );
  keyCmd
    .command('revoke')
    .description('revoke a key by id')
    .argument('<id>')
    .action((id: string) =>
      withServices(async (s) => {
        try {
          await s.apiKeys.revoke(id);
          io.out(`Revoked ${id}`);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  const userCmd = program.command('user').description('manage newsroom accounts');
  userCmd
    .command('create')
    .description('create an account; the password is read from standard input (or NEWSDESK_PASSWORD)')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'contributor, author, editor or admin')
    .action((opts: { email: string; name: string; role: string }) =>
      withServices(async (s) => {
        const password = process.env.NEWSDESK_PASSWORD ?? (await readPassword());
        try {
          const u = await s.accounts.createUser(
            { email: opts.email, name: opts.name, role: opts.role as never, password },
            null,
          );
          io.out(`Created ${u.role} ${u.email} (${u.id})`);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  userCmd
    .command('invite')
    .description('invite someone by e-mail; prints the one-time link (valid for 7 days) and mails it')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'contributor, author, editor or admin')
    .action((opts: { email: string; name: string; role: string }) =>
      withServices(async (s) => {
        try {
          const { link, expiresAt } = await s.accounts.invite(opts, null);
          io.out(
            `Invited ${opts.email.trim().toLowerCase()} as ${opts.role} until ${expiresAt.toISOString()}:`,
          );
          io.out(link);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  userCmd
    .command('list')
    .description('list accounts: e-mail, role, status, name, two-factor sign-in')
    .action(() =>
      withServices(async (s) => {
        const twoFactor = await s.accounts.twoFactor.enabledUserIds();
        for (const u of await s.accounts.listUsers())
          io.out(
            `${u.email}\t${u.role}\t${u.disabledAt ? 'disabled' : 'active'}\t${u.name}\t` +
              `two-factor ${twoFactor.has(u.id) ? 'on' : 'off'}`,
          );
      }),
    );
  userCmd
    .command('reset-2fa')
    .description(
      "turn off an account's two-factor sign-in (a lost phone): it signs in with its password, then sets it up again",
    )
    .requiredOption('--email <email>')
    .action((opts: { email: string }) =>
      withServices(async (s) => {
        const address = opts.email.trim().toLowerCase();
        const user = (await s.accounts.listUsers()).find((u) => u.email === address);
        if (!user) throw new CliFailure(`there is no account for ${address}`);
        try {
          await s.accounts.twoFactor.reset(user.id, null);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
        io.out(
          `Two-factor sign-in of ${user.email} is off; it signs in with its password and sets it up again.`,
        );
      }),
    );
  userCmd
    .command('require-2fa')
    .description('show, or set with on/off, whether administrators must use two-factor sign-in')
    .argument('[on|off]')
    .action((value: string | undefined) =>
      withServices(async (s) => {
        if (value !== undefined && value !== 'on' && value !== 'off')
          throw new CliFailure(`require-2fa: say on or off, not "${value}"`);
        const on =
          value === undefined
            ? await s.accounts.twoFactor.requiredForAdmins()
            : await s.accounts.twoFactor.setRequiredForAdmins(value === 'on', null);
        io.out(
          on
            ? 'Administrators must use two-factor sign-in.'
            : 'Two-factor sign-in is optional for administrators.',
        );
      }),
    );

  program
    .command('analyze')
    .description(
      'read articles into facts: a text file (printed as JSON in the story-gold shape), or --all stored articles',
    )
    .argument('[file]', 'a text file: plain text, or the seed shape (date line, paragraphs, publisher)')
    .option('--all', 're-read every published article in the database (only those whose text changed)')
    .option('--published <date>', 'publication date, YYYY-MM-DD (for a file; default: its date line)')
    .option('--language <code>', 'language of the text', 'en')
    .option('--timezone <zone>', 'time zone of the publication date', 'Asia/Baku')
    .action(
      async (
        file: string | undefined,
        opts: { all?: boolean; published?: string; language: string; timezone: string },
      ) => {
        if (opts.all) {
          await withServices(async (s) => {
            const { SingleBar, Presets } = await import('cli-progress');
            const bar = new SingleBar(
              {
                format: 'analysing |{bar}| {value}/{total} articles',
                stream: process.stderr,
                hideCursor: true,
              },
              Presets.shades_classic,
            );
            let started = false;
            const r = await s.analysis.analyzeAll((done, total) => {
              if (!started) bar.start(total, 0);
              started = true;
              bar.update(done);
            });
            if (started) bar.stop();
            io.out(`Read ${r.total} articles; ${r.changed} had changed.`);
          });
          return;
        }
        if (!file) throw new CliFailure('analyze: give a FILE, or --all');
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (e) {
          throw new CliFailure(describe(e, file));
        }
        let body = text.replace(/\r\n?/g, '\n').trim();
        let published = opts.published;
        try {
          const parsed = parseTextArticle(text);
          body = parsed.paragraphs.join('\n\n');
          const { year, month, day } = parsed.date;
          published ??= `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        } catch {
          // Not in the seed shape: the whole file is the body.
        }
        if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
          throw new CliFailure('--published: give the publication date as YYYY-MM-DD');
        }
        if (!body) throw new CliFailure(`${file}: the file has no text`);
        const input = { body, language: opts.language, published, timezone: opts.timezone };
        await withServices(async (s) => {
          const { conflicts, ...gold } = s.analysis.analyzeText(input);
          const id = basename(file).replace(/\.[^.]+$/, '');
          io.out(JSON.stringify({ id, ...input, gold, conflicts: conflicts ?? [] }, null, 1));
        });
      },
    );

  const settingsCmd = program.command('settings').description('show or change site settings');
  settingsCmd
    .command('story-facts')
    .description(
      'what readers see of story intelligence: review (only approved items, the default), auto (also items the analysis is confident of) or off; without a value, prints the current one',
    )
    .argument('[mode]', 'review, auto or off')
    .action((mode: string | undefined) =>
      withServices(async (s) => {
        if (mode === undefined) {
          io.out(await s.analysis.mode());
          return;
        }
        try {
          await s.analysis.setMode({ storyFacts: mode }, null);
        } catch (e) {
          if (isAppError(e) && e.code === 'VALIDATION_FAILED')
            throw new CliFailure(`story-facts: give review, auto or off (not "${mode}")`);
          throw e;
        }
        io.out(`storyFacts is now ${mode}.`);
      }),
    );

  const hookCmd = program
    .command('webhook')
    .description('manage webhooks (article.published, article.updated, article.unpublished)');
  hookCmd
    .command('add')
    .description('register a URL; prints the signing secret once')
    .argument('<url>')
    .option('--events <types>', 'comma-separated event types (default: all)')
    .action((url: string, opts: { events?: string }) =>
      withServices(async (s) => {
        try {
          const events = opts.events
            ?.split(',')
            .map((e) => e.trim())
            .filter(Boolean);
          const hook = await s.webhooks.register({ url, ...(events ? { events: events as never } : {}) });
          io.out(`Registered webhook ${hook.id} → ${hook.url} for ${hook.events.join(', ')}`);
          io.out(`Signing secret (verify the Newsdesk-Signature header with it): ${hook.secret}`);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  hookCmd.command('list').action(() =>
    withServices(async (s) => {
      for (const h of await s.webhooks.list()) io.out(`${h.id}\t${h.url}\t${h.events.join(',')}`);
    }),
  );
  hookCmd
    .command('remove')
    .argument('<id>')
    .action((id: string) =>
      withServices(async (s) => {
        try {
          await s.webhooks.remove(id);
          io.out(`Removed ${id}`);
        } catch (e) {
          throw new CliFailure(describe(e));
        }
      }),
    );
  hookCmd
    .command('deliveries')
    .description("a webhook's delivery log")
    .argument('<id>')
    .action((id: string) =>
      withServices(async (s) => {
        for (const d of await s.webhooks.deliveries(id)) {
          io.out(
            `${d.createdAt.toISOString()}\t${d.eventType}\t${d.status}\tattempts=${d.attempts}\t${d.lastStatusCode ?? '-'}\t${d.lastError ?? ''}`,
          );
        }
      }),
    );
  return program;
}

/** Runs the CLI; returns the process exit code. */
export async function runCli(
  argv: string[],
  open: () => Promise<CliServices>,
  io: CliIo,
  readPassword?: () => Promise<string>,
): Promise<number> {
  const program = buildProgram(open, io, readPassword);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    io.err(`newsdesk: ${describe(e)}`);
    return 1;
  }
}
