import { describe, expect, it } from 'vitest';
import type { AnalysisResult, EventFact, QuoteFact } from '../types.ts';
import { loadGoldArticles, STORY_GOLD_DIR } from './load-gold.ts';
import {
  diffArticle,
  formatTable,
  KINDS,
  normaliseName,
  scoreArticle,
  speakersMatch,
  spansOverlap,
  summarise,
  type Counts,
  type Kind,
} from './score.ts';

const empty = (): AnalysisResult => ({
  people: [],
  places: [],
  orgs: [],
  quotes: [],
  events: [],
  equipment: [],
});
const result = (parts: Partial<AnalysisResult>): AnalysisResult => ({ ...empty(), ...parts });
const person = (name: string, extra: object = {}) => ({ name, role: null, mentions: [name], ...extra });
const org = (name: string, extra: object = {}) => ({ name, mentions: [name], ...extra });
const quote = (start: number, end: number, speaker: string | null, extra: object = {}): QuoteFact => ({
  text8: 'x',
  full_text: 'x',
  speaker,
  attribution: null,
  kind: 'full',
  start,
  end,
  ...extra,
});
const event = (start: number, expression: string, iso: string, extra: object = {}): EventFact => ({
  expression,
  iso,
  description: '',
  kind: 'event',
  start,
  ...extra,
});
const zero: Counts = { tp: 0, fp: 0, fn: 0 };

describe('normaliseName', () => {
  it('drops possessives, straight and curly', () => {
    expect(normaliseName('Azerbaijan’s')).toBe('azerbaijan');
    expect(normaliseName("Georgia's")).toBe('georgia');
    expect(normaliseName('Armed Forces of Ukraine’s')).toBe(normaliseName('Armed Forces of Ukraine'));
  });
  it('ignores case, punctuation and whitespace', () => {
    expect(normaliseName('  News.Az ')).toBe(normaliseName('NEWS.AZ'));
    expect(normaliseName('Co-operation')).toBe(normaliseName('Cooperation'));
    expect(normaliseName('U.S.')).toBe('us');
    expect(normaliseName('Kazakh Grain Exporters’ Union')).toBe(
      normaliseName("Kazakh  Grain Exporters' Union"),
    );
    expect(normaliseName('Mi-8\nhelicopters')).toBe('mi8 helicopters');
  });
  it('keeps letters of other scripts', () => {
    expect(normaliseName('МИД России')).toBe('мид россии');
    expect(normaliseName('Əhmədov')).toBe('əhmədov');
    expect(normaliseName('İlham')).toBe('ilham');
  });
});

