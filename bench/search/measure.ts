/**
 * The search benchmark's measured steps, in the order they run: the corpus build, search latency,
 * the id-lookup baseline, the largest feed and single writer.create calls. Each takes `checkpoint`,
 * called between units of work so Ctrl-C and the time budget are seen.
 */
import { sql } from 'kysely';
import type { Container } from '../../src/app.ts';
import type { NewArticleInput } from '../../src/domain/article.ts';
import { atom, jsonFeed, rss } from '../../src/feeds/feeds.ts';
import { SearchService } from '../../src/services/search/search.service.ts';
import { FEED_ITEMS, feedModel } from '../../src/site/feed-model.tsx';
import { paths } from '../../src/site/urls.ts';
import { BenchError, fixed, roundStats, stats, type Stats } from '../lib/format.ts';
import { itemAt } from '../lib/lists.ts';
import { pick, rng } from '../lib/random.ts';
import type { CorpusGenerator } from './corpus.ts';
import { KINDS, querySequence, timedIndex, type QueryKind } from './queries.ts';
import { serverCpu } from './server-cpu.ts';

export type Checkpoint = (step: string) => Promise<void>;

export const WARMUP_QUERIES = 30;
const FEED_RUNS = 50;
const FEED_WARMUP_RUNS = 3;
/** Single `writer.create` calls timed on the full corpus, after everything else. */
export const WRITER_RUNS = 5;

/** Writes `count` generated articles in batches (`write`: writer.createMany or the staged writer) and checks every one is stored and indexed. */
export async function buildCorpus(
  c: Container,
  write: (inputs: NewArticleInput[]) => Promise<string[]>,
  gen: CorpusGenerator,
  count: number,
  batchSize: number,
  checkpoint: Checkpoint,
): Promise<{ ids: string[]; byLanguage: Record<string, number>; buildSeconds: number }> {
  const ids: string[] = [];
  const byLanguage: Record<string, number> = {};
  const buildStart = performance.now();
  let nextReport = count / 10;
  while (ids.length < count) {
    await checkpoint('the corpus build');
    const inputs = Array.from({ length: Math.min(batchSize, count - ids.length) }, () => gen.next());
    for (const i of inputs) byLanguage[i.language] = (byLanguage[i.language] ?? 0) + 1;
    ids.push(...(await write(inputs)));
    if (ids.length >= nextReport || ids.length === count) {
      const s = (performance.now() - buildStart) / 1000;
      console.log(
        `corpus      ${ids.length}/${count}  ${fixed(s, 1)} s  ${fixed(ids.length / s, 0)} articles/s`,
      );
      nextReport += count / 10;
    }
  }
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const [stored, indexed] = await Promise.all([
    c.store.repos.articles.count(),
    sql<{ n: number | string }>`select count(*) as n from article_search`.execute(c.database.db),
  ]);
  const indexedCount = Number(indexed.rows[0]?.n ?? 0);
  if (stored !== count || indexedCount !== count)
    throw new BenchError(`expected ${count} articles and index rows, found ${stored} and ${indexedCount}`);
  return { ids, byLanguage, buildSeconds };
}

interface Samples {
  ms: number[];
  /** This process's CPU time (user + system) per search: on SQLite, which runs in the process, a figure a busy machine hardly moves. */
  cpuMs: number[];
  /** PostgreSQL's backends' CPU time per search (server-cpu.ts); empty on SQLite or a remote server. */
  serverCpuMs: number[];
  indexMs: number[];
  totals: number[];
  items: number[];
  /** Searches whose total was estimated (a large result: "about N results"). */
  estimated: number;
}

