import { buildApp, type App } from './app.ts';
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
  // A signal during the start (migrations, the demo) ends it cleanly once the app is built,
  // without listening: the default would kill the process mid-start.
  const state: { app: App | null; signalled: string | null } = { app: null, signalled: null };
  const bound = config.shutdownTimeoutMs ?? 10_000;
  const onSignal = (signal: string) => {
    if (state.app) {
      stop(state.app, signal, bound);
      return;
    }
    if (state.signalled) return;
    state.signalled = signal;
    // The start's last step may be long (the demo on an empty database): bounded like a shutdown.
    setTimeout(() => {
      console.error(`Newsdesk: ${signal} while starting; the start did not end within ${bound} ms`);
      process.exit(1);
    }, bound).unref();
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  // Jobs start once the server listens: they do not compete with the start and its first requests.
  const built = await buildApp(config, { jobs: 'deferred' });
  state.app = built;
  const log = built.server.log;

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

  if (state.signalled) {
    stop(built, state.signalled, bound);
    return;
  }
  const address = await built.server.listen({ port: config.port, host: config.host });
  built.startJobs();
  log.info(`Newsdesk is serving ${built.container.site.settings().name} at ${address}`);
}

let stopping = false;

/** Finishes in-flight requests within `bound` ms, closes the app, and exits. */
function stop(app: App, signal: string, bound: number): void {
  if (stopping) return;
  stopping = true;
  const log = app.server.log;
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
}

main().catch((e: unknown) => {
  console.error(`Newsdesk failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
