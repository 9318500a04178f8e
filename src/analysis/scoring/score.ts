/**
 * Scores an analysis against hand annotations (test/fixtures/story-gold/FORMAT.md).
 * Pure functions, no I/O.
 *
 * Matching rules, per kind:
 * - people, places, orgs, equipment: the `name`s are equal after `normaliseName` (case, possessive
 *   's / ’s, punctuation and whitespace). Only names are compared: `mentions`, `role`, `type` and `via`
 *   are not, so a prediction named "OSCE" does not match a gold item named
 *   "Organization for Security and Co-operation in Europe" that lists "OSCE" among its mentions.
 * - quotes: the spans [start, end) overlap and the speakers match (`speakersMatch`).
 * - events: the expression spans [start, start + expression.length) overlap and `iso` is equal.
 *
 * Predictions are taken in order; each one claims the first gold item it matches that is not
 * already claimed, so each gold item is matched at most once. A claimed certain gold item is a true
 * positive; a prediction that claims nothing is a false positive; an unclaimed certain gold item is a
 * false negative.
 *
 * Gold items marked `uncertain: true` are judgement calls. By default they are left out of both
 * sides: never required (no false negative) and a prediction that claims one is neither a true nor a
 * false positive. Certain gold items are claimed before uncertain ones. With
 * `{ includeUncertain: true }` every gold item counts alike, in gold order.
 */
import type { AnalysisResult, EventFact, QuoteFact } from '../types.ts';

