import { describe, expect, it } from 'vitest';
import { mergeTimeline } from '../../analysis/timeline.ts';
import { TimelineMemo } from './timeline-memo.ts';

const entries = () => [
  {
    iso: '2025-11-14',
    description: 'Foreign Ministry summoned the ambassador over the embassy',
    source: 'a',
    publishedAt: 1,
    article: { id: 'a' },
  },
  {
    iso: '2025-11-14',
    description: 'the ministry summoned the ambassador about the embassy damage',
    source: 'b',
    publishedAt: 2,
    article: { id: 'b' },
  },
  {
    iso: '2025-11-12',
    description: 'drones struck the district near the embassy',
    source: 'b',
    publishedAt: 2,
    article: { id: 'b' },
  },
  {
    iso: '2025-11',
    description: 'talks on the border resumed in November',
    source: 'c',
    publishedAt: 3,
    article: { id: 'c' },
  },
];

describe('TimelineMemo', () => {
  it('merges as mergeTimeline does, and a second time answers with the caller’s own entries', () => {
    const memo = new TimelineMemo();
    const first = entries();
    const expected = mergeTimeline(first);
    expect(memo.merge(first)).toEqual(expected);
    const again = entries();
    const merged = memo.merge(again);
    expect(merged).toEqual(expected);
    // Rebuilt from this call's objects, not the first call's: what entries carry stays current.
    for (const m of merged) {
      expect(again).toContain(m.lead);
      for (const e of m.entries) expect(again).toContain(e);
    }
    expect(merged[0]?.lead).toBe(again[3]);
  });

  it('merges again when anything it reads changes: a description, a date, the order', () => {
    const memo = new TimelineMemo();
    memo.merge(entries());
    const reworded = entries();
    reworded[1] = { ...reworded[1], description: 'the central bank raised its rate' } as (typeof reworded)[1];
    expect(memo.merge(reworded)).toEqual(mergeTimeline(reworded));
    expect(memo.merge(reworded).filter((m) => m.lead.iso === '2025-11-14')).toHaveLength(2);
    const redated = entries();
    redated[0] = { ...redated[0], iso: '2025-11-13' } as (typeof redated)[0];
    expect(memo.merge(redated)).toEqual(mergeTimeline(redated));
    const reversed = entries().reverse();
    expect(memo.merge(reversed)).toEqual(mergeTimeline(reversed));
    expect(memo.merge([])).toEqual([]);
  });

  it('keeps its keys under the bound, the least recently used dropped first', () => {
    const one = entries();
    const key = JSON.stringify(one.map((e) => [e.source, e.publishedAt, e.iso, e.description])).length;
    const memo = new TimelineMemo(key * 2 + 10);
    for (let i = 0; i < 5; i++) {
      const list = entries().map((e) => ({ ...e, source: `${e.source}${String(i)}` }));
      expect(memo.merge(list)).toEqual(mergeTimeline(list));
      expect(memo.chars).toBeLessThanOrEqual(key * 2 + 10);
    }
    expect(memo.chars).toBeGreaterThan(0);
    // A list longer than the whole bound is merged and not kept.
    const small = new TimelineMemo(10);
    expect(small.merge(entries())).toEqual(mergeTimeline(entries()));
    expect(small.chars).toBe(0);
  });
});
