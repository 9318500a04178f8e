/**
 * The app builds an article run compares: this tree's app process, compiled as `npm start` runs
 * the server, and optionally another source tree's (BENCH_BEFORE, e.g. `main` unpacked with
 * `git archive`), compiled by that tree's own build script into its own dist/bench-app/.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BenchError } from '../lib/format.ts';
import { compiledEntry } from '../pages/app-handle.ts';

export interface Build {
  name: 'before' | 'after';
  /** The compiled app-process bundle to fork. */
  entry: string;
  tree: string;
}

type BuildExtraEntry = (name: string, source: string, outdir: string) => Promise<string>;

async function buildTree(tree: string): Promise<string> {
  const script = join(tree, 'scripts', 'build-server.mjs');
  const source = join(tree, 'bench', 'pages', 'app-process.ts');
  if (!existsSync(script) || !existsSync(source) || !existsSync(join(tree, 'node_modules')))
    throw new BenchError(
      `BENCH_BEFORE=${tree} needs scripts/build-server.mjs, bench/pages/app-process.ts and node_modules`,
    );
  const m = (await import(pathToFileURL(script).href)) as { buildExtraEntry: BuildExtraEntry };
  return m.buildExtraEntry('app-process', source, join(tree, 'dist', 'bench-app'));
}

/** The builds to measure: `before` (when BENCH_BEFORE names a tree) and `after` (this tree). */
export async function builds(): Promise<Build[]> {
  const here = resolve(import.meta.dirname, '..', '..');
  const list: Build[] = [];
  const before = process.env.BENCH_BEFORE?.trim();
  if (before) {
    const tree = resolve(before);
    if (tree === here) throw new BenchError('BENCH_BEFORE names this tree');
    list.push({ name: 'before', entry: await buildTree(tree), tree });
  }
  list.push({ name: 'after', entry: await compiledEntry(), tree: here });
  return list;
}
