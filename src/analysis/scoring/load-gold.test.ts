import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGoldArticles, STORY_GOLD_DIR } from './load-gold.ts';

describe('loadGoldArticles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'story-gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const article = (id: string) => ({
    id,
    published: '2025-11-21',
    timezone: 'UTC',
    language: 'en',
    body: 'x',
    gold: {},
  });

  it('reads every *.json file, sorted by file name', () => {
    writeFileSync(join(dir, 'b.json'), JSON.stringify(article('b')));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(article('a')));
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    expect(loadGoldArticles(pathToFileURL(dir)).map((a) => a.id)).toEqual(['a', 'b']);
    expect(loadGoldArticles(pathToFileURL(`${dir}/`)).map((a) => a.id)).toEqual(['a', 'b']);
  });
  it('rejects a file that is not an article', () => {
    writeFileSync(join(dir, 'c.json'), '[1, 2]');
    expect(() => loadGoldArticles(pathToFileURL(dir))).toThrow(/c\.json/);
  });
  it('finds the shipped annotations', () => {
    const ids = loadGoldArticles(STORY_GOLD_DIR).map((a) => a.id);
    expect(ids).toContain('seed');
    expect(ids.length).toBeGreaterThanOrEqual(13);
    expect(ids.at(-1)).toBe('seed');
  });
});