describe('name matching', () => {
  it('matches people, places, orgs and equipment by normalised name', () => {
    const gold = result({
      people: [person('Mikhail Galuzin')],
      places: [{ name: 'Azerbaijan', type: 'country', via: 'name', mentions: ['Azerbaijan’s'] }],
      orgs: [org('News.Az')],
      equipment: [org('Patriot missile')],
    });
    const predicted = result({
      people: [person('mikhail galuzin')],
      places: [{ name: 'Azerbaijan’s', type: 'city', via: 'demonym', mentions: [] }],
      orgs: [org('NEWS.AZ')],
      equipment: [org('Patriot Missile')],
    });
    const counts = scoreArticle(gold, predicted);
    for (const k of ['people', 'places', 'orgs', 'equipment'] as const)
      expect(counts[k], k).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('compares names only, not mentions', () => {
    const gold = result({
      orgs: [org('Organization for Security and Co-operation in Europe', { mentions: ['OSCE'] })],
    });
    const predicted = result({ orgs: [org('OSCE')] });
    expect(scoreArticle(gold, predicted).orgs).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('counts false positives and false negatives', () => {
    const gold = result({ people: [person('A'), person('B'), person('C')] });
    const predicted = result({ people: [person('B'), person('D'), person('E')] });
    expect(scoreArticle(gold, predicted).people).toEqual({ tp: 1, fp: 2, fn: 2 });
  });
  it('matches each gold item at most once', () => {
    const gold = result({ people: [person('Anna Keller')] });
    const predicted = result({ people: [person('Anna Keller'), person('anna keller')] });
    expect(scoreArticle(gold, predicted).people).toEqual({ tp: 1, fp: 1, fn: 0 });
    const twice = result({ people: [person('Anna Keller'), person('Anna Keller')] });
    expect(scoreArticle(twice, predicted).people).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('quote matching', () => {
  it('needs overlapping spans', () => {
    expect(spansOverlap(0, 10, 9, 20)).toBe(true);
    expect(spansOverlap(0, 10, 10, 20)).toBe(false);
    expect(spansOverlap(5, 6, 0, 100)).toBe(true);
    const gold = result({ quotes: [quote(100, 200, 'Anna Keller')] });
    expect(scoreArticle(gold, result({ quotes: [quote(190, 250, 'Anna Keller')] })).quotes).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(scoreArticle(gold, result({ quotes: [quote(200, 250, 'Anna Keller')] })).quotes).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });
  it('needs the speaker to match after normalisation', () => {
    const gold = result({ quotes: [quote(0, 50, 'Russian Foreign Ministry')] });
    expect(scoreArticle(gold, result({ quotes: [quote(0, 50, 'russian foreign ministry')] })).quotes.tp).toBe(
      1,
    );
    expect(scoreArticle(gold, result({ quotes: [quote(0, 50, 'Mikhail Galuzin')] })).quotes).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    expect(scoreArticle(gold, result({ quotes: [quote(0, 50, null)] })).quotes).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });
  it('treats null as equal to null only', () => {
    expect(speakersMatch(null, null)).toBe(true);
    expect(speakersMatch(null, 'Moscow')).toBe(false);
    expect(speakersMatch('Moscow', null)).toBe(false);
  });
  it('lets "Moscow (Russia)" match the text before the parenthesis or inside it', () => {
    expect(speakersMatch('Moscow (Russia)', 'Moscow')).toBe(true);
    expect(speakersMatch('Moscow (Russia)', 'Russia')).toBe(true);
    expect(speakersMatch('Moscow (Russia)', 'moscow (russia)')).toBe(true);
    expect(speakersMatch('Moscow (Russia)', 'Kremlin')).toBe(false);
    expect(speakersMatch('Moscow (Russia)', 'Moscow Russia Kremlin')).toBe(false);
    expect(speakersMatch('International Atomic Energy Agency (IAEA)', 'IAEA')).toBe(true);
  });
  it('pairs nested quotes with the right gold span', () => {
    const gold = result({
      quotes: [quote(0, 100, 'Anna Keller'), quote(20, 40, 'Kazakh partners (Kazakhstan)')],
    });
    const predicted = result({ quotes: [quote(21, 39, 'Kazakhstan'), quote(0, 99, 'Anna Keller')] });
    expect(scoreArticle(gold, predicted).quotes).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('event matching', () => {
  const gold = result({ events: [event(128, 'on November 14', '2025-11-14')] });
  it('needs overlapping expressions and equal iso', () => {
    expect(scoreArticle(gold, result({ events: [event(131, 'November 14', '2025-11-14')] })).events.tp).toBe(
      1,
    );
    expect(scoreArticle(gold, result({ events: [event(131, 'November 14', '2025-11')] })).events).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    expect(scoreArticle(gold, result({ events: [event(142, 'x', '2025-11-14')] })).events).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    expect(scoreArticle(gold, result({ events: [event(141, 'x', '2025-11-14')] })).events.tp).toBe(1);
  });
  it('matches repeated expressions greedily, each gold once', () => {
    const two = result({
      events: [event(10, 'on Monday', '2025-11-17'), event(50, 'on Monday', '2025-11-17')],
    });
    const predicted = result({
      events: [
        event(50, 'on Monday', '2025-11-17'),
        event(10, 'on Monday', '2025-11-17'),
        event(50, 'Monday', '2025-11-17'),
      ],
    });
    expect(scoreArticle(two, predicted).events).toEqual({ tp: 2, fp: 1, fn: 0 });
  });
});

describe('uncertain gold items', () => {
  const gold = result({
    orgs: [org('News.Az'), org('3+3 Regional Cooperation Platform', { uncertain: true })],
    events: [event(0, 'around 1 a.m.', '2025-11-14T01:00', { uncertain: true })],
  });
  it('are neither required nor held against a matching prediction by default', () => {
    expect(scoreArticle(gold, result({ orgs: [org('News.Az')] })).orgs).toEqual({ tp: 1, fp: 0, fn: 0 });
    const both = result({ orgs: [org('News.Az'), org('3+3 regional cooperation platform')] });
    expect(scoreArticle(gold, both).orgs).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle(gold, result({ events: [event(3, 'x', '2025-11-14T01:00')] })).events).toEqual(zero);
    expect(scoreArticle(gold, empty()).events).toEqual(zero);
  });
  it('are claimed once: a second prediction matching one is a false positive', () => {
    const dup = result({
      orgs: [org('3+3 Regional Cooperation Platform'), org('3+3 Regional Cooperation Platform')],
    });
    expect(scoreArticle(gold, dup).orgs).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('give way to a certain gold item that the prediction also matches', () => {
    const g = result({ quotes: [quote(0, 10, null, { uncertain: true }), quote(5, 20, null)] });
    expect(scoreArticle(g, result({ quotes: [quote(6, 8, null)] })).quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('count normally with includeUncertain', () => {
    const opts = { includeUncertain: true };
    expect(scoreArticle(gold, result({ orgs: [org('News.Az')] }), opts).orgs).toEqual({
      tp: 1,
      fp: 0,
      fn: 1,
    });
    const both = result({ orgs: [org('News.Az'), org('3+3 regional cooperation platform')] });
    expect(scoreArticle(gold, both, opts).orgs).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(scoreArticle(gold, empty(), opts).events).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('are reported as ignored by diffArticle', () => {
    const d = diffArticle(gold, result({ orgs: [org('3+3 Regional Cooperation Platform'), org('Reuters')] }));
    expect(d.orgs.ignored.map((x) => x.gold.name)).toEqual(['3+3 Regional Cooperation Platform']);
    expect(d.orgs.missed.map((x) => x.name)).toEqual(['News.Az']);
    expect(d.orgs.spurious.map((x) => x.name)).toEqual(['Reuters']);
  });
});

describe('summarise', () => {
  const counts = (c: Partial<Record<Kind, Counts>>): Record<Kind, Counts> =>
    Object.fromEntries(KINDS.map((k) => [k, c[k] ?? zero])) as Record<Kind, Counts>;
  it('micro-averages over articles', () => {
    const s = summarise([
      counts({ people: { tp: 3, fp: 1, fn: 0 } }),
      counts({ people: { tp: 1, fp: 1, fn: 4 } }),
    ]);
    expect(s.people.tp).toBe(4);
    expect(s.people.fp).toBe(2);
    expect(s.people.fn).toBe(4);
    expect(s.people.precision).toBeCloseTo(4 / 6);
    expect(s.people.recall).toBeCloseTo(4 / 8);
    expect(s.people.f1).toBeCloseTo((2 * (4 / 6) * (4 / 8)) / (4 / 6 + 4 / 8));
  });
  it('treats 0/0 as 1 and gives F1 0 when nothing is right', () => {
    const s = summarise([counts({ orgs: { tp: 0, fp: 2, fn: 3 } })]);
    expect(s.places).toEqual({ precision: 1, recall: 1, f1: 1, tp: 0, fp: 0, fn: 0 });
    expect(s.orgs).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 2, fn: 3 });
    expect(summarise([]).quotes.f1).toBe(1);
    const noPredictions = summarise([counts({ events: { tp: 0, fp: 0, fn: 2 } })]);
    expect(noPredictions.events.precision).toBe(1);
    expect(noPredictions.events.recall).toBe(0);
    expect(noPredictions.events.f1).toBe(0);
  });
});

describe('formatTable', () => {
  it('prints a header and one row per kind', () => {
    const table = formatTable(summarise([]));
    const lines = table.split('\n');
    expect(lines).toHaveLength(2 + KINDS.length);
    expect(lines[0]).toMatch(/^kind\s+tp\s+fp\s+fn\s+precision\s+recall\s+f1$/);
    KINDS.forEach((k, i) =>
      expect(lines[i + 2]).toMatch(new RegExp(`^${k}\\s+0\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000$`)),
    );
  });
});

describe('gold against itself', () => {
  const articles = loadGoldArticles(STORY_GOLD_DIR);
  it('gives precision = recall = 1 for every kind on the seed', () => {
    const seed = articles.find((a) => a.id === 'seed');
    expect(seed).toBeDefined();
    if (!seed) return;
    for (const includeUncertain of [false, true]) {
      const s = summarise([scoreArticle(seed.gold, seed.gold, { includeUncertain })]);
      for (const k of KINDS) {
        expect(s[k].precision, k).toBe(1);
        expect(s[k].recall, k).toBe(1);
      }
    }
    expect(scoreArticle(seed.gold, seed.gold).quotes).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(scoreArticle(seed.gold, seed.gold, { includeUncertain: true }).quotes).toEqual({
      tp: 6,
      fp: 0,
      fn: 0,
    });
  });
  it('gives a perfect score on every annotated article', () => {
    for (const includeUncertain of [false, true]) {
      const s = summarise(articles.map((a) => scoreArticle(a.gold, a.gold, { includeUncertain })));
      for (const k of KINDS)
        expect(s[k], `${k} includeUncertain=${includeUncertain}`).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    }
  });
  it('loses recall when nothing is predicted', () => {
    const s = summarise(articles.map((a) => scoreArticle(a.gold, empty())));
    for (const k of KINDS) {
      expect(s[k].precision).toBe(1);
      expect(s[k].recall).toBe(0);
    }
  });
});
