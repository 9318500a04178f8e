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
  const log = app.server.log;

  /*
   * The safety net. Node's default ends the process on an error nobody handled; for a site that
   * is one process serving every reader, that turns a single bad request (a stream without an
   * error listener, a promise nobody awaited) into an outage an anonymous client can repeat, and
   * nothing restarts it. What reaches these handlers comes from the callbacks of one request or
   * one background task; the shared state (the database pool, the scheduler) guards itself with
   * its own listeners. So the error is logged with its stack, at error level for the operator to
   * act on, and the process keeps serving. Installed once the logger exists: a failure while
   * starting still ends the start with its message.
   */
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection; the process keeps running');
  });
  process.on('uncaughtException', (err, origin) => {
    log.error({ err, origin }, 'uncaught exception; the process keeps running');
  });

  const bound = config.shutdownTimeoutMs ?? 10_000;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, timeoutMs: bound }, 'shutting down');
    const http = app.server.server;
    // Closing stops accepting and closes the connections idle right now. A keep-alive connection
    // whose request is still running (an upload) goes idle later and would hold the close until
    // its keep-alive timeout, so connections are closed as they go idle.
    const reap = setInterval(() => http.closeIdleConnections(), 100);
    // Requests still running near the bound are cut, leaving a moment to close the database.
    const cut = setTimeout(
      () => {
        log.warn({ timeoutMs: bound }, 'requests still running at the shutdown bound were cut');
        http.closeAllConnections();
      },
      Math.max(bound - 1_000, bound / 2),
    );
    const force = setTimeout(() => {
      log.error({ timeoutMs: bound }, 'shutdown did not finish within its bound; exiting');
      process.exit(1);
    }, bound);
    for (const t of [reap, cut, force]) t.unref();
    app.close().then(
      () => {
        log.info('shut down');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const address = await app.server.listen({ port: config.port, host: config.host });
  log.info(`Newsdesk is serving ${app.container.site.settings().name} at ${address}`);
}

main().catch((e: unknown) => {
  console.error(`Newsdesk failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
