import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What src/admin/app-shell.ts serves gzipped (text over 1 KiB); the suffix is its PRECOMPRESSED. */
const COMPRESSIBLE = new Set(['.js', '.css', '.map', '.json', '.svg']);

/**
 * Writes `<file>.gz` beside each compressible file of the newsroom app, so the server never
 * compresses them itself (gzip -9 of the app cost a start seconds of CPU). Returns how many.
 */
export function precompressAdmin(dir) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== '.vite') count += precompressAdmin(path);
      continue;
    }
    if (!COMPRESSIBLE.has(extname(name))) continue;
    const body = readFileSync(path);
    if (body.length <= 1024) continue;
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    count++;
  }
  return count;
}
