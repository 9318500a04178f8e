/** The search benchmark's printed tables. */
import { fixed, ms, table, type Stats, type TableRows } from '../lib/format.ts';
import { itemAt } from '../lib/lists.ts';
import type { FeedFigures, SearchResultRow } from './measure.ts';

/** Search latency per query kind beside the findById baseline, then the ratio between them. */
export function printSearch(rows: readonly SearchResultRow[], baseline: Stats, seconds: number): void {
  const cells: TableRows = [
    [
      'query kind',
      'n',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'cpu p50',
      'cpu p95',
      'db cpu p50',
      'db cpu p95',
      'index p50',
      'index p95',
      'mean hits',
      'zero',
      'estimated',
    ],
  ];
  for (const r of rows) {
    cells.push([
      r.kind,
      String(r.latencyMs.n),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p95),
      ms(r.latencyMs.p99),
      ms(r.latencyMs.max),
      ms(r.cpuMs.p50),
      ms(r.cpuMs.p95),
      r.serverCpuMs ? ms(r.serverCpuMs.p50) : '-',
      r.serverCpuMs ? ms(r.serverCpuMs.p95) : '-',
      ms(r.indexMs.p50),
      ms(r.indexMs.p95),
      fixed(r.meanTotal, 1),
      String(r.zeroResults),
      String(r.estimatedTotals),
    ]);
  }
  cells.push([
    'baseline: findById',
    String(baseline.n),
    ms(baseline.p50),
    ms(baseline.p95),
    ms(baseline.p99),
    ms(baseline.max),
    '',
    '',
    '',
    '',
    '',
    '',
    '1.0',
    '0',
    '',
  ]);
  console.log('');
  console.log(table(cells, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])));
  console.log(
    `search: SearchService.search, page 1 of 10; "index" is the SearchIndex.search part (MATCH/@@ query + count), ` +
      `the rest is parsing, filters, summaries and snippets; "cpu" is this process's CPU time per search (SQLite's ` +
      `work included, PostgreSQL's not), "db cpu" PostgreSQL's backends' (when the server runs on this machine): ` +
      `both steadier than wall time on a busy machine. hits = total matches (estimated for large results: ` +
      `"estimated" counts those searches). ${fixed(seconds, 1)} s in all`,
  );
  const slow = rows.filter((r) => r.kind !== 'overall' && r.latencyMs.p95 > 200).map((r) => r.kind);
  if (slow.length) console.log(`slow (p95 over 200 ms): ${slow.join(', ')}`);
  console.log(
    `ratio: overall search p50 / findById p50 = ${fixed(itemAt(rows, -1, 'search rows').latencyMs.p50 / baseline.p50, 1)}`,
  );
}

const statCells = (label: string, s: Stats, bytes = ''): string[] => [
  label,
  String(s.n),
  ms(s.p50),
  ms(s.p95),
  ms(s.max),
  bytes,
];

/** The feed's parts (query, model, each format's rendering) and each format's total. */
export function printFeed(feed: FeedFigures): void {
  const rows: TableRows = [
    ['feed /en/ (50 items)', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'bytes'],
    statCells('reader.recent(en, 50)', feed.recentMs),
    statCells('FeedModel (items + HTML)', feed.modelMs),
    ...feed.formats.map((f) => statCells(`render ${f.format}`, f.renderMs, String(f.bytes))),
    ...feed.formats.map((f) => statCells(`total ${f.format}`, f.totalMs)),
  ];
  console.log('');
  console.log(table(rows, new Set([1, 2, 3, 4, 5])));
  console.log(
    'feed: the model is built by feedModel() of src/site/feed-model.tsx, as the feed route does; ' +
      'total = recent + model + render, as one feed request does (HTTP not included)',
  );
}
