import { runCli } from './program.ts';

/**
 * Process entry of the `newsdesk` command. The configuration and the app (database layer,
 * analyser) are imported only when a command opens its services, so `--help` and argument errors
 * load commander and the command definitions alone.
 */
const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l) };
const code = await runCli(
  process.argv.slice(2),
  async () => {
    const [{ createContainer }, { loadConfig }] = await Promise.all([
      import('../app.ts'),
      import('../config/config.ts'),
    ]);
    const container = await createContainer(loadConfig());
    return {
      site: container.site,
      taxonomy: container.taxonomy,
      textImporter: container.textImporter,
      wxrImporter: container.wxrImporter,
      ghostImporter: container.ghostImporter,
      apiKeys: container.apiKeys,
      webhooks: container.webhooks,
      analysis: container.analysis,
      accounts: container.accounts,
      wireSources: container.wireSources,
      wirePoller: container.wirePoller,
      migrated: container.migrated,
      close: () => container.close(),
    };
  },
  io,
).catch((e: unknown) => {
  // A ConfigError (an invalid variable) is an Error whose message names the variable.
  io.err(`newsdesk: ${e instanceof Error ? e.message : String(e)}`);
  return 1;
});
process.exitCode = code;
