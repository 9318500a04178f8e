import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import type { AnalysisResult, GoldArticle } from './types.ts';
import seedJson from '../../test/fixtures/story-gold/seed.json' with { type: 'json' };

type Uncertain = { uncertain?: boolean };
const seed = seedJson as unknown as GoldArticle;
const gold = seed.gold;
const certain = <T>(items: readonly T[]): T[] => items.filter((x) => !(x as Uncertain).uncertain);
const uncertain = <T>(items: readonly T[]): T[] => items.filter((x) => (x as Uncertain).uncertain === true);
const byName = <T extends { name: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => a.name.localeCompare(b.name));

describe('analyze: the seed article', () => {
  const result: AnalysisResult = analyze({
    body: seed.body,
    language: seed.language,
    published: seed.published,
    timezone: seed.timezone,
  });

  it('finds exactly the people, with roles as written', () => {
    expect(byName(result.people).map((p) => ({ name: p.name, role: p.role }))).toEqual(
      byName(gold.people).map((p) => ({ name: p.name, role: p.role })),
    );
    const galuzin = result.people.find((p) => p.name === 'Mikhail Galuzin');
    expect(galuzin?.mentions).toContain('Galuzin');
  });

  it('finds exactly the places, with type and via', () => {
    const pick = (xs: AnalysisResult['places']) =>
      byName(xs).map((p) => ({ name: p.name, type: p.type, via: p.via }));
    expect(pick(result.places)).toEqual(pick(gold.places));
    expect(result.places.find((p) => p.name === 'Armenia')?.mentions).toEqual(['Azerbaijan-Armenia']);
  });

  it('finds the certain organisations and nothing outside the gold', () => {
    const names = result.orgs.map((o) => o.name);
    for (const o of certain(gold.orgs)) expect(names).toContain(o.name);
    const allowed = new Set(gold.orgs.map((o) => o.name));
    for (const n of names) expect(allowed.has(n)).toBe(true);
    expect(result.orgs.find((o) => o.name === 'Russian Foreign Ministry')?.mentions).toEqual([
      'Russian Foreign Ministry',
      'the ministry',
    ]);
  });

  it('finds every certain quote with its exact span, speaker and kind', () => {
    const pick = (q: { start: number; end: number; speaker: string | null; kind: string }) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      kind: q.kind,
    });
    for (const g of certain(gold.quotes)) {
      expect(result.quotes.map(pick)).toContainEqual(pick(g));
    }
    // Uncertain quotes are optional, but when produced they carry the gold values.
    for (const g of uncertain(gold.quotes)) {
      const ours = result.quotes.find((q) => q.start === g.start && q.end === g.end);
      if (ours) expect(pick(ours)).toEqual(pick(g));
    }
    expect(result.quotes).toHaveLength(gold.quotes.length);
    const statement = result.quotes.find((q) => q.start === 550);
    expect(statement?.attribution).toBe('the statement said');
    expect(statement?.text8).toBe('The Russian side expresses sincere regret over what');
    expect(statement?.full_text).toBe(seed.body.slice(550, 892));
  });

  it('finds all events with exact expression, start and iso, and a description from the sentence', () => {
    const pick = (e: { expression: string; start: number; iso: string }) => ({
      expression: e.expression,
      start: e.start,
      iso: e.iso,
    });
    expect(result.events.map(pick)).toEqual(gold.events.map(pick));
    expect(result.events.map((e) => e.kind)).toEqual(gold.events.map((e) => e.kind));
    for (const e of result.events) {
      expect(e.description.length).toBeGreaterThan(0);
      expect(e.description.length).toBeLessThanOrEqual(80);
      // Every word of the description comes from the event's paragraph (where its sentence is).
      const from = seed.body.lastIndexOf('\n', e.start);
      const to = seed.body.indexOf('\n', e.start);
      const paragraph = seed.body.slice(from + 1, to < 0 ? undefined : to);
      for (const w of e.description.split(/\s+/)) expect(paragraph).toContain(w);
    }
  });

  it('finds exactly the equipment', () => {
    expect(byName(result.equipment).map((e) => e.name)).toEqual(byName(gold.equipment).map((e) => e.name));
    expect(result.equipment.find((e) => e.name === 'air defense systems')?.mentions).toEqual([
      'Ukrainian air defense systems',
      'air defense systems',
    ]);
  });
});
