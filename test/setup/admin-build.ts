import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: the newsroom app (src/admin/ui) is built into dist/admin/ when the build
 * is missing or older than its sources, so `npm test` on a fresh clone serves the real app to the
 * browser tests. It builds into a folder of its own and swaps it in, so a test run reading the
 * old build meanwhile never sees half a folder.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'dist', 'admin');
const manifest = join(out, '.vite', 'manifest.json');

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export function adminBuildIsCurrent(): boolean {
  if (!existsSync(manifest)) return false;
  const sources = [
    join(root, 'src', 'admin', 'ui'),
    // The pure helpers the app imports (slug.ts, embeds.ts).
    join(root, 'src', 'lib'),
    join(root, 'vite.config.ts'),
  ];
  return statSync(manifest).mtimeMs >= Math.max(...sources.map(newest));
}

export default async function setup(): Promise<void> {
  if (adminBuildIsCurrent()) return;
  const { build } = await import('vite');
  const temp = join(root, 'dist', `admin.build-${process.pid}`);
  await build({ configFile: join(root, 'vite.config.ts'), build: { outDir: temp, emptyOutDir: true } });
  const old = join(root, 'dist', `admin.old-${process.pid}`);
  if (existsSync(out)) renameSync(out, old);
  renameSync(temp, out);
  rmSync(old, { recursive: true, force: true });
}
