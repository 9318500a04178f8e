/**
 * Builds what `npm start` runs: the newsroom app (Vite → dist/admin/) and the server with its CLI
 * (esbuild → dist/server/). Nothing built is committed; `npm start` runs this first (prestart).
 *
 *   node scripts/build.mjs              # builds both
 *   node scripts/build.mjs --if-stale   # builds each only when missing or older than its sources
 */
import { join } from 'node:path';
import { precompressAdmin } from './precompress.mjs';
import { adminBuildState, ROOT, serverBuildState } from './build-state.mjs';
import { buildServer } from './build-server.mjs';

const ifStale = process.argv.includes('--if-stale');
const say = (line) => process.stdout.write(`${line}\n`);

const admin = adminBuildState();
if (ifStale && admin.current) say('dist/admin/ is up to date');
else {
  if (!admin.current) say(`building the newsroom app: ${admin.reason}`);
  // Loaded only when needed: Vite takes a while to import.
  const { build } = await import('vite');
  // vite.config.ts names its root and entry relative to the checkout, as `npm run` runs it.
  process.chdir(ROOT);
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const compressed = precompressAdmin(join(ROOT, 'dist', 'admin'));
  say(`built dist/admin/ (${compressed} files gzipped beside it)`);
}

const server = serverBuildState();
if (ifStale && server.current) say('dist/server/ is up to date');
else {
  if (!server.current) say(`building the server: ${server.reason}`);
  const began = Date.now();
  const built = await buildServer();
  say(`built dist/server/ (${built.files} files from ${built.sources} sources) in ${Date.now() - began} ms`);
}
