import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config/config.ts';

/** Process entry: config → app → listen; SIGTERM/SIGINT → finish in-flight requests, close, exit. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const app = await buildApp(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.server.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.server.log.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const address = await app.server.listen({ port: config.port, host: config.host });
  app.server.log.info(`Newsdesk is serving ${app.container.site.settings().name} at ${address}`);
}

main().catch((e: unknown) => {
  console.error(`Newsdesk failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