export interface SearchResultRow {
  kind: string;
  latencyMs: Stats;
  cpuMs: Stats;
  /** Null where the server's CPU time cannot be read (SQLite: its work is in `cpuMs`). */
  serverCpuMs: Stats | null;
  indexMs: Stats;
  meanTotal: number;
  meanItems: number;
  zeroResults: number;
  estimatedTotals: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

function summariseSamples(kind: string, k: Samples): SearchResultRow {
  return {
    kind,
    latencyMs: roundStats(stats(k.ms)),
    cpuMs: roundStats(stats(k.cpuMs)),
    serverCpuMs: k.serverCpuMs.length ? roundStats(stats(k.serverCpuMs)) : null,
    indexMs: roundStats(stats(k.indexMs)),
    meanTotal: Math.round(mean(k.totals) * 10) / 10,
    meanItems: Math.round(mean(k.items) * 10) / 10,
    zeroResults: k.totals.filter((n) => n === 0).length,
    estimatedTotals: k.estimated,
  };
}

/** SearchService.search over the seeded query mix: latency per query kind and overall. */
export async function measureSearch(
  c: Container,
  seed: number,
  queryCount: number,
  checkpoint: Checkpoint,
  kinds: readonly QueryKind[] = KINDS,
): Promise<{ rows: SearchResultRow[]; seconds: number }> {
  const indexTime = { ms: 0 };
  const search = new SearchService(
    { ...c.store, repos: { ...c.store.repos, search: timedIndex(c.store.repos.search, indexTime) } },
    c.site,
    c.taxonomy,
  );
  const queryRng = rng(seed + 2);
  for (const { params } of querySequence(queryRng, WARMUP_QUERIES, kinds)) {
    await checkpoint('the search warm-up');
    await search.search(params);
  }
  const server = c.database.kind === 'postgres' ? await serverCpu(c.database.db) : null;
  const empty = (): Samples => ({
    ms: [],
    cpuMs: [],
    serverCpuMs: [],
    indexMs: [],
    totals: [],
    items: [],
    estimated: 0,
  });
  const perKind = new Map<QueryKind, Samples>();
  const all = empty();
  const searchStart = performance.now();
  let done = 0;
  for (const { kind, params } of querySequence(queryRng, queryCount, kinds)) {
    await checkpoint('the search queries');
    if (done > 0 && done % Math.ceil(queryCount / 5) === 0)
      console.log(
        `search      ${done}/${queryCount}  ${fixed((performance.now() - searchStart) / 1000, 1)} s`,
      );
    done++;
    if (done % 50 === 1) await server?.refresh();
    indexTime.ms = 0;
    const serverBefore = server?.read() ?? 0;
    const cpu = process.cpuUsage();
    const t = performance.now();
    const result = await search.search(params);
    const elapsed = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const serverUsed = server ? server.read() - serverBefore : null;
    if (result.query.problem || result.unknownFilter) {
      throw new BenchError(
        `query ${JSON.stringify(params)} was not searched (${result.query.problem ?? 'unknown filter'})`,
      );
    }
    const k = perKind.get(kind) ?? empty();
    perKind.set(kind, k);
    for (const target of [k, all]) {
      target.ms.push(elapsed);
      target.cpuMs.push((used.user + used.system) / 1000);
      if (serverUsed !== null) target.serverCpuMs.push(serverUsed);
      target.indexMs.push(indexTime.ms);
      target.totals.push(result.total);
      target.items.push(result.items.length);
      if (result.totalEstimated) target.estimated++;
    }
  }
  const rows = [
    ...kinds.flatMap((kind) => {
      const samples = perKind.get(kind);
      return samples ? [summariseSamples(kind, samples)] : [];
    }),
    summariseSamples('overall', all),
  ];
  return { rows, seconds: (performance.now() - searchStart) / 1000 };
}

/** The baseline: one article by id through the repository, random ids, as many lookups as queries. */
export async function measureLookups(
  c: Container,
  ids: readonly string[],
  seed: number,
  count: number,
  checkpoint: Checkpoint,
): Promise<Stats> {
  const idRng = rng(seed + 3);
  for (let i = 0; i < WARMUP_QUERIES; i++) await c.store.repos.articles.findById(pick(idRng, ids));
  const lookupMs: number[] = [];
  for (let i = 0; i < count; i++) {
    await checkpoint('the id lookups');
    const id = pick(idRng, ids);
    const t = performance.now();
    const a = await c.store.repos.articles.findById(id);
    lookupMs.push(performance.now() - t);
    if (!a) throw new BenchError(`article ${id} not found by id`);
  }
  return roundStats(stats(lookupMs));
}

export interface FeedFigures {
  items: number;
  fullText: boolean;
  recentMs: Stats;
  modelMs: Stats;
  formats: { format: 'rss' | 'atom' | 'json'; renderMs: Stats; totalMs: Stats; bytes: number }[];
}

/** The largest feed: the site-wide English feed, FEED_ITEMS (50) items, by the feed route's functions. */
export async function measureFeeds(c: Container, checkpoint: Checkpoint): Promise<FeedFigures> {
  const samples = {
    recent: [] as number[],
    model: [] as number[],
    rss: [] as number[],
    atom: [] as number[],
    json: [] as number[],
  };
  const bytes = { rss: 0, atom: 0, json: 0 };
  let items = 0;
  for (let run = 0; run < FEED_WARMUP_RUNS + FEED_RUNS; run++) {
    await checkpoint('the feed runs');
    const t0 = performance.now();
    const articles = await c.reader.recent({ language: 'en' }, FEED_ITEMS);
    const t1 = performance.now();
    const model = feedModel(c.site.settings(), articles, 'en', c.site.settings().name, paths.front('en'));
    const t2 = performance.now();
    const out = { rss: rss(model), t3: performance.now(), atom: '', t4: 0, json: '', t5: 0 };
    out.atom = atom(model);
    out.t4 = performance.now();
    out.json = jsonFeed(model);
    out.t5 = performance.now();
    if (run < FEED_WARMUP_RUNS) continue;
    samples.recent.push(t1 - t0);
    samples.model.push(t2 - t1);
    samples.rss.push(out.t3 - t2);
    samples.atom.push(out.t4 - out.t3);
    samples.json.push(out.t5 - out.t4);
    items = model.items.length;
    bytes.rss = Buffer.byteLength(out.rss);
    bytes.atom = Buffer.byteLength(out.atom);
    bytes.json = Buffer.byteLength(out.json);
  }
  if (items !== FEED_ITEMS)
    throw new BenchError(`the English feed has ${items} items, expected ${FEED_ITEMS}`);
  const sum = (a: number[], b: number[]) => a.map((x, i) => x + itemAt(b, i, 'feed samples'));
  const common = sum(samples.recent, samples.model);
  return {
    items,
    fullText: c.site.settings().feedFullText,
    recentMs: roundStats(stats(samples.recent)),
    modelMs: roundStats(stats(samples.model)),
    formats: (['rss', 'atom', 'json'] as const).map((format) => ({
      format,
      renderMs: roundStats(stats(samples[format])),
      totalMs: roundStats(stats(sum(common, samples[format]))),
      bytes: bytes[format],
    })),
  };
}

/** For scale: single ArticleWriter.create calls on the full corpus (after all measurements). */
export async function measureWriter(
  c: Container,
  gen: CorpusGenerator,
  checkpoint: Checkpoint,
): Promise<Stats> {
  const writerMs: number[] = [];
  for (let i = 0; i < WRITER_RUNS; i++) {
    await checkpoint('the writer.create runs');
    const input = gen.next();
    const t = performance.now();
    await c.writer.create(input);
    writerMs.push(performance.now() - t);
  }
  return roundStats(stats(writerMs));
}
