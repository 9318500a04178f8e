import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../types.ts';
import {
  atOrAbove,
  formatGateTable,
  formatLanguageTable,
  gateRows,
  summariseByLanguage,
} from './breakdown.ts';
import { emptyCounts, scoreArticle, type Counts, type Kind } from './score.ts';

const empty = (): AnalysisResult => ({
  people: [],
  places: [],
  orgs: [],
  quotes: [],
  events: [],
  equipment: [],
});
const org = (name: string, confidence?: number) => ({
  name,
  mentions: [name],
  ...(confidence === undefined ? {} : { confidence }),
});
const counts = (parts: Partial<Record<Kind, Counts>>): Record<Kind, Counts> => ({
  ...emptyCounts(),
  ...parts,
});

describe('atOrAbove', () => {
  it('keeps the items at or above the threshold, treating a missing confidence as 0', () => {
    const reading = { ...empty(), orgs: [org('A', 0.9), org('B', 0.75), org('C', 0.7), org('D')] };
    expect(atOrAbove(reading, 0.75).orgs.map((o) => o.name)).toEqual(['A', 'B']);
    expect(atOrAbove(reading, 0.75).people).toEqual([]);
  });

  it('gives gate precision through the ordinary scorer', () => {
    const gold = { ...empty(), orgs: [org('A'), org('C')] };
    const predicted = { ...empty(), orgs: [org('A', 0.9), org('B', 0.8), org('C', 0.5)] };
    expect(scoreArticle(gold, predicted).orgs).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(scoreArticle(gold, atOrAbove(predicted, 0.75)).orgs).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('summariseByLanguage', () => {
  it('micro-averages each language apart, languages sorted', () => {
    const by = summariseByLanguage([
      { language: 'ru', counts: counts({ orgs: { tp: 1, fp: 1, fn: 0 } }) },
      { language: 'en', counts: counts({ orgs: { tp: 3, fp: 0, fn: 1 } }) },
      { language: 'ru', counts: counts({ orgs: { tp: 1, fp: 0, fn: 2 } }) },
    ]);
    expect([...by.keys()]).toEqual(['en', 'ru']);
    expect(by.get('ru')?.orgs).toMatchObject({ tp: 2, fp: 1, fn: 2, precision: 2 / 3, recall: 0.5 });
    expect(by.get('en')?.orgs).toMatchObject({ precision: 1, recall: 0.75 });
  });

  it('prints one column per language and one row per kind', () => {
    const table = formatLanguageTable(
      summariseByLanguage([
        { language: 'az', counts: counts({ people: { tp: 1, fp: 1, fn: 0 } }) },
        { language: 'en', counts: counts({}) },
      ]),
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^kind\s+az \(P R F1\)\s+en \(P R F1\)$/);
    expect(lines).toHaveLength(2 + 6);
    expect(lines[2]).toMatch(/^people\s+0\.50 1\.00 0\.67\s+1\.00 1\.00 1\.00$/);
  });
});

describe('gateRows', () => {
  it('sets the precision and recall of the shown items beside all items, per kind', () => {
    const all = [counts({ people: { tp: 3, fp: 2, fn: 1 } }), counts({ people: { tp: 1, fp: 0, fn: 0 } })];
    const gated = [counts({ people: { tp: 2, fp: 0, fn: 2 } }), counts({ people: { tp: 1, fp: 0, fn: 0 } })];
    const people = gateRows(all, gated).find((r) => r.kind === 'people');
    expect(people).toEqual({
      kind: 'people',
      shown: 3,
      predicted: 6,
      precision: 1,
      precisionAll: 4 / 6,
      recall: 0.6,
    });
    const places = gateRows(all, gated).find((r) => r.kind === 'places');
    expect(places).toMatchObject({ shown: 0, precision: 1, recall: 1 });
  });

  it('prints the threshold in the header', () => {
    const table = formatGateTable(gateRows([counts({})], [counts({})]), 0.75);
    expect(table.split('\n')[0]).toContain('precision ≥0.75');
    expect(table.split('\n')).toHaveLength(8);
  });
});
