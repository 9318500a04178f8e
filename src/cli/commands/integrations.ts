import type { Command } from 'commander';
import { listOption, orFail, type CliKit } from '../cli-kit.ts';

/** Content API keys for other systems: `apikey create|list|revoke`. */
export function addApiKeyCommands(program: Command, { io, withServices }: CliKit): void {
  const keyCmd = program.command('apikey').description('manage Content API keys');
  keyCmd
    .command('create')
    .description('create a key (it is shown once; only its hash is stored)')
    .argument('<name>', 'who the key is for, e.g. "Partner app"')
    .option('--rate-limit <n>', 'requests per minute', '120')
    .action((name: string, opts: { rateLimit: string }) =>
      withServices(async (s) => {
        const { key, record } = await orFail(() =>
          s.apiKeys.create({ name, rateLimit: Number(opts.rateLimit) }),
        );
        io.out(`Created API key ${record.id} for "${record.name}" (${record.rateLimit} requests/minute):`);
        io.out(key);
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
        await orFail(() => s.apiKeys.revoke(id));
        io.out(`Revoked ${id}`);
      }),
    );
}

/** Webhooks other systems hear articles by: `webhook add|list|remove|deliveries`. */
export function addWebhookCommands(program: Command, { io, withServices }: CliKit): void {
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
        const events = opts.events === undefined ? undefined : listOption(opts.events);
        const hook = await orFail(() =>
          s.webhooks.register({ url, ...(events ? { events: events as never } : {}) }),
        );
        io.out(`Registered webhook ${hook.id} → ${hook.url} for ${hook.events.join(', ')}`);
        io.out(`Signing secret (verify the Newsdesk-Signature header with it): ${hook.secret}`);
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
        await orFail(() => s.webhooks.remove(id));
        io.out(`Removed ${id}`);
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
}
