/**
 * Mixed-load benchmark: Newsdesk as a real process on 127.0.0.1 (demo content), under many
 * connections at once — reader pages (front, article, section, tag, search, feeds, sitemaps),
 * Content API calls with a key, and a trickle of newsroom writes (saves and publishes by a
 * signed-in editor) — run twice, identically, with the server's memory (RSS) measured before,
 * after the first run and after the second. A bare node:http server answering the article page's
 * bytes, in a process of its own, is the baseline measured in the same run. Figures are printed,
 * never asserted; the exit status is 1 only when a request failed. See bench/README.md.
 *
 *   npm run bench:load                           # 200 connections, 60 s per run, SQLite
 *   npm run bench:load -- --seconds 10           # a quick try
 *   npm run bench:load -- --postgres             # a throwaway PostgreSQL database
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { createContainer } from '../src/app.ts';
import type { Config, DatabaseConfig } from '../src/config/config.ts';
import { BenchError, fixed, table } from './lib/format.ts';

const HOST = '127.0.0.1';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'a load-test password, long enough';
const EDITOR = 'load-editor@example.com';
/** API keys the load spreads over (each key has a per-minute limit of at most 100,000). */
const API_KEYS = 8;
const WATCHDOG_GRACE_MS = 30_000;

interface Options {
  seconds: number;
  connections: number;
  warmup: number;
  baselineSeconds: number;
  writesPerSecond: number;
  runs: number;
  postgres: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      connections: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '5' },
      'baseline-seconds': { type: 'string', default: '10' },
      'writes-per-second': { type: 'string', default: '2' },
      runs: { type: 'string', default: '2' },
      postgres: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const int = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new BenchError(`--${name} ${raw}: must be a whole number from ${min} to ${max}`);
    return n;
  };
  const o = {
    seconds: int('seconds', values.seconds, 1, 3600),
    connections: int('connections', values.connections, 10, 2000),
    warmup: int('warmup', values.warmup, 0, 60),
    baselineSeconds: int('baseline-seconds', values['baseline-seconds'], 1, 600),
    writesPerSecond: int('writes-per-second', values['writes-per-second'], 0, 50),
    runs: int('runs', values.runs, 2, 10),
    postgres: values.postgres,
  };
  return o;
}

/** A kind of traffic: its share of the connections and the requests its connections cycle through. */
interface Kind {
  name: string;
  share: number;
  requests: { path: string; headers?: Record<string, string> }[];
}

interface KindResult {
  kind: string;
  /** Share of the requests the mix gives this kind. */
  share: number;
  /** Answered requests. */
  requests: number;
  reqPerSec: number;
  ok: number;
  byStatus: Record<string, number>;
  /** Sent and never answered (timed out after 10 s, or the connection failed): as a connection's
   * first request (while connecting), or on a connection already in use. */
  lostNew: number;
  lostInUse: number;
  p50: number;
  p99: number;
  max: number;
}

/** What one autocannon run saw, beside autocannon's own totals. */
interface Tally {
  latencies: number[];
  statuses: Record<string, number>;
  lostNew: number;
  lostInUse: number;
}

