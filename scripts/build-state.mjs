/**
 * Whether the compiled builds in dist/ are present and up to date with their sources.
 *
 * Plain JavaScript with no dependencies: `bin/newsdesk.mjs` asks it on every run, before it
 * knows whether it will load the compiled CLI or tsx, so it must cost a few milliseconds.
 *
 * The server build (dist/server/) records every source file esbuild read, with its size and
 * modification time, in dist/server/build.json; the build is current while every one of them is
 * unchanged. A new source file cannot change the build unless a recorded one imports it.
 * The newsroom app (dist/admin/) is current when its Vite manifest is newer than its sources,
 * the rule test/setup/admin-build.ts applies before the browser tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_OUT = join(ROOT, 'dist', 'server');
export const SERVER_MANIFEST = join(SERVER_OUT, 'build.json');
/** Bumped when the manifest's shape changes: an older one then counts as stale. */
export const MANIFEST_VERSION = 1;

/**
 * @typedef {{ version: number, node: string, builtAt: string, inputs: Record<string, [number, number]> }} ServerManifest
 *   inputs: path relative to ROOT → [size in bytes, mtimeMs]; -1 as mtime marks a file changed
 *   while the build ran (always stale), [-1, -1] a file that did not exist.
 * @typedef {{ current: true } | { current: false, reason: string }} BuildState
 */

/** @returns {BuildState} */
export function serverBuildState() {
  /** @type {ServerManifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(SERVER_MANIFEST, 'utf8'));
  } catch {
    return { current: false, reason: 'dist/server/ is not built' };
  }
  if (manifest.version !== MANIFEST_VERSION)
    return { current: false, reason: 'dist/server/ is from an older build' };
  for (const [file, [size, mtime]] of Object.entries(manifest.inputs)) {
    const s = statSync(join(ROOT, file), { throwIfNoEntry: false });
    if (!s) {
      if (size === -1) continue;
      return { current: false, reason: `${file} is gone since dist/server/ was built` };
    }
    if (s.size !== size || s.mtimeMs !== mtime) {
      return { current: false, reason: `${file} changed since dist/server/ was built` };
    }
  }
  return { current: true };
}

/** Newest modification time under `path` (test files do not count: the app does not import them). */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** @returns {BuildState} */
export function adminBuildState() {
  const manifest = join(ROOT, 'dist', 'admin', '.vite', 'manifest.json');
  if (!existsSync(manifest)) return { current: false, reason: 'dist/admin/ is not built' };
  const sources = ['src/admin/ui', 'src/lib', 'vite.config.ts'].map((p) => join(ROOT, p));
  return statSync(manifest).mtimeMs >= Math.max(...sources.map(newest))
    ? { current: true }
    : { current: false, reason: 'the newsroom app changed since dist/admin/ was built' };
}
