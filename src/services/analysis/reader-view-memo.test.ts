import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../analysis/types.ts';
import { ReaderViewMemo, type ReaderViewInputs } from './reader-view-memo.ts';

const base: ReaderViewInputs = {
  mode: 'review',
  result: '{"people":[]}',
  corrections: [{ op: 'add', kind: 'place', item: { name: 'Kyiv' } }],
  approved: new Set(['place:kyiv', 'person:mikhail-galuzin']),
  hidden: false,
  body: 'Moscow expressed regret.',
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
    const get = (inputs: ReaderViewInputs) => memo.view('a1', inputs, () => viewNamed(++computed));
    const first = get(base);
    // Equal inputs read again from the database (new objects, same content): no new computation.
    expect(get({ ...base, approved: new Set(['person:mikhail-galuzin', 'place:kyiv']) })).toBe(first);
    expect(get({ ...base, corrections: [{ op: 'add', kind: 'place', item: { name: 'Kyiv' } }] })).toBe(first);
    expect(computed).toBe(1);
    const changes: Partial<ReaderViewInputs>[] = [
      { mode: 'auto' },
      { result: '{"people":[],"places":[]}' },
      { result: null },
      { corrections: [] },
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

  it('keeps articles apart and remembers "nothing to show" too', () => {
    const memo = new ReaderViewMemo();
    let computed = 0;
    expect(memo.view('a1', base, () => (computed++, null))).toBeNull();
    expect(memo.view('a1', base, () => (computed++, viewNamed(1)))).toBeNull();
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

  it('holds at most its bound, dropping the article used longest ago', () => {
    const memo = new ReaderViewMemo(2);
    let computed = 0;
    const get = (id: string) => memo.view(id, base, () => viewNamed(++computed));
    get('a1');
    get('a2');
    get('a3');
    expect(memo.size).toBe(2);
    get('a3');
    get('a2');
    expect(computed).toBe(3);
    get('a1');
    expect(computed).toBe(4);
  });
});