export type Kind = 'people' | 'places' | 'orgs' | 'quotes' | 'events' | 'equipment';
export const KINDS: readonly Kind[] = ['people', 'places', 'orgs', 'quotes', 'events', 'equipment'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface KindSummary extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreOptions {
  /** Count gold items marked `uncertain: true` like any other. Default false. */
  includeUncertain?: boolean;
}

type ItemOf<K extends Kind> = AnalysisResult[K][number];

export interface KindDiff<T> {
  /** Certain (or, with includeUncertain, any) gold items found: true positives. */
  matched: { gold: T; predicted: T }[];
  /** Uncertain gold items found while they are excluded: counted neither way. */
  ignored: { gold: T; predicted: T }[];
  /** Gold items not found: false negatives. */
  missed: T[];
  /** Predictions that match no gold item: false positives. */
  spurious: T[];
}

export type ArticleDiff = { [K in Kind]: KindDiff<ItemOf<K>> };

const POSSESSIVE = /['’‘`ʼ]s(?![\p{L}\p{N}])/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * Lower case, possessive 's / ’s dropped, punctuation and symbols removed, whitespace collapsed:
 * "Azerbaijan’s" → "azerbaijan", "Co-operation" → "cooperation", "U.S." → "us".
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u0307/g, '') // "İ".toLowerCase() is "i" + combining dot above
    .replace(POSSESSIVE, '')
    .replace(PUNCTUATION, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The forms a speaker may be named by: "Moscow (Russia)" → the whole, "Moscow" and "Russia". */
function speakerForms(speaker: string): Set<string> {
  const forms = new Set([normaliseName(speaker)]);
  const m = /^(.*?)\(([^()]*)\)\s*$/u.exec(speaker);
  if (m) {
    forms.add(normaliseName(m[1] ?? ''));
    forms.add(normaliseName(m[2] ?? ''));
  }
  forms.delete('');
  return forms;
}

/**
 * Speakers match when both are null, or when a normalised form of one equals a normalised form of
 * the other; a speaker written "Before (Inside)" also stands for "Before" and for "Inside".
 */
export function speakersMatch(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = speakerForms(gold);
  for (const form of speakerForms(predicted)) if (g.has(form)) return true;
  return false;
}

/** Half-open spans [aStart, aEnd) and [bStart, bEnd) share at least one code unit. */
export function spansOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

function namesMatch(g: { name: string }, p: { name: string }): boolean {
  const n = normaliseName(g.name);
  return n !== '' && n === normaliseName(p.name);
}

function quotesMatch(g: QuoteFact, p: QuoteFact): boolean {
  return spansOverlap(g.start, g.end, p.start, p.end) && speakersMatch(g.speaker, p.speaker);
}

function eventsMatch(g: EventFact, p: EventFact): boolean {
  return (
    spansOverlap(g.start, g.start + g.expression.length, p.start, p.start + p.expression.length) &&
    g.iso.trim() === p.iso.trim()
  );
}

function isUncertain(item: object): boolean {
  return (item as { uncertain?: unknown }).uncertain === true;
}

function matchItems<T extends object>(
  gold: readonly T[],
  predicted: readonly T[],
  same: (g: T, p: T) => boolean,
  includeUncertain: boolean,
): KindDiff<T> {
  const excluded = gold.map((g) => !includeUncertain && isUncertain(g));
  const claimed = gold.map(() => false);
  const diff: KindDiff<T> = { matched: [], ignored: [], missed: [], spurious: [] };
  const claim = (p: T, wantExcluded: boolean): boolean => {
    const i = gold.findIndex((g, j) => !claimed[j] && excluded[j] === wantExcluded && same(g, p));
    const g = gold[i];
    if (g === undefined) return false;
    claimed[i] = true;
    (wantExcluded ? diff.ignored : diff.matched).push({ gold: g, predicted: p });
    return true;
  };
  for (const p of predicted) {
    if (!claim(p, false) && !claim(p, true)) diff.spurious.push(p);
  }
  gold.forEach((g, j) => {
    if (!claimed[j] && !excluded[j]) diff.missed.push(g);
  });
  return diff;
}

/** Which gold items each prediction matched, which were missed and which predictions were spurious. */
export function diffArticle(
  gold: AnalysisResult,
  predicted: AnalysisResult,
  opts: ScoreOptions = {},
): ArticleDiff {
  const all = opts.includeUncertain === true;
  return {
    people: matchItems(gold.people, predicted.people, namesMatch, all),
    places: matchItems(gold.places, predicted.places, namesMatch, all),
    orgs: matchItems(gold.orgs, predicted.orgs, namesMatch, all),
    quotes: matchItems(gold.quotes, predicted.quotes, quotesMatch, all),
    events: matchItems(gold.events, predicted.events, eventsMatch, all),
    equipment: matchItems(gold.equipment, predicted.equipment, namesMatch, all),
  };
}

export function emptyCounts(): Record<Kind, Counts> {
  return Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Kind, Counts>;
}

/** True positives, false positives and false negatives per kind for one article. */
export function scoreArticle(
  gold: AnalysisResult,
  predicted: AnalysisResult,
  opts: ScoreOptions = {},
): Record<Kind, Counts> {
  const diff = diffArticle(gold, predicted, opts);
  const counts = emptyCounts();
  for (const k of KINDS) {
    const d: KindDiff<object> = diff[k];
    counts[k] = { tp: d.matched.length, fp: d.spurious.length, fn: d.missed.length };
  }
  return counts;
}

/** Micro-averaged precision, recall and F1 per kind. 0/0 counts as 1 for precision and recall. */
export function summarise(perArticle: readonly Record<Kind, Counts>[]): Record<Kind, KindSummary> {
  const totals = emptyCounts();
  for (const article of perArticle) {
    for (const k of KINDS) {
      totals[k].tp += article[k].tp;
      totals[k].fp += article[k].fp;
      totals[k].fn += article[k].fn;
    }
  }
  const out = {} as Record<Kind, KindSummary>;
  for (const k of KINDS) {
    const { tp, fp, fn } = totals[k];
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[k] = { precision, recall, f1, tp, fp, fn };
  }
  return out;
}

/** A plain-text table: a header, then one row per kind. */
export function formatTable(summary: Record<Kind, KindSummary>): string {
  const header = ['kind', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'];
  const rows = KINDS.map((k) => {
    const s = summary[k];
    return [
      k,
      String(s.tp),
      String(s.fp),
      String(s.fn),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.f1.toFixed(3),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
