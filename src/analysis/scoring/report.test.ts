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
    const batches = heldOutBatches(['h55-a', 'h72-b', 'h73-c', 'h99-d'].map(article));
    expect(batches.map((b) => [b.label.slice(0, 7), b.articles.map((a) => a.id)])).toEqual([
      ['h55–h72', ['h55-a', 'h72-b']],
      ['h73–h90', ['h73-c']],
    ]);
    expect(heldOutBatches([article('h80-x')]).map((b) => b.label.slice(0, 7))).toEqual(['h73–h90']);
  });
});
