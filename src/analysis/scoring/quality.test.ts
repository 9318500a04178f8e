import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { GoldArticle } from '../types.ts';
import { HELD_OUT_DIR, loadGoldArticles, STORY_GOLD_DIR } from './load-gold.ts';
import { KINDS, scoreArticle, summarise, type Kind } from './score.ts';

type Floors = Record<Kind, { precision: number; recall: number }>;

/**
 * Quality floors over the development set (test/fixtures/story-gold), the articles the rules are tuned
 * on. Set about 0.02 below what the analyser reaches (node --import tsx src/analysis/scoring/report.ts
 * prints the figures and the misses); raise them as it improves — never lower them to make CI pass.
 * They are re-based only when the set itself grows: 050–061 (session 6, dense in issue 13's error
 * classes, first scored untuned: quotes F1 .59, orgs .82) brought them down; session 6's rules then
 * gave people .96, places .94, orgs .96, quotes .92, events .98 over all 62. Session 7 promoted the
 * first held-out batch (h19–h36 → 062–079, their misses now read) into this set: over all 80, people
 * .94, places .93, orgs .92, quotes .88, events .97, equipment .61; session 7's rules then gave
 * people .96, places .95, orgs .97, quotes .93, events .97 (equipment unchanged). Session 8 promoted
 * the second batch (h37–h54 → 080–097): over all 98 with session 7's rules, people .95, places .94,
 * orgs .93, quotes .89, events .95, equipment .57; session 8's rules then gave people .96, places .95,
 * orgs .95, quotes .93, events .98 (equipment unchanged). Session 9 promoted the third batch
 * (h55–h72 → 098–115): over all 116 with session 8's rules, people .95, places .94, orgs .92,
 * quotes .89 (precision .88), events .95 (precision .93), equipment .55; session 9's rules then gave
 * people .95, places .94, orgs .94, quotes .90, events .98 (equipment unchanged).
 * With 20–90 gold items per kind, one lost item costs 0.01–0.05, so a floor of 0.98 means "no
 * regression at all".
 */
const developmentFloors: Floors = {
  people: { precision: 0.94, recall: 0.92 },
  places: { precision: 0.94, recall: 0.9 },
  orgs: { precision: 0.93, recall: 0.91 },
  quotes: { precision: 0.87, recall: 0.88 },
  events: { precision: 0.95, recall: 0.96 },
  equipment: { precision: 0.68, recall: 0.43 },
};

/**
 * Floors over the held-out set (test/fixtures/story-gold/held-out): articles never used to tune the
 * rules, so these say how the rules carry over to unseen copy. Set about 0.03 under what the analyser
 * honestly reaches; never tune a rule on these articles to lift them (report.ts --held-out shows the
 * misses for diagnosis only). With 8–170 gold items per kind one item costs 0.01–0.1. The 18 articles
 * (h19–h36, written in session 5 before the analyser ran on them) read with session 4's rules gave
 * F1 people .81, places .91, orgs .73, quotes .59, events .84, equipment .17 — close to what was
 * measured on real copy, which is what a held-out set is for. After session 5's rules (tuned on the
 * development set only): people .87, places .91, orgs .82, quotes .63, events .89, equipment .17.
 * A second batch (h37–h54, session 6: courts, health, sport, culture, technology as well) read with
 * those same rules: people .91, places .91, orgs .65, quotes .63, events .90, equipment 0; both
 * batches together: people .89, places .91, orgs .75, quotes .63, events .90, equipment .10.
 * After session 6's rules (tuned on the development set only; nobody read these articles' misses):
 * quotes .75 / .72 (.73 together), orgs .82 / .72 (.78), people .89, places .91, events .90.
 * Session 7 moved h19–h36 into the development set (062–079) once their misses were read; h37–h54
 * alone with session 6's rules: people .91, places .91, orgs .72, quotes .72, events .90, equipment 0
 * (one false equipment item, seven missed). A third batch (h55–h72, session 7: live pages and
 * interviews as well; food prices, housing, universities, aviation, strikes, currency, fisheries…)
 * read with session 6's rules: people .89, places .87, orgs .83, quotes .66, events .76,
 * equipment 0; h37–h72 together: people .90, places .89, orgs .78, quotes .69, events .82.
 * Session 7's rules (tuned on the development set only) moved them little: people .90, places .90,
 * orgs .79, quotes .70, events .82 — the gap between tuned and unseen copy is the issue's problem.
 * Session 8 moved h37–h54 into the development set (080–097) to read their misses; h55–h72 alone with
 * session 7's rules: people .90, places .87, orgs .82, quotes .68, events .76. A fresh batch (h73–h90,
 * session 8: wire, council and court reports, sport, earnings, debates, features, an explainer) read
 * with session 7's rules: people .90, places .89, orgs .71, quotes .69, events .79, equipment .75;
 * h55–h90 together: people .90, places .88, orgs .77, quotes .68, events .77. Session 8's rules (tuned
 * on the development set, 080–097's misses read for the first time): people .91, places .89, orgs .78,
 * quotes .70, events .79 — again two points where the development set gained four.
 * Session 9 moved h55–h72 into the development set (098–115); h73–h90 alone with session 8's rules:
 * people .90, places .89, orgs .72 (recall .63), quotes .70, events .80. A fresh batch (h91–h108,
 * session 9: visit readouts, agency digests, election nights, studies, police reports, obituaries,
 * reviews, timetable changes) read with session 8's rules: people .92, places .85, orgs .67,
 * quotes .69, events .84, equipment 0; h73–h108 together: people .91, places .87, orgs .69 (ru .58),
 * quotes .69, events .82. Session 9's rules (tuned on the development set, 098–115's misses read
 * for the first time; a scored speaker choice, organisation shapes, live pages and non-dates):
 * people .91, places .88, orgs .70, quotes .69, events .85 — the speaker work did not carry over.
 */
