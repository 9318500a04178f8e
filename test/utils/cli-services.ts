import type { Container } from '../../src/app.ts';
import type { CliServices } from '../../src/cli/cli-kit.ts';

/**
 * The command line's services from a test's container, left open after each command (the test
 * closes the container itself), so a service added to the CLI is added here once.
 */
export const cliServicesOf = (c: Container): CliServices => ({
  site: c.site,
  taxonomy: c.taxonomy,
  textImporter: c.textImporter,
  wxrImporter: c.wxrImporter,
  ghostImporter: c.ghostImporter,
  apiKeys: c.apiKeys,
  webhooks: c.webhooks,
  analysis: c.analysis,
  accounts: c.accounts,
  wireSources: c.wireSources,
  wirePoller: c.wirePoller,
  migrated: c.migrated,
  close: async () => {},
});
