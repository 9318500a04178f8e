/**
 * Compiles the server, the `newsdesk` CLI and the analysis worker into dist/server/ with esbuild,
 * so a production start runs JavaScript instead of transpiling TypeScript through tsx.
 *
 *   node scripts/build-server.mjs              # always builds
 *   node scripts/build-server.mjs --if-stale   # builds only when missing or older than the sources
 *
 * One ES-module bundle per entry, code shared between them split into chunks, the packages
 * bundled too except the few in EXTERNAL (native addons and optional ones), which load from
 * node_modules as under tsx. Dynamic `import()` in the sources stays lazy (a chunk of its own),
 * so the CLI loads the app only for a command that needs it.
 *
 * Files read at run time are found relative to `import.meta.url` (the newsroom app in dist/admin,
 * the demo articles, the site's CSS and scripts, fonts through createRequire). The bundle lives
 * elsewhere than its sources, so every `import.meta.url` in a source file is compiled to that
 * source file's own URL: the sources' relative paths keep working unchanged, in both runs. The
 * one exception is a worker thread's entry, which maps to its compiled twin (WORKERS).
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';
import { MANIFEST_VERSION, ROOT, SERVER_OUT, serverBuildState } from './build-state.mjs';

/** The process entries: name in dist/server/ (+ .mjs) → source. */
const ENTRIES = { main: 'src/main.ts', cli: 'src/cli/main.ts' };

/**
 * Worker threads. A worker's source entry loads tsx itself (`…-worker.mjs`); the compiled build
 * replaces `new URL('./…-worker.mjs', import.meta.url)` with the compiled worker beside the bundle.
 */
const WORKERS = [
  {
    source: 'src/services/analysis/analysis-worker.mjs',
    entry: 'src/services/analysis/analysis-thread.ts',
    out: 'analysis-worker',
  },
];

/**
 * Packages loaded from node_modules at run time instead of being bundled: the native addons
 * (their compiled .node files are found relative to the package), and pg (it looks for the
 * optional pg-native) and ioredis, which bundled saved nothing measurable at start. Every other
 * package is bundled: a start then reads a few large files instead of resolving and compiling
 * thousands of small ones (about 40 % less CPU to the first page than with every package external).
 */
const EXTERNAL = ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'ioredis'];

/** Files that shape the output without being imported. */
const CONFIG_INPUTS = [
  'scripts/build-server.mjs',
  'scripts/build-state.mjs',
  'tsconfig.json',
  'package.json',
  'node_modules/.package-lock.json',
];

const toPosix = (p) => p.split(sep).join('/');

/** A URL path from dist/server/ to `absolute`, for `new URL(path, import.meta.url)` in the bundle. */
function fromOut(absolute) {
  const rel = toPosix(relative(SERVER_OUT, absolute));
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const META_URL = /new URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)|import\.meta\.url/g;

/** `source` of `file` with each `import.meta.url` pointing where it points in the sources. */
function rewriteMetaUrls(source, file) {
  const workers = new Map(WORKERS.map((w) => [join(ROOT, w.source), w.out]));
  return source.replace(META_URL, (match, _quote, target) => {
    if (target === undefined) return `new URL(${JSON.stringify(fromOut(file))}, import.meta.url).href`;
    const absolute = resolve(dirname(file), target);
    const worker = workers.get(absolute);
    const path = worker ? `./${worker}.mjs` : fromOut(absolute) + (target.endsWith('/') ? '/' : '');
    return `new URL(${JSON.stringify(path)}, import.meta.url)`;
  });
}

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.js': 'js', '.mjs': 'js' };

/** The esbuild plugin applying rewriteMetaUrls to the project's own files that use import.meta.url. */
const metaUrlPlugin = {
  name: 'newsdesk-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx|mts|js|mjs)$/ }, async (args) => {
      if (!args.path.startsWith(join(ROOT, 'src') + sep)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: rewriteMetaUrls(source, args.path), loader: LOADERS[extname(args.path)] };
    });
  },
};

