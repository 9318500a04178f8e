import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The compiled production start (scripts/build-server.mjs → dist/server/), as `npm start` runs it
 * on a clean clone: the build is made when missing or stale, the compiled server starts on a fresh
 * SQLite file, loads the demo newsroom (demo articles and readings: files found through
 * import.meta.url, the analysis worker) and serves the seed article, its stylesheet and the
 * newsroom app's files; the compiled CLI answers `--help` and argument errors without loading the
 * app. Nothing here is timed.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'dist', 'server');
const exec = promisify(execFile);
const ARTICLE = '/en/world/moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv';
const HEADLINE = 'Moscow expresses regret over damage to Azerbaijan';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-build-'));
  await exec(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { cwd: root, timeout: 120_000 });
}, 150_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Waits for the line that tells a new user where the site and the newsroom are, and returns the
 * site's origin.
 */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.stdout?.setEncoding('utf8').on('data', (c: string) => {
      seen += c;
      const origin =
        /Newsdesk is serving .+ at (http:\/\/127\.0\.0\.1:\d+)\/ — the newsroom is at \1\/admin"/.exec(
          seen,
        )?.[1];
      if (origin) resolve(origin);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${err.slice(-2000)}`)));
  });
}

describe('the compiled server', () => {
  it('starts on a fresh SQLite file with the demo and serves the article, its assets and the newsroom app', async () => {
    const child = spawn(process.execPath, [join(out, 'main.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'start.sqlite')}`,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        NEWSDESK_DEMO: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const origin = await listening(child);
      const page = await fetch(`${origin}${ARTICLE}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(HEADLINE);
      // The site's stylesheet: read from src/site/assets/ at start.
      const stylesheet = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(html)?.[1];
      expect(stylesheet).toBeDefined();
      expect((await fetch(`${origin}${stylesheet!}`)).status).toBe(200);
      // The newsroom app's bundle: read from dist/admin/ (the integration setup builds it).
      const manifest = JSON.parse(
        await readFile(join(root, 'dist', 'admin', '.vite', 'manifest.json'), 'utf8'),
      ) as Record<string, { file: string; isEntry?: boolean }>;
      const entry = Object.values(manifest).find((c) => c.isEntry);
      expect(entry).toBeDefined();
      expect((await fetch(`${origin}/admin/assets/${entry!.file}`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});

/** The files of dist/server/ holding any input `input` matches (esbuild's metafile). */
async function outputsHolding(input: RegExp): Promise<string[]> {
  const meta = JSON.parse(await readFile(join(out, 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  return Object.entries(meta.outputs)
    .filter(([file, o]) => file.endsWith('.mjs') && Object.keys(o.inputs).some((i) => input.test(i)))
    .map(([file]) => file);
}

describe('the compiled server’s start', () => {
  it('serves the article without loading what only the newsroom, the CLI or the worker needs', async () => {
    const trace = join(dir, 'start.trace');
    const child = spawn(
      process.execPath,
      ['--import', join(root, 'test', 'build', 'trace-imports.mjs'), join(out, 'main.mjs')],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: `sqlite:${join(dir, 'lazy.sqlite')}`,
          HOST: '127.0.0.1',
          PORT: '0',
          LOG_LEVEL: 'info',
          NEWSDESK_DEMO: '1',
          TRACE_IMPORTS: trace,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const origin = await listening(child);
      expect((await fetch(`${origin}${ARTICLE}`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const loaded = (await readFile(trace, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((u) => fileURLToPath(u).slice(root.length));
    expect(loaded).toContain('dist/server/main.mjs');
    // The WordPress importer (the CLI's), the editor's HTML sanitiser (the newsroom's saves) and
    // the sitemap writer (a crawler's request).
    const lazy = await outputsHolding(
      /^(src\/ingest\/wxr\/wxr-import\.ts|node_modules\/(sanitize-html|sitemap)\/)/,
    );
    expect(lazy.length).toBeGreaterThanOrEqual(3);
    expect(loaded.filter((f) => lazy.includes(f))).toEqual([]);
  }, 120_000);
});

describe('the compiled analysis worker', () => {
  it('reads a text into facts, as the analyser asks it to', async () => {
    const worker = new Worker(join(out, 'analysis-worker.mjs'), { execArgv: [] });
    try {
      const answer = await new Promise<{ id: number; result?: { people: Array<{ name: string }> } }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({
            id: 1,
            input: {
              body: 'Deputy Foreign Minister Mikhail Galuzin said on Friday that Moscow regrets the damage.',
              language: 'en',
              published: '2025-11-21',
              timezone: 'Asia/Baku',
            },
          });
        },
      );
      expect(answer.id).toBe(1);
      expect(answer.result?.people.map((p) => p.name)).toContain('Mikhail Galuzin');
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});

/** What execFile rejects with when the command exits non-zero: its code and output. */
const failedRun = z.object({ code: z.number().nullable(), stdout: z.string(), stderr: z.string() });

/** Runs the `newsdesk` bin with the import trace on; returns its output and the files it loaded. */
async function traced(args: string[], name: string, env: Record<string, string> = {}) {
  const trace = join(dir, `${name}.trace`);
  const r = await exec(
    process.execPath,
    [
      '--import',
      join(root, 'test', 'build', 'trace-imports.mjs'),
      join(root, 'bin', 'newsdesk.mjs'),
      ...args,
    ],
    { cwd: root, env: { ...process.env, ...env, TRACE_IMPORTS: trace } },
  ).catch((e: unknown) => failedRun.parse(e));
  const loaded = (await readFile(trace, 'utf8')).split('\n').filter(Boolean);
  return { ...r, loaded: loaded.map((u) => fileURLToPath(u).slice(root.length)) };
}

/** The files of dist/server/ holding the app, the database layer or the analyser (esbuild's metafile). */
async function heavyOutputs(): Promise<string[]> {
  const meta = JSON.parse(await readFile(join(out, 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const heavy = /^src\/(app\.ts|app\/|storage\/|analysis\/|services\/)/;
  return Object.entries(meta.outputs)
    .filter(([file, o]) => file.endsWith('.mjs') && Object.keys(o.inputs).some((i) => heavy.test(i)))
    .map(([file]) => file);
}

describe('the compiled newsdesk command', () => {
  it('answers --help from dist/server without tsx and without loading the app', async () => {
    const r = await traced(['--help'], 'help');
    expect(r.stdout).toContain('Usage: newsdesk');
    expect(r.loaded).toContain('dist/server/cli.mjs');
    expect(r.loaded.filter((f) => f.startsWith('src/') || f.includes('node_modules/tsx/'))).toEqual([]);
    const heavy = await heavyOutputs();
    expect(heavy.length).toBeGreaterThan(0);
    expect(r.loaded.filter((f) => heavy.includes(f))).toEqual([]);
  });

  it('refuses bad arguments without loading the app, and loads it for a command that needs it', async () => {
    const bad = await traced(['section', 'add'], 'bad');
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain("missing required argument 'slug'");
    const heavy = await heavyOutputs();
    expect(bad.loaded.filter((f) => heavy.includes(f))).toEqual([]);

    const added = await traced(['section', 'add', 'world', 'World'], 'add', {
      DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`,
      LOG_LEVEL: 'silent',
    });
    expect(added.stdout.trim()).toBe('Added section world (World)');
    expect(added.loaded.filter((f) => heavy.includes(f)).length).toBeGreaterThan(0);
  }, 60_000);
});
