import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The convention of vitest.config.ts, checked: a test that opens a database, starts the app or a
 * process, or drives a browser is not a unit test — it is named `*.int.test.ts` or sits in
 * test/faults, test/scale, test/security (integration) or test/browser (browser).
 */
const root = new URL('..', import.meta.url).pathname;
const testFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : testFiles(p);
    return /\.test\.tsx?$/.test(f) ? [relative(root, p)] : [];
  });
const notUnit = (file: string) =>
  /\.int\.test\.tsx?$/.test(file) || /^test\/(browser|faults|scale|security)\//.test(file);
/** What only integration and browser tests use: test databases, the whole app, child processes, Chromium. */
const needsMore =
  /from '[./]*(test\/)?utils\/(databases|app|process)\.ts'|from '(playwright-core|ioredis|pg)'/;

describe('test projects', () => {
  it('keeps tests that need a database, a process or a browser out of the unit project', () => {
    const unit = [...testFiles(join(root, 'src')), ...testFiles(join(root, 'test'))].filter(
      (f) => !notUnit(f),
    );
    expect(unit.length).toBeGreaterThan(40);
    const misplaced = unit.filter((f) => needsMore.test(readFileSync(join(root, f), 'utf8')));
    expect(misplaced, 'name these *.int.test.ts (git mv)').toEqual([]);
  });
});