const heldOutFloors: Partial<Floors> = {
  people: { precision: 0.91, recall: 0.85 },
  places: { precision: 0.91, recall: 0.79 },
  orgs: { precision: 0.78, recall: 0.57 },
  quotes: { precision: 0.64, recall: 0.68 },
  events: { precision: 0.76, recall: 0.88 },
  // Equipment has no held-out floor: the two batches hold four equipment items in all, too few for a
  // floor that means anything. The report still prints it.
};

function analyseAll(gold: readonly GoldArticle[]) {
  return gold.map((g) =>
    analyze({ body: g.body, language: g.language, published: g.published, timezone: g.timezone }),
  );
}

function floorsHold(gold: readonly GoldArticle[], floors: Partial<Floors>): void {
  const predicted = analyseAll(gold);
  const summary = summarise(gold.map((g, i) => scoreArticle(g.gold, predicted[i]!)));
  it.each(KINDS.filter((k) => floors[k]))('%s stays above its precision and recall floors', (kind) => {
    const floor = floors[kind]!;
    expect(summary[kind].precision, `${kind} precision`).toBeGreaterThanOrEqual(floor.precision);
    expect(summary[kind].recall, `${kind} recall`).toBeGreaterThanOrEqual(floor.recall);
  });
}

describe('story intelligence quality against the annotated development articles', () => {
  const gold = loadGoldArticles(STORY_GOLD_DIR);

  it('reads at least 50 annotated articles, sixteen or more per language', () => {
    expect(gold.length).toBeGreaterThanOrEqual(50);
    for (const l of ['en', 'ru', 'az'])
      expect(gold.filter((g) => g.language === l).length, l).toBeGreaterThanOrEqual(16);
  });

  floorsHold(gold, developmentFloors);

  it('reads the seed exactly as annotated, uncertain items aside', () => {
    const seed = gold.find((g) => g.id === 'seed')!;
    const counts = scoreArticle(seed.gold, analyseAll([seed])[0]!);
    for (const kind of KINDS) expect(counts[kind], kind).toMatchObject({ fp: 0, fn: 0 });
  });
});

describe('story intelligence quality against the held-out articles', () => {
  const gold = loadGoldArticles(HELD_OUT_DIR);

  it('reads at least 36 held-out articles, twelve per language', () => {
    expect(gold.length).toBeGreaterThanOrEqual(36);
    for (const l of ['en', 'ru', 'az'])
      expect(gold.filter((g) => g.language === l).length, l).toBeGreaterThanOrEqual(12);
  });

  floorsHold(gold, heldOutFloors);
});
