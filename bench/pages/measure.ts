/**
 * The runs of one app variant (page cache on or off): for each page and connection count, a
 * warm-up of every server, then the baseline, the app (its queries and resident memory counted
 * over the run, X-Cache sampled when cached) and, for the uncached article, Ghost when given.
 */
import { cannon, sampleXCache, type RunFigures } from './cannon.ts';
import type { AppHandle } from './app-handle.ts';
import { sampleProcRss, type GhostTarget } from './ghost.ts';
import { fetchPage, PAGES, type Baseline, type FetchedPage, type PageSpec } from './targets.ts';

export type Variant = 'cached' | 'uncached';
export type ServerName = 'baseline' | 'newsdesk' | 'ghost';

/** How often a cached run is sampled for its X-Cache header. */
const XCACHE_SAMPLE_MS = 250;

export interface RunResult extends RunFigures {
  variant: Variant;
  page: string;
  path: string;
  server: ServerName;
  seconds: number;
  connections: number;
  bodyBytes: number;
  /**
   * Database queries per request (the app only), counted on requests made one at a time right
   * after the run, once its last requests have finished: exact, however slow the machine.
   */
  queriesPerRequest: number | null;
  /** Database queries over the run ÷ requests answered: includes the queries of requests still in flight when a run ends. */
  queriesOverRun: number | null;
  /** Bytes: the most resident memory of the server's process seen during the run, when known. */
  rssMax: number | null;
  /** Bytes: the app's heap in use, external memory and array buffers at its largest RSS sample. */
  atRssMax: { heapUsed: number; external: number; arrayBuffers: number } | null;
  /** X-Cache answers of the samples taken during a cached run ("200 hit": 12 …). */
  xCache: Record<string, number> | null;
}

export interface VariantPlan {
  variant: Variant;
  app: AppHandle;
  baseline: Baseline;
  ghost: GhostTarget | null;
  seconds: number;
  warmupSeconds: number;
  connections: readonly number[];
  /** Only these pages (BENCH_PAGES), or all. */
  pages: ReadonlySet<string> | null;
  log(line: string): void;
}

export interface VariantOutcome {
  results: RunResult[];
  pages: FetchedPage[];
  warmupProblems: string[];
}

/** The pages this variant measures: everything uncached; only what the cache serves when cached. */
export const pagesOf = (variant: Variant, only: ReadonlySet<string> | null = null): readonly PageSpec[] =>
  (variant === 'cached' ? PAGES.filter((p) => p.cacheable) : PAGES).filter((p) => !only || only.has(p.name));

export async function measureVariant(plan: VariantPlan): Promise<VariantOutcome> {
  const results: RunResult[] = [];
  const fetched: FetchedPage[] = [];
  const warmupProblems: string[] = [];
  for (const spec of pagesOf(plan.variant, plan.pages)) {
    const headers = spec.apiKey ? { authorization: `Bearer ${await plan.app.newKey()}` } : undefined;
    // Fetched twice when cached: the first renders (miss), the second must come from the cache.
    let page = await fetchPage(plan.app.origin, spec, headers);
    if (plan.variant === 'cached') page = await fetchPage(plan.app.origin, spec, headers);
    fetched.push(page);
    await plan.baseline.serve(page);
    const withGhost = plan.ghost !== null && plan.variant === 'uncached' && spec.name === 'article';
    for (const connections of plan.connections) {
      const key = spec.apiKey ? { authorization: `Bearer ${await plan.app.newKey()}` } : undefined;
      const servers: Array<{ server: ServerName; url: string }> = [
        { server: 'baseline', url: `${plan.baseline.origin}${spec.path}` },
        { server: 'newsdesk', url: `${plan.app.origin}${spec.path}` },
      ];
      if (withGhost && plan.ghost)
        servers.push({ server: 'ghost', url: `${plan.ghost.origin}${plan.ghost.path}` });
      for (const s of plan.warmupSeconds > 0 ? servers : []) {
        plan.log(`warm-up     ${plan.variant} ${spec.name} ${s.server} ×${String(connections)}`);
        const w = await cannon(s.url, {
          seconds: plan.warmupSeconds,
          connections,
          ...(key ? { headers: key } : {}),
        });
        if (w.errors > 0 || w.non2xx > 0)
          warmupProblems.push(
            `${plan.variant}/${spec.name}/${s.server}/${String(connections)}: ${String(w.errors)} errors, ${String(w.non2xx)} non-2xx in warm-up`,
          );
      }
      for (const s of servers) {
        plan.log(
          `measure     ${plan.variant} ${spec.name} ${s.server} ×${String(connections)} (${String(plan.seconds)} s)`,
        );
        const run = await measureServer(plan, s, connections, key, spec);
        results.push({
          ...run,
          variant: plan.variant,
          page: spec.name,
          path: s.server === 'ghost' && plan.ghost ? plan.ghost.path : spec.path,
          server: s.server,
          seconds: plan.seconds,
          connections,
          bodyBytes: s.server === 'ghost' ? Number.NaN : page.body.length,
        });
      }
    }
  }
  return { results, pages: fetched, warmupProblems };
}

