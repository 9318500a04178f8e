import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../analysis/types.ts';
import { ReaderViewMemo, type ReaderViewSource } from './reader-view-memo.ts';

const base: ReaderViewSource = {
  mode: 'review',
  stamp: 'hash-1 2025-11-21T08:00:00.000Z|c1',
  approved: new Set(['place:kyiv', 'person:mikhail-galuzin']),
  hidden: false,
  body: 'Moscow expressed regret.',
  version: null,
};

/** A view that names its computation, so a test sees which one it got. */
const viewNamed = (n: number): AnalysisResult => ({
  people: [{ name: `person ${String(n)}`, role: null, mentions: [], confidence: 90 }],
  places: [],
  orgs: [],
  quotes: [],
  events: [],
  equipment: [],
});

describe('ReaderViewMemo', () => {
  it('computes once for the same inputs, and again whenever any input changes', () => {
    const memo = new ReaderViewMemo();
    let computed = 0;
    const get = (inputs: ReaderViewSource) => memo.view('a1', inputs, () => viewNamed(++computed));
    const first = get(base);
    // Equal inputs read again from the database (new objects, same content): no new computation.
    expect(get({ ...base, approved: new Set(['person:mikhail-galuzin', 'place:kyiv']) })).toBe(first);
    expect(get({ ...base, body: ['Moscow expressed', 'regret.'].join(' ') })).toBe(first);
    expect(computed).toBe(1);
    const changes: Partial<ReaderViewSource>[] = [
      { mode: 'auto' },
      { stamp: 'hash-2 2025-11-21T09:00:00.000Z|c1' },
      { stamp: '' },
      { stamp: 'hash-1 2025-11-21T08:00:00.000Z|' },
      { approved: new Set(['place:kyiv']) },
      { hidden: true },
      { body: 'Moscow expressed sincere regret.' },
    ];
    for (const [i, change] of changes.entries()) {
      const view = get({ ...base, ...change });
      expect(view?.people[0]?.name).toBe(`person ${String(2 * i + 2)}`);
      // And back: the original inputs are computed afresh (one entry per article).
      expect(get(base)?.people[0]?.name).toBe(`person ${String(2 * i + 3)}`);
    }
  });

  it('knows a stored text by its version, and a given text only by the text itself', () => {
    const memo = new ReaderViewMemo();
    const { body: _b, ...key } = base;
    // Remembered from a given text (a preview's, say): no version names it.
    memo.view('a1', base, () => viewNamed(1));
    expect(memo.known('a1', { ...key, body: null, version: 7 })).toBeUndefined();
    expect(memo.known('a1', { ...key, body: base.body, version: null })?.people[0]?.name).toBe('person 1');
    // The stored row at version 7 has that very text: the view stands, now found by the version too.
    expect(memo.view('a1', { ...base, version: 7 }, () => viewNamed(2))?.people[0]?.name).toBe('person 1');
    expect(memo.known('a1', { ...key, body: null, version: 7 })?.people[0]?.name).toBe('person 1');
    // A row with another text at version 8 is computed afresh; version 7 no longer finds it.
    memo.view('a1', { ...base, body: 'Changed.', version: 8 }, () => viewNamed(2));
    expect(memo.known('a1', { ...key, body: null, version: 8 })?.people[0]?.name).toBe('person 2');
    expect(memo.known('a1', { ...key, body: null, version: 7 })).toBeUndefined();
    expect(memo.known('a1', { ...key, body: null, version: null })).toBeUndefined();
    // Every other part of the key still counts.
    expect(memo.known('a1', { ...key, stamp: 'other', body: null, version: 8 })).toBeUndefined();
    expect(memo.known('a1', { ...key, hidden: true, body: null, version: 8 })).toBeUndefined();
  });

  it('keeps articles apart and remembers "nothing to show" too', () => {
    const memo = new ReaderViewMemo();
    let computed = 0;
    expect(memo.view('a1', base, () => (computed++, null))).toBeNull();
    expect(memo.view('a1', base, () => (computed++, viewNamed(1)))).toBeNull();
    expect(memo.known('a1', base)).toBeNull();
    expect(memo.known('a2', base)).toBeUndefined();
    expect(memo.view('a2', base, () => (computed++, viewNamed(2)))?.people[0]?.name).toBe('person 2');
    expect(computed).toBe(2);
  });

  it('hands out read-only views, so no request can change what the next one gets', () => {
    const memo = new ReaderViewMemo();
    const view = memo.view('a1', base, () => viewNamed(1));
    expect(() => view?.people.push(viewNamed(2).people[0]!)).toThrow(TypeError);
    expect(() => {
      if (view?.people[0]) view.people[0].name = 'someone else';
    }).toThrow(TypeError);
  });

  it('holds at most its bound in bytes, dropping the article used longest ago', () => {
    const text = 'x'.repeat(1000);
    const memo = new ReaderViewMemo(6000);
    let computed = 0;
    const get = (id: string) => memo.view(id, { ...base, body: text }, () => viewNamed(++computed), 100);
    get('a1');
    get('a2');
    get('a3');
    expect(memo.size).toBe(2);
    expect(memo.bytes).toBeLessThanOrEqual(6000);
    get('a3');
    get('a2');
    expect(computed).toBe(3);
    get('a1');
    expect(computed).toBe(4);
    // A view larger than the whole bound is computed but never kept.
    memo.view('big', { ...base, body: 'y'.repeat(5000) }, () => viewNamed(++computed));
    expect(memo.known('big', base)).toBeUndefined();
    expect(memo.bytes).toBeLessThanOrEqual(6000);
  });
});
