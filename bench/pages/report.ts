/**
 * The page benchmark's printed figures: one table of every run, then the ratios issue 14 names
 * beside its targets. Figures are printed, never asserted: "met" is a reading, not an exit code.
 */
import { fixed, table, type TableRows } from '../lib/format.ts';
import type { RunResult, Variant } from './measure.ts';

const MB = 1024 * 1024;

export interface Ratio {
  variant: Variant;
  page: string;
  connections: number;
  /** Newsdesk req/s ÷ the node:http baseline's, in the same run. */
  toBaseline: number;
  /** Newsdesk req/s ÷ Ghost's (the uncached article only, when Ghost was measured). */
  toGhost: number | null;
}

const find = (results: readonly RunResult[], r: RunResult, server: RunResult['server']) =>
  results.find(
    (x) =>
      x.variant === r.variant && x.page === r.page && x.connections === r.connections && x.server === server,
  );

export function ratios(results: readonly RunResult[]): Ratio[] {
  return results
    .filter((r) => r.server === 'newsdesk')
    .map((r) => {
      const base = find(results, r, 'baseline');
      const ghost = find(results, r, 'ghost');
      return {
        variant: r.variant,
        page: r.page,
        connections: r.connections,
        toBaseline: base && base.reqPerSec > 0 ? r.reqPerSec / base.reqPerSec : Number.NaN,
        toGhost: ghost && ghost.reqPerSec > 0 ? r.reqPerSec / ghost.reqPerSec : null,
      };
    });
}

const xCacheCell = (x: Record<string, number> | null): string =>
  x
    ? Object.entries(x)
        .map(([k, n]) => `${k.replace(/^200 /, '')}:${String(n)}`)
        .join(' ')
    : '';

export function printRuns(results: readonly RunResult[]): void {
  const all = ratios(results);
  const rows: TableRows = [
    [
      'variant',
      'page',
      'conns',
      'server',
      'req/s',
      'ratio',
      'p50',
      'p97.5',
      'p99',
      'q/req',
      'RSS MB',
      'heap/ext',
      'x-cache',
      'err',
      'non2xx',
      'body B',
    ],
    ...results.map((r) => {
      const ratio = all.find(
        (x) => x.variant === r.variant && x.page === r.page && x.connections === r.connections,
      );
      return [
        r.variant,
        r.page,
        String(r.connections),
        r.server,
        fixed(r.reqPerSec, 0),
        r.server === 'newsdesk' && ratio ? fixed(ratio.toBaseline, 2) : '',
        fixed(r.latencyMs.p50, 0),
        fixed(r.latencyMs.p97_5, 0),
        fixed(r.latencyMs.p99, 0),
        r.queriesPerRequest === null ? '' : fixed(r.queriesPerRequest, 2),
        r.rssMax === null ? '' : fixed(r.rssMax / MB, 0),
        r.atRssMax ? `${fixed(r.atRssMax.heapUsed / MB, 0)}/${fixed(r.atRssMax.external / MB, 0)}` : '',
        xCacheCell(r.xCache),
        String(r.errors),
        String(r.non2xx),
        Number.isFinite(r.bodyBytes) ? String(r.bodyBytes) : '',
      ];
    }),
  ];
  console.log('');
  console.log(table(rows, new Set([2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15])));
  console.log(
    'ratio: newsdesk req/s ÷ node:http serving the same bytes, same run; latency in whole ms (0 = under 1 ms)',
  );
  console.log(
    'q/req: database queries per request, counted one request at a time after each run (the JSON also has\n' +
      'queriesOverRun: over the run, with requests in flight at its end); RSS MB: the most seen in the server during the run;\n' +
      'heap/ext: its V8 heap in use and its external memory (buffers) at that moment, MB',
  );
  console.log('x-cache: X-Cache of requests sampled every 250 ms during a cached run');
  const capped = results.filter((r) => r.hitRequestCap).map((r) => `${r.variant}/${r.page}/${r.server}`);
  if (capped.length > 0)
    console.log(`note: request cap reached before the duration ended: ${capped.join(', ')}`);
}

/** The targets beside the figures of this run. */
export function printTargets(results: readonly RunResult[]): void {
  const all = ratios(results);
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  for (const r of all.filter((x) => x.variant === 'cached')) {
    lines.push(
      `cached ${r.page.padEnd(8)} ×${String(r.connections).padEnd(3)} ≥ 0.8× node:http   ${fixed(r.toBaseline, 2)}  ${mark(r.toBaseline >= 0.8)}`,
    );
  }
  for (const r of results.filter(
    (x) => x.server === 'newsdesk' && x.variant === 'cached' && x.connections === 50,
  )) {
    lines.push(
      `cached ${r.page.padEnd(8)} ×50  p99 ≤ 10 ms           ${fixed(r.latencyMs.p99, 0)} ms  ${mark(r.latencyMs.p99 <= 10)}`,
    );
  }
  for (const r of all.filter((x) => x.variant === 'uncached' && x.page === 'article' && x.toGhost !== null)) {
    const g = r.toGhost ?? Number.NaN;
    lines.push(
      `uncached article ×${String(r.connections).padEnd(3)} ≥ 30× Ghost 5       ${fixed(g, 1)}×  ${mark(g >= 30)}`,
    );
  }
  for (const r of results.filter(
    (x) => x.server === 'newsdesk' && x.variant === 'uncached' && x.page === 'article',
  )) {
    const q = r.queriesPerRequest ?? Number.NaN;
    lines.push(
      `uncached article ×${String(r.connections).padEnd(3)} ≤ 5 queries/request  ${fixed(q, 2)}  ${mark(q <= 5)}`,
    );
  }
  const rss = results.filter((x) => x.server === 'newsdesk' && x.rssMax !== null).map((x) => x.rssMax ?? 0);
  if (rss.length > 0) {
    const max = Math.max(...rss) / MB;
    lines.push(`newsdesk RSS under load ≤ 150 MB, the most      ${fixed(max, 0)} MB  ${mark(max <= 150)}`);
  }
  const ghostRss = results.filter((x) => x.server === 'ghost' && x.rssMax !== null).map((x) => x.rssMax ?? 0);
  if (ghostRss.length > 0)
    lines.push(`Ghost 5 RSS under load, the most (≈ 450 MB said) ${fixed(Math.max(...ghostRss) / MB, 0)} MB`);
  console.log('\ntargets of issue 14 (this run; indicative on a shared machine)');
  for (const l of lines) console.log(`  ${l}`);
}
