import { createContainer } from '../app.ts';
import { runCli } from './program.ts';
import { ConfigError, loadConfig } from '../config/config.ts';

/** Process entry of the `newsdesk` command. */
const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l) };
const code = await runCli(
  process.argv.slice(2),
  async () => {
    const container = await createContainer(loadConfig());
    return {
      site: container.site,
      taxonomy: container.taxonomy,
      textImporter: container.textImporter,
      apiKeys: container.apiKeys,
      webhooks: container.webhooks,
      analysis: container.analysis,
      accounts: container.accounts,
      migrated: container.migrated,
      close: () => container.close(),
    };
  },
  io,
).catch((e: unknown) => {
  io.err(`newsdesk: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}`);
  return 1;
});
process.exitCode = code;
