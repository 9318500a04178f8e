/**
 * The app under measurement, in a process of its own (forked by bench/pages/app-handle.ts): the
 * demo site on 127.0.0.1, background jobs off (so every counted query belongs to a request), every
 * database query counted through `buildApp`'s `onQuery`, and its resident memory sampled. Speaks
 * the messages of bench/pages/protocol.ts over the IPC channel; exits when told or when the
 * benchmark goes away.
 */
import { buildApp, type App } from '../../src/app.ts';
import { benchConfig, HOST } from '../lib/bench-app.ts';
import { LAUNCH_ENV, launchSchema, requestSchema, type AppReply, type AppRequest } from './protocol.ts';

/** How often resident memory is sampled; a timer turn between requests, cheap beside a page. */
const RSS_SAMPLE_MS = 50;

function send(message: AppReply): void {
  process.send?.(message);
}

let queries = 0;
let rssMax = 0;
let atRssMax = { heapUsed: 0, external: 0, arrayBuffers: 0 };
const sampleRss = (): void => {
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  if (rss <= rssMax) return;
  rssMax = rss;
  atRssMax = { heapUsed, external, arrayBuffers };
};

async function answer(app: App, request: AppRequest): Promise<void> {
  switch (request.type) {
    case 'key': {
      // The most a key may have; a fresh one per run keeps every run under its minute's limit.
      const { key } = await app.container.apiKeys.create({ name: `bench ${request.id}`, rateLimit: 100_000 });
      send({ type: 'key', id: request.id, key });
      return;
    }
    case 'stats': {
      sampleRss();
      send({ type: 'stats', id: request.id, queries, rssMax, atRssMax });
      rssMax = 0;
      sampleRss();
      return;
    }
    case 'shutdown':
      await app.close();
      process.exit(0);
  }
}

async function main(): Promise<void> {
  const launch = launchSchema.parse(JSON.parse(process.env[LAUNCH_ENV] ?? 'null'));
  const started = performance.now();
  const config = benchConfig(launch.database, {
    site: {},
    demo: true,
    cachePurgeUrl: null,
    media: { dir: launch.mediaDir, maxBytes: 10 * 1024 * 1024 },
    pageCache: { maxBytes: launch.pageCacheBytes, maxAgeMs: launch.pageCacheMaxAgeMs },
  });
  const app = await buildApp(config, {
    logger: false,
    jobs: false,
    onQuery: () => {
      queries += 1;
    },
  });
  await app.server.listen({ port: 0, host: HOST });
  const address = app.server.server.address();
  if (!address || typeof address === 'string')
    throw new Error(`unexpected listen address ${String(address)}`);
  setInterval(sampleRss, RSS_SAMPLE_MS);
  // The benchmark gone (its IPC channel closed) is this process's end too: never left running.
  process.on('disconnect', () => {
    void app.close().finally(() => process.exit(0));
  });
  process.on('message', (raw: unknown) => {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      send({ type: 'failed', message: `bad request from the benchmark: ${parsed.error.message}` });
      return;
    }
    answer(app, parsed.data).catch((e: unknown) => {
      send({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    });
  });
  sampleRss();
  send({
    type: 'ready',
    origin: `http://${HOST}:${String(address.port)}`,
    startupMs: performance.now() - started,
  });
}

main().catch((e: unknown) => {
  send({ type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  process.exit(1);
});