/** Size and mtime of each input, as build-state.mjs compares them; -1 for one touched during the build. */
function fingerprint(files, startedAt) {
  const inputs = {};
  for (const file of files) {
    // A missing file is recorded as such (build-state.mjs then finds it changed once it exists).
    const s = statSync(join(ROOT, file), { throwIfNoEntry: false }) ?? { size: -1, mtimeMs: -1 };
    inputs[file] = [s.size, s.mtimeMs >= startedAt ? -1 : s.mtimeMs];
  }
  return inputs;
}

/** esbuild's settings for `entries` (name → source) and the workers, built into `outdir`. */
function esbuildOptions(entries, outdir) {
  return {
    absWorkingDir: ROOT,
    entryPoints: [
      ...Object.entries(entries).map(([out, source]) => ({ in: source, out })),
      ...WORKERS.map((w) => ({ in: w.entry, out: w.out })),
    ],
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Packages written as CommonJS call require() for Node's own modules; an ES module has none.
    banner: {
      js: "import { createRequire as __ndRequire } from 'node:module'; const require = __ndRequire(import.meta.url);",
    },
    tsconfig: join(ROOT, 'tsconfig.json'),
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [metaUrlPlugin],
  };
}

/**
 * Compiles another entry (the page benchmark's app process) the way the server is compiled, into
 * `outdir` (a sibling of dist/server/, so the sources' relative paths hold): `npm run bench` can
 * then measure the app as production runs it, without tsx. Returns the entry's compiled file.
 */
export async function buildExtraEntry(name, source, outdir) {
  if (resolve(outdir, '..') !== resolve(SERVER_OUT, '..'))
    throw new Error(`${outdir} must sit beside dist/server/`);
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({ ...esbuildOptions({ [name]: source }, outdir), metafile: false });
  return join(outdir, `${name}.mjs`);
}

/** Builds into a folder of its own and swaps it in, so a process starting meanwhile never sees half a build. */
export async function buildServer() {
  const startedAt = Date.now();
  const temp = `${SERVER_OUT}.build-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  const result = await esbuild.build(esbuildOptions(ENTRIES, temp));
  // The project's own files one by one; the bundled packages through npm's record of the
  // installed tree (node_modules/.package-lock.json, rewritten by every install), so a check
  // stats a few hundred files rather than thousands.
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.split('/').includes('node_modules'));
  const manifest = {
    version: MANIFEST_VERSION,
    node: process.version,
    builtAt: new Date(startedAt).toISOString(),
    inputs: fingerprint([...new Set([...sources, ...CONFIG_INPUTS])].sort(), startedAt),
  };
  writeFileSync(join(temp, 'build.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  // esbuild's account of what went where (test/build/ reads it), named as after the swap.
  const tempPrefix = `${toPosix(relative(ROOT, temp))}/`;
  const metafile = JSON.stringify(result.metafile).replaceAll(tempPrefix, 'dist/server/');
  writeFileSync(join(temp, 'meta.json'), metafile);
  const old = `${SERVER_OUT}.old-${process.pid}`;
  // Twice at most: a build running alongside (a test, another start) may swap its own in between.
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(SERVER_OUT, old);
    } catch {
      // No previous build.
    }
    try {
      renameSync(temp, SERVER_OUT);
      break;
    } catch (e) {
      rmSync(old, { recursive: true, force: true });
      if (attempt > 0) throw e;
    }
  }
  rmSync(old, { recursive: true, force: true });
  return { files: Object.keys(result.metafile.outputs).length, sources: sources.length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'scripts', 'build-server.mjs')) {
  const ifStale = process.argv.includes('--if-stale');
  const state = serverBuildState();
  if (ifStale && state.current) {
    process.stdout.write('dist/server/ is up to date\n');
  } else {
    const began = Date.now();
    const built = await buildServer();
    process.stdout.write(
      `built dist/server/ (${built.files} files from ${built.sources} sources) in ${Date.now() - began} ms\n`,
    );
  }
}
