import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

/** scripts/precompress.mjs, typed here (the scripts are plain JavaScript without declarations). */
const script = pathToFileURL(join(import.meta.dirname, '..', '..', 'scripts', 'precompress.mjs')).href;
const { precompressAdmin } = (await import(script)) as { precompressAdmin: (dir: string) => number };

describe('the build gzips the newsroom app beside it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a .gz twin of each text file over 1 KiB, and of nothing else', () => {
    const js = `console.log(${JSON.stringify('y'.repeat(3000))});`;
    mkdirSync(join(dir, 'nested'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'main-1.js'), js);
    writeFileSync(join(dir, 'nested', 'style-2.css'), `a{color:red}${' '.repeat(2000)}`);
    writeFileSync(join(dir, 'small-3.js'), 'export {}');
    writeFileSync(join(dir, 'font-4.woff2'), Buffer.alloc(5000, 7));
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify({ x: 'z'.repeat(3000) }));

    expect(precompressAdmin(dir)).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, 'main-1.js.gz'))).toString()).toBe(js);
    expect(existsSync(join(dir, 'nested', 'style-2.css.gz'))).toBe(true);
    for (const none of ['small-3.js.gz', 'font-4.woff2.gz', '.vite/manifest.json.gz'])
      expect(existsSync(join(dir, none)), none).toBe(false);
  });
});
