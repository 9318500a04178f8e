import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../types.ts';
import { heldOutBatches } from './report.ts';

function article(id: string): GoldArticle {
  return {
    id,
    published: '2025-11-21',
    timezone: 'UTC',
    language: 'en',
    body: 'x',
    gold: { people: [], places: [], orgs: [], quotes: [], events: [], equipment: [] },
  };
}

describe('held-out batches', () => {
  it('puts each article in the batch whose range holds its number and drops empty batches', () => {
    const batches = heldOutBatches(['h73-a', 'h90-b', 'h91-c', 'h55-d', 'h109-e'].map(article));
    expect(batches.map((b) => [b.label.slice(0, 8), b.articles.map((a) => a.id)])).toEqual([
      ['h73–h90 ', ['h73-a', 'h90-b']],
      ['h91–h108', ['h91-c']],
    ]);
    expect(heldOutBatches([article('h80-x')]).map((b) => b.label.slice(0, 7))).toEqual(['h73–h90']);
  });
});
