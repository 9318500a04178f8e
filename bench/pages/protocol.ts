/**
 * The messages between the page benchmark and the app process it measures (bench/pages/app-process.ts),
 * over Node's IPC channel. The app runs in a process of its own so that its resident memory is
 * its own, not the load generator's or the baseline's; both sides check every message with zod.
 */
import { z } from 'zod';

/** What the benchmark asks the app process. */
export const requestSchema = z.discriminatedUnion('type', [
  /** A fresh Content API key (each page run gets one, so the per-key minute limit is never reached). */
  z.object({ type: z.literal('key'), id: z.number().int() }),
  /** Queries counted so far and the most resident memory seen since the last `stats`. */
  z.object({ type: z.literal('stats'), id: z.number().int() }),
  z.object({ type: z.literal('shutdown') }),
]);
export type AppRequest = z.infer<typeof requestSchema>;

/** What the app process answers. */
export const replySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), origin: z.url(), startupMs: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
  z.object({ type: z.literal('key'), id: z.number().int(), key: z.string().min(1) }),
  z.object({
    type: z.literal('stats'),
    id: z.number().int(),
    queries: z.number().int().min(0),
    /** Bytes: the largest `process.memoryUsage().rss` sampled since the previous `stats`. */
    rssMax: z.number().int().min(0),
    /** Bytes: `process.memoryUsage()`'s parts at that largest sample (what the RSS was made of). */
    atRssMax: z.object({
      heapUsed: z.number().int().min(0),
      external: z.number().int().min(0),
      arrayBuffers: z.number().int().min(0),
    }),
  }),
]);
export type AppReply = z.infer<typeof replySchema>;

/** How the app process is started: given as JSON in the environment variable below. */
export const launchSchema = z.object({
  database: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('sqlite'), filename: z.string().min(1) }),
    z.object({ kind: z.literal('postgres'), connectionString: z.string().min(1) }),
  ]),
  /** Page cache bytes; 0 is the cache off. */
  pageCacheBytes: z.number().int().min(0),
  pageCacheMaxAgeMs: z.number().int().min(0),
  mediaDir: z.string().min(1),
});
export type Launch = z.infer<typeof launchSchema>;

export const LAUNCH_ENV = 'NEWSDESK_BENCH_APP';