interface RunTotals {
  requests: number;
  reqPerSec: number;
  timeouts: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MiB (Linux /proc; null elsewhere). */
async function rssMiB(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** A child process we started, with its output kept (the server's error lines are counted). */
interface Child {
  proc: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

function start(args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(l);
    if (lines.length > 10_000) lines.splice(0, lines.length - 10_000);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, lines, exited };
}

/** Stops a child we started: SIGTERM, then SIGKILL if it has not exited within 15 s. */
async function stop(child: Child | undefined): Promise<number | null | 'killed'> {
  if (!child || child.proc.exitCode !== null || child.proc.signalCode !== null)
    return child?.proc.exitCode ?? null;
  child.proc.kill('SIGTERM');
  const code = await Promise.race([child.exited, sleep(15_000).then(() => 'timeout' as const)]);
  if (code !== 'timeout') return code;
  child.proc.kill('SIGKILL');
  await child.exited;
  return 'killed';
}

async function waitUntilReady(origin: string, child: Child, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.proc.exitCode !== null)
      throw new BenchError(
        `the process exited with ${child.proc.exitCode}:\n${child.lines.slice(-20).join('\n')}`,
      );
    try {
      if ((await fetch(`${origin}/readyz`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new BenchError(`not ready within ${ms / 1000} s:\n${child.lines.slice(-20).join('\n')}`);
}

let current: { stop(): void }[] = [];
let interrupted = false;

/**
 * One bounded autocannon run against 127.0.0.1, in this process (the server has its own). With
 * `pick`, every request is chosen by it (a kind and a path) and timed here per kind: one
 * autocannon instance with all the connections. (Several instances side by side in one process
 * starve each other: the later ones' requests went unanswered for seconds while the first
 * instance's were served.)
 */
function cannon(
  origin: string,
  connections: number,
  seconds: number,
  pick: () => { kind: string; path: string; headers?: Record<string, string> },
  seen: Map<string, Tally>,
): Promise<autocannon.Result> {
  if (interrupted) return Promise.reject(new BenchError('interrupted'));
  if (new URL(origin).hostname !== HOST) return Promise.reject(new BenchError(`refusing to load ${origin}`));
  const tally = (kind: string) => {
    let t = seen.get(kind);
    if (!t) seen.set(kind, (t = { latencies: [], statuses: {}, lostNew: 0, lostInUse: 0 }));
    return t;
  };
  interface Context {
    kind?: string;
    sentAt?: number;
  }
  // Which kind each connection's request in flight is, for timeouts and connection errors
  // (autocannon builds a request before it tells which connection it is for).
  let picked = '';
  let active: { kind: string } | null = null;
  return new Promise((resolve, reject) => {
    let settled = false;
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: 10,
        setupClient: (typed) => {
          // The client emits more events than its type declares ('request', 'timeout', 'connError').
          const client = typed as unknown as NodeJS.EventEmitter & { reqsMade: number };
          // The first request was built just before this, in the client's constructor.
          const state = { kind: picked, answered: 0 };
          // Every later request is built right after this event (not the first: it is built already).
          client.on('request', () => {
            if (client.reqsMade > 0) active = state;
          });
          client.on('response', () => state.answered++);
          // Either way autocannon opens a new connection and sends the next request on it.
          const lost = () => {
            const t = tally(state.kind);
            if (state.answered === 0) t.lostNew++;
            else t.lostInUse++;
            state.answered = 0;
          };
          client.on('timeout', lost);
          client.on('connError', lost);
        },
        requests: [
          {
            method: 'GET',
            setupRequest: (request: autocannon.Request, context: Context) => {
              const next = pick();
              picked = next.kind;
              if (active) active.kind = next.kind;
              active = null;
              context.kind = next.kind;
              context.sentAt = performance.now();
              return { ...request, path: next.path, headers: { ...request.headers, ...next.headers } };
            },
            onResponse: (status: number, _body: string, context: Context) => {
              const t = tally(context.kind!);
              t.latencies.push(performance.now() - context.sentAt!);
              t.statuses[status] = (t.statuses[status] ?? 0) + 1;
            },
          } as autocannon.Request,
        ],
      },
      (err: unknown, result: autocannon.Result) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        if (err) reject(err instanceof Error ? err : new BenchError(String(err)));
        else resolve(result);
      },
    );
    current.push({ stop: () => instance.stop() });
    const watchdog = setTimeout(
      () => {
        instance.stop();
        if (!settled) {
          settled = true;
          reject(new BenchError(`run did not finish within ${seconds} s + ${WATCHDOG_GRACE_MS / 1000} s`));
        }
      },
      seconds * 1000 + WATCHDOG_GRACE_MS,
    );
  });
}

function totals(r: autocannon.Result): RunTotals {
  return {
    requests: r.requests.total,
    reqPerSec: r.requests.average,
    timeouts: r.timeouts,
    errors: r.errors,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

/** The newsroom's trickle of writes: a signed-in editor saving drafts and publishing new articles. */
class Editor {
  readonly samples = new Map<string, number[]>();
  readonly failures = new Map<string, Record<string, number>>();
  private drafts: { id: string; version: number }[] = [];
  private n = 0;
  private cookie = '';
  private csrf = '';
  constructor(private readonly origin: string) {}

  async signIn(): Promise<void> {
    const form = await fetch(`${this.origin}/admin/signin`);
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
    const pre = /nd_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')?.[1];
    if (!token || !pre) throw new BenchError('the sign-in page has no CSRF token');
    const res = await fetch(`${this.origin}/admin/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `nd_csrf=${pre}` },
      body: new URLSearchParams({ email: EDITOR, password: PASSWORD, _csrf: token }).toString(),
    });
    const session = /nd_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    if (res.status !== 303 || !session) throw new BenchError(`editor sign-in answered ${res.status}`);
    this.cookie = `nd_session=${session}`;
    const me = (await (
      await fetch(`${this.origin}/admin/api/me`, { headers: { cookie: this.cookie } })
    ).json()) as {
      csrf: string;
    };
    this.csrf = me.csrf;
    for (let i = 0; i < 3; i++) {
      const d = await this.call(
        'POST',
        '/admin/api/articles',
        this.article(`Load-test draft ${i + 1}`),
        'create',
      );
      if (d) this.drafts.push({ id: d.id, version: d.version });
    }
    if (this.drafts.length !== 3) throw new BenchError('the editor could not create drafts');
    // Something published today, as on a live news site (the demo's articles are from November
    // 2025, which leaves the Google News sitemap empty).
    await this.write(4);
    if (!this.samples.get('publish')?.length) throw new BenchError('the editor could not publish');
    this.reset();
  }

  private article(headline: string) {
    return {
      language: 'en',
      headline,
      standfirst: 'Written while readers load the site.',
      sectionSlug: 'world',
      tags: ['Load test'],
      bodyHtml: `<p>Baku, ${new Date().toISOString()}: ${'Officials met to discuss the embassy. '.repeat(20)}</p><p>${'A second paragraph with more words in it. '.repeat(15)}</p>`,
    };
  }

  private async call(method: string, path: string, body: unknown, kind: string) {
    const t = performance.now();
    try {
      const res = await fetch(`${this.origin}${path}`, {
        method,
        headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json()) as { data?: { id: string; version: number } };
      if (res.status >= 400) this.fail(kind, String(res.status));
      else (this.samples.get(kind) ?? this.samples.set(kind, []).get(kind)!).push(performance.now() - t);
      return res.status < 400 ? json.data : undefined;
    } catch (e) {
      this.fail(kind, (e as Error).name === 'TimeoutError' ? 'timeout' : 'error');
      return undefined;
    }
  }

  private fail(kind: string, what: string) {
    const f = this.failures.get(kind) ?? {};
    f[what] = (f[what] ?? 0) + 1;
    this.failures.set(kind, f);
  }

  /** One write: four saves of a draft, then a new article published, and again. */
  async write(i = this.n++): Promise<void> {
    if (i % 5 === 4) {
      const a = await this.call(
        'POST',
        '/admin/api/articles',
        this.article(`Load-test story ${i}`),
        'create',
      );
      if (a)
        await this.call(
          'POST',
          `/admin/api/articles/${a.id}/transitions`,
          { action: 'publish', version: a.version },
          'publish',
        );
      return;
    }
    const d = this.drafts[i % this.drafts.length]!;
    const { language: _l, ...fields } = this.article(`Load-test draft, edit ${i}`);
    const saved = await this.call(
      'PUT',
      `/admin/api/articles/${d.id}`,
      { version: d.version, ...fields },
      'save',
    );
    if (saved) d.version = saved.version;
  }

  /** Writes at `perSecond` (one at a time, as one person works) until `seconds` have passed. */
  async run(perSecond: number, seconds: number): Promise<void> {
    if (perSecond === 0) return;
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until && !interrupted) {
      const next = Date.now() + 1000 / perSecond;
      await this.write();
      await sleep(Math.max(0, next - Date.now()));
    }
  }

  reset(): void {
    this.samples.clear();
    this.failures.clear();
  }
}

/** The URLs of each kind, from the running site itself (its Content API and sitemaps). */
async function kinds(origin: string, keys: string[]): Promise<Kind[]> {
  const api = async (path: string) => {
    const res = await fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${keys[0]}` } });
    if (res.status !== 200) throw new BenchError(`GET ${path} answered ${res.status}`);
    return (await res.json()) as { data: Record<string, unknown>[] };
  };
  const articles = (await api('/api/v1/articles?limit=100&fields=id,url,language')).data;
  const paths = articles.map((a) => new URL(String(a.url)).pathname);
  const ids = articles.map((a) => String(a.id));
  const sections = (await api('/api/v1/sections')).data.map((s) => String(s.slug));
  const tags = (await api('/api/v1/tags')).data.map((t) => String(t.slug)).slice(0, 20);
  const index = await (await fetch(`${origin}/sitemap.xml`)).text();
  const monthly = [...index.matchAll(/\/sitemaps\/articles-[\d-]+\.xml/g)].map((m) => m[0]);
  if (paths.length < 10 || !sections.length || !tags.length)
    throw new BenchError('the demo content is missing');
  const auth = (i: number) => ({ authorization: `Bearer ${keys[i % keys.length]}` });
  const languages = ['en', 'az', 'ru'];
  return [
    { name: 'front', share: 0.15, requests: languages.map((l) => ({ path: `/${l}/` })) },
    { name: 'article', share: 0.3, requests: paths.map((path) => ({ path })) },
    {
      name: 'section',
      share: 0.1,
      requests: sections.flatMap((s) => languages.map((l) => ({ path: `/${l}/${s}/` }))),
    },
    { name: 'tag', share: 0.07, requests: tags.map((t) => ({ path: `/en/tag/${t}` })) },
    {
      name: 'search',
      share: 0.08,
      requests: ['embassy', 'missile strike', 'Baku', 'səfirlik', 'посольство', 'gov*', '"air defence"'].map(
        (q) => ({
          path: `/${/[ə]/.test(q) ? 'az' : /[а-я]/.test(q) ? 'ru' : 'en'}/search?q=${encodeURIComponent(q)}`,
        }),
      ),
    },
    {
      name: 'feeds',
      share: 0.08,
      requests: languages
        .flatMap((l) => [`/${l}/feed.xml`, `/${l}/atom.xml`, `/${l}/feed.json`])
        .map((path) => ({ path })),
    },
    {
      name: 'sitemaps',
      share: 0.05,
      requests: ['/sitemap.xml', '/sitemaps/pages.xml', '/sitemaps/news.xml', '/robots.txt', ...monthly].map(
        (path) => ({ path }),
      ),
    },
    {
      name: 'content-api',
      share: 0.17,
      requests: [
        '/api/v1/articles?limit=20',
        '/api/v1/articles?limit=10&language=az',
        ...ids.slice(0, 20).map((id) => `/api/v1/articles/${id}?fields=id,headline,body`),
        '/api/v1/search?q=embassy',
        '/api/v1/sections',
        '/api/v1/tags',
      ].map((path, i) => ({ path, headers: auth(i) })),
    },
  ];
}

/** A seeded sequence of requests in the kinds' shares, each kind's paths in turn. */
function mixOf(all: Kind[], seed = 20251210) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const turn = new Map<string, number>();
  const total = all.reduce((a, k) => a + k.share, 0);
  return () => {
    let r = next() * total;
    const kind = all.find((k) => (r -= k.share) < 0) ?? all.at(-1)!;
    const i = turn.get(kind.name) ?? 0;
    turn.set(kind.name, i + 1);
    const request = kind.requests[i % kind.requests.length]!;
    return { kind: kind.name, ...request };
  };
}

async function mixedRun(
  origin: string,
  all: Kind[],
  connections: number,
  seconds: number,
  editor: Editor | null,
  writesPerSecond: number,
): Promise<{ kinds: KindResult[]; totals: RunTotals }> {
  current = [];
  const seen = new Map<string, Tally>();
  const [result] = await Promise.all([
    cannon(origin, connections, seconds, mixOf(all), seen),
    editor?.run(writesPerSecond, seconds),
  ]);
  const share = all.reduce((a, k) => a + k.share, 0);
  const kinds = all.map((k): KindResult => {
    const t = seen.get(k.name) ?? { latencies: [], statuses: {}, lostNew: 0, lostInUse: 0 };
    const sorted = [...t.latencies].sort((a, b) => a - b);
    const byStatus: Record<string, number> = {};
    let ok = 0;
    for (const [code, n] of Object.entries(t.statuses)) {
      if (Number(code) < 400) ok += n;
      else byStatus[code] = n;
    }
    return {
      kind: k.name,
      share: k.share / share,
      requests: sorted.length,
      reqPerSec: sorted.length / seconds,
      ok,
      byStatus,
      lostNew: t.lostNew,
      lostInUse: t.lostInUse,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    };
  });
  return { kinds, totals: totals(result) };
}

const statusText = (s: Record<string, number>) =>
  Object.entries(s)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ') || '-';

function report(
  title: string,
  run: { kinds: KindResult[]; totals: RunTotals },
  editor: Editor | null,
  seconds: number,
): { rows: string[][]; problems: string[] } {
  const rows: string[][] = [
    [
      'kind',
      'share',
      'answered',
      'req/s',
      'ok 2xx/3xx',
      'errors by status',
      'lost new',
      'lost in use',
      'p50 ms',
      'p99 ms',
      'max ms',
    ],
  ];
  const problems: string[] = [];
  const sum = (f: (r: KindResult) => number) => run.kinds.reduce((a, r) => a + f(r), 0);
  for (const r of run.kinds) {
    rows.push([
      r.kind,
      `${fixed(r.share * 100, 0)} %`,
      String(r.requests),
      fixed(r.reqPerSec, 0),
      String(r.ok),
      statusText(r.byStatus),
      String(r.lostNew),
      String(r.lostInUse),
      fixed(r.p50, 0),
      fixed(r.p99, 0),
      fixed(r.max, 0),
    ]);
    if (Object.keys(r.byStatus).length || r.lostNew || r.lostInUse)
      problems.push(
        `${title} ${r.kind}: ${statusText(r.byStatus)}; lost ${r.lostNew} on new connections, ${r.lostInUse} on connections in use`,
      );
  }
  const t = run.totals;
  rows.push([
    'all readers',
    '100 %',
    String(t.requests),
    fixed(t.reqPerSec, 0),
    String(sum((r) => r.ok)),
    String(sum((r) => Object.values(r.byStatus).reduce((x, y) => x + y, 0))),
    String(sum((r) => r.lostNew)),
    String(sum((r) => r.lostInUse)),
    fixed(t.p50, 0),
    fixed(t.p99, 0),
    fixed(t.max, 0),
  ]);
  if (editor) {
    for (const kind of ['save', 'create', 'publish']) {
      const s = [...(editor.samples.get(kind) ?? [])].sort((a, b) => a - b);
      const f = editor.failures.get(kind) ?? {};
      rows.push([
        `write: ${kind}`,
        'editor',
        String(s.length),
        fixed(s.length / seconds, 1),
        String(s.length),
        statusText(Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'timeout' && k !== 'error'))),
        '',
        String((f.timeout ?? 0) + (f.error ?? 0)),
        fixed(percentile(s, 50), 0),
        fixed(percentile(s, 99), 0),
        fixed(s.at(-1) ?? Number.NaN, 0),
      ]);
      if (Object.keys(f).length) problems.push(`${title} write ${kind}: ${statusText(f)}`);
    }
  }
  return { rows, problems };
}