type Measured = RunFigures &
  Pick<RunResult, 'queriesPerRequest' | 'queriesOverRun' | 'rssMax' | 'atRssMax' | 'xCache'>;

/** Requests of the quiet count of queries per request. */
const QUIET_REQUESTS = 10;

/**
 * Queries per request with nothing else in flight: waits until the app's query count stands
 * still (the run's last requests done), then makes QUIET_REQUESTS requests one at a time.
 */
async function quietQueries(
  app: AppHandle,
  url: string,
  headers: Record<string, string> | undefined,
): Promise<number> {
  let settled = (await app.stats()).queries;
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = (await app.stats()).queries;
    if (now === settled) break;
    settled = now;
  }
  for (let i = 0; i < QUIET_REQUESTS; i++) await (await fetch(url, { headers: headers ?? {} })).arrayBuffer();
  return ((await app.stats()).queries - settled) / QUIET_REQUESTS;
}

/** One measured run of one server, with what is known of that server's process during it. */
async function measureServer(
  plan: VariantPlan,
  s: { server: ServerName; url: string },
  connections: number,
  headers: Record<string, string> | undefined,
  spec: PageSpec,
): Promise<Measured> {
  const options = { seconds: plan.seconds, connections, ...(headers ? { headers } : {}) };
  if (s.server === 'baseline') {
    return {
      ...(await cannon(s.url, options)),
      queriesPerRequest: null,
      queriesOverRun: null,
      rssMax: null,
      atRssMax: null,
      xCache: null,
    };
  }
  if (s.server === 'ghost') {
    const rss = plan.ghost?.pid ? sampleProcRss(plan.ghost.pid) : null;
    const run = await cannon(s.url, options);
    return {
      ...run,
      queriesPerRequest: null,
      queriesOverRun: null,
      rssMax: rss ? await rss.stop() : null,
      atRssMax: null,
      xCache: null,
    };
  }
  const before = await plan.app.stats();
  const sampler =
    plan.variant === 'cached' && spec.cacheable ? sampleXCache(s.url, XCACHE_SAMPLE_MS, headers) : null;
  const run = await cannon(s.url, options);
  const xCache = sampler ? await sampler.stop() : null;
  const after = await plan.app.stats();
  const samples = xCache ? Object.values(xCache).reduce((a, b) => a + b, 0) : 0;
  const requests = run.requests + samples;
  // After `after`: the stats calls of the quiet count would reset the largest RSS seen.
  const quiet = await quietQueries(plan.app, s.url, headers);
  return {
    ...run,
    queriesPerRequest: quiet,
    queriesOverRun: requests > 0 ? (after.queries - before.queries) / requests : null,
    rssMax: after.rssMax,
    atRssMax: after.atRssMax,
    xCache,
  };
}