async function main(): Promise<number> {
  const o = options();
  const startedAt = new Date();
  const cpuList = cpus();
  const environment = {
    date: startedAt.toISOString(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpu: `${cpuList[0]?.model.trim() ?? 'unknown'} × ${cpuList.length}`,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
  const tempDir = await mkdtemp(join(tmpdir(), 'newsdesk-load-'));
  let server: Child | undefined;
  let baseline: Child | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let container: Awaited<ReturnType<typeof createContainer>> | undefined;
  const onSigint = () => {
    interrupted = true;
    for (const c of current) c.stop();
    console.log('\ninterrupted: stopping and cleaning up');
  };
  process.on('SIGINT', onSigint);
  try {
    // The database: a temporary SQLite file, or a throwaway PostgreSQL database (dropped at the end).
    let database: DatabaseConfig;
    let databaseUrl: string;
    if (o.postgres) {
      const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
      const name = `newsdesk_load_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      dropDatabase = async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      database = { kind: 'postgres', connectionString: databaseUrl };
    } else {
      const filename = join(tempDir, 'load.sqlite');
      databaseUrl = `sqlite:${filename}`;
      database = { kind: 'sqlite', filename };
    }

    console.log('Newsdesk mixed-load benchmark (figures are printed, not asserted)');
    console.log(`date        ${environment.date}`);
    console.log(`node        ${environment.node} on ${environment.platform}`);
    console.log(`cpu         ${environment.cpu} (the load generator shares them with the server)`);
    console.log(`load avg    ${environment.loadAverageAtStart.join(' ')} (1, 5, 15 min) before the start`);
    console.log(`database    ${database.kind} (throwaway)`);
    console.log(
      `load        ${o.connections} connections, ${o.warmup} s warm-up, then 2 identical runs of ${o.seconds} s; ` +
        `${o.writesPerSecond} newsroom writes/s; baseline ${o.baselineSeconds} s`,
    );

    // The editor's account and the API keys, written through the app's own services.
    const port = await freePort();
    const config: Config = {
      port,
      host: HOST,
      database,
      site: {},
      demo: false,
      logLevel: 'silent',
      trustProxy: false,
    };
    // Kept open to watch the server's background work (the outbox and the analysis it triggers).
    container = await createContainer(config);
    const keys: string[] = [];
    await container.accounts.createUser(
      { email: EDITOR, name: 'Load Editor', role: 'editor', password: PASSWORD },
      null,
    );
    for (let i = 0; i < API_KEYS; i++)
      keys.push((await container.apiKeys.create({ name: `load ${i}`, rateLimit: 100_000 })).key);
    const repos = container.store.repos;
    /** Waits until the server has no background work left (the demo's analysis at start, the writes' events). */
    const settle = async (what: string) => {
      const t = performance.now();
      for (let i = 0; i < 600; i++) {
        if ((await repos.outbox.pendingCount()) === 0 && (await repos.analysis.missing(1)).length === 0)
          break;
        await sleep(500);
      }
      await sleep(2000);
      console.log(
        `settled     ${what}: background work done after ${fixed((performance.now() - t) / 1000, 1)} s`,
      );
    };

    // The server, as it runs in production: its own process, demo content, jobs on.
    const origin = `http://${HOST}:${port}`;
    const t0 = performance.now();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST,
      DATABASE_URL: databaseUrl,
      NEWSDESK_DEMO: '1',
      LOG_LEVEL: 'warn',
      MEDIA_DIR: join(tempDir, 'media'),
      // The editor writes faster than one person's per-minute limit (60) on purpose: the bench
      // measures writes beside the readers, not the limit (tests cover that).
      SAVES_PER_MINUTE: String(Math.min(10_000, Math.max(60, o.writesPerSecond * 60 * 2))),
    };
    // One process, limits in memory: what is measured is this process, not a shared Redis.
    delete env.REDIS_URL;
    delete env.SITE_URL;
    server = start(['--import', 'tsx', 'src/main.ts'], env);
    await waitUntilReady(origin, server, 120_000);
    console.log(`startup     ${fixed(performance.now() - t0, 0)} ms (process, migrations, demo content)`);
    const pid = server.proc.pid!;

    const all = await kinds(origin, keys);
    const editor = new Editor(origin);
    await editor.signIn();
    console.log(
      `mix         ${all.map((k) => `${k.name} ${fixed(k.share * 100, 0)} %`).join(', ')} of the requests`,
    );

    await settle('after start');
    const rss: { when: string; mib: number | null }[] = [
      { when: 'before (started, idle)', mib: await rssMiB(pid) },
    ];
    if (o.warmup > 0) {
      console.log(`warm-up     ${o.warmup} s`);
      await mixedRun(origin, all, o.connections, o.warmup, editor, o.writesPerSecond);
      editor.reset();
    }
    const runs: {
      rows: string[][];
      problems: string[];
      results: { kinds: KindResult[]; totals: RunTotals };
    }[] = [];
    for (let n = 1; n <= o.runs; n++) {
      console.log(`run ${n}       ${o.seconds} s`);
      const results = await mixedRun(origin, all, o.connections, o.seconds, editor, o.writesPerSecond);
      const r = report(`run ${n}`, results, editor, o.seconds);
      runs.push({ ...r, results });
      editor.reset();
      if (server.proc.exitCode !== null)
        throw new BenchError(`the server exited with ${server.proc.exitCode} during run ${n}`);
      // What stays, not the requests and background work in flight.
      await settle(`after run ${n}`);
      rss.push({ when: `after run ${n}`, mib: await rssMiB(pid) });
    }

    // The baseline: the article page's bytes from a bare node:http server in a process of its own.
    const articlePath = all.find((k) => k.name === 'article')!.requests[0]!.path;
    const page = await fetch(`${origin}${articlePath}`);
    const body = Buffer.from(await page.arrayBuffer());
    const bodyFile = join(tempDir, 'article.html');
    await writeFile(bodyFile, body);
    const basePort = await freePort();
    baseline = start(
      [
        '-e',
        `const b=require('fs').readFileSync(process.argv[1]);require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':${JSON.stringify(page.headers.get('content-type'))},'content-length':b.length});s.end(b)}).listen(${basePort},'${HOST}',()=>console.log('ready'))`,
        bodyFile,
      ],
      { PATH: process.env.PATH },
    );
    const baseOrigin = `http://${HOST}:${basePort}`;
    for (let i = 0; i < 50 && !baseline.lines.includes('ready'); i++) await sleep(100);
    const copy = Buffer.from(await (await fetch(`${baseOrigin}${articlePath}`)).arrayBuffer());
    if (!copy.equals(body)) throw new BenchError('the baseline does not serve the article’s bytes');
    console.log(
      `baseline    ${o.baselineSeconds} s, ${o.connections} connections, the article page (${body.length} B) from node:http`,
    );
    current = [];
    const base = totals(
      await cannon(
        baseOrigin,
        o.connections,
        o.baselineSeconds,
        () => ({ kind: 'baseline', path: articlePath }),
        new Map(),
      ),
    );

    const errorLines = server.lines.filter((l) => /"level":(50|60)/.test(l));
    for (const [i, run] of runs.entries()) {
      console.log(`\nrun ${i + 1} (${o.seconds} s, ${o.connections} reader/API connections + 1 editor)`);
      console.log(table(run.rows, new Set([1, 2, 3, 4, 6, 7, 8, 9, 10])));
    }
    console.log('\nbaseline: node:http serving the article page’s bytes (same connections)');
    console.log(
      table(
        [
          ['server', 'requests', 'req/s', 'p50 ms', 'p99 ms'],
          [
            'baseline',
            String(base.requests),
            fixed(base.reqPerSec, 0),
            fixed(base.p50, 0),
            fixed(base.p99, 0),
          ],
        ],
        new Set([1, 2, 3, 4]),
      ),
    );
    const articleRun = runs[0]!.results.kinds.find((r) => r.kind === 'article')!;
    console.log(
      `(run 1: the article kind got ${fixed(articleRun.reqPerSec, 0)} req/s, p50 ${fixed(articleRun.p50, 0)} ms, sharing the server with the rest of the mix; all readers ${fixed(runs[0]!.results.totals.reqPerSec, 0)} req/s)`,
    );
    console.log('\nserver memory (RSS)');
    for (const r of rss)
      console.log(`  ${r.when.padEnd(24)} ${r.mib === null ? 'n/a' : `${fixed(r.mib, 1)} MiB`}`);
    const [r1, rn] = [rss[1]?.mib, rss.at(-1)?.mib];
    if (typeof r1 === 'number' && typeof rn === 'number')
      console.log(`  growth from run 1 to run ${o.runs}: ${fixed(rn - r1, 1)} MiB`);
    console.log(`\nserver log lines at error level: ${errorLines.length}`);
    for (const l of errorLines.slice(0, 5)) console.log(`  ${l.slice(0, 300)}`);
    console.log(
      'latency: per kind and for writes timed here (performance.now()); the "all readers" row is autocannon’s histogram (whole ms)\n' +
        'lost new: a new connection’s first request unanswered within 10 s; lost in use: the same on a connection that had been answering',
    );

    const problems = [
      ...runs.flatMap((r) => r.problems),
      ...(base.errors ? [`baseline: ${base.errors} errors`] : []),
      ...(errorLines.length ? [`${errorLines.length} error lines in the server log`] : []),
    ];
    const resultsDir = join(ROOT, 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `mixed-load-${startedAt.toISOString().replace(/:/g, '-')}.json`);
    await writeFile(
      file,
      `${JSON.stringify({ benchmark: 'mixed-load', environment, options: o, database: database.kind, runs: runs.map((r) => r.results), baseline: base, rss, serverErrorLines: errorLines.slice(0, 50), problems, ok: problems.length === 0 }, null, 2)}\n`,
    );
    console.log(`\nresults     ${file}`);
    if (problems.length) {
      console.log('\nFAILED: some requests failed:');
      for (const p of problems) console.log(`  ${p}`);
      return 1;
    }
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
    await container?.close();
    const code = await stop(server);
    if (code !== null && code !== 0) console.log(`note: the server exited with ${code} on SIGTERM`);
    await stop(baseline);
    await dropDatabase?.().catch((e: unknown) => console.log(`cleanup: ${(e as Error).message}`));
    await rm(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.log(`benchmark failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
