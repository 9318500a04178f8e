/**
 * Breakdowns of a scoring run: per language (the targets are per kind AND language) and at
 * the reader-site gate (what readers see in `storyFacts: auto` are the items at or above the
 * confidence threshold, so their precision is what matters for trust). Pure functions, no I/O.
 */
import type { AnalysisResult } from '../types.ts';
import { emptyCounts, KINDS, summarise, type Counts, type Kind, type KindSummary } from './score.ts';

/** One article's counts with the language it is written in. */
export interface ScoredArticle {
  language: string;
  counts: Record<Kind, Counts>;
}

/** The items a reading shows at confidence `min` or above; items without a confidence count as 0. */
export function atOrAbove(result: AnalysisResult, min: number): AnalysisResult {
  const keep = <T extends { confidence?: number }>(items: readonly T[]): T[] =>
    items.filter((i) => (i.confidence ?? 0) >= min);
  return {
    people: keep(result.people),
    places: keep(result.places),
    orgs: keep(result.orgs),
    quotes: keep(result.quotes),
    events: keep(result.events),
    equipment: keep(result.equipment),
  };
}

/** Micro-averaged summaries per language, languages in alphabetical order. */
export function summariseByLanguage(
  scored: readonly ScoredArticle[],
): Map<string, Record<Kind, KindSummary>> {
  const groups = new Map<string, Record<Kind, Counts>[]>();
  for (const s of scored) groups.set(s.language, [...(groups.get(s.language) ?? []), s.counts]);
  return new Map(
    [...groups.keys()].sort().map((language) => [language, summarise(groups.get(language) ?? [])]),
  );
}

const cellWidth = 17;
const cell = (s: KindSummary | undefined): string =>
  s === undefined
    ? '—'.padStart(cellWidth)
    : `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}`.padStart(cellWidth);

/** One row per kind, one column per language, each cell "precision recall F1". */
export function formatLanguageTable(byLanguage: ReadonlyMap<string, Record<Kind, KindSummary>>): string {
  const languages = [...byLanguage.keys()];
  const kindWidth = Math.max(...KINDS.map((k) => k.length));
  const header = [
    'kind'.padEnd(kindWidth),
    ...languages.map((l) => `${l} (P R F1)`.padStart(cellWidth)),
  ].join('  ');
  const rows = KINDS.map((k) =>
    [k.padEnd(kindWidth), ...languages.map((l) => cell(byLanguage.get(l)?.[k]))].join('  '),
  );
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}

export interface GateRow {
  kind: Kind;
  /** Predictions at or above the threshold, and all predictions. */
  shown: number;
  predicted: number;
  /** Precision of the shown items, and of all items. */
  precision: number;
  precisionAll: number;
  /** Share of the gold items that readers see. */
  recall: number;
}

/** Per kind: how many predictions pass the gate and how precise they are, beside all predictions. */
export function gateRows(
  all: readonly Record<Kind, Counts>[],
  gated: readonly Record<Kind, Counts>[],
): GateRow[] {
  const sum = (rows: readonly Record<Kind, Counts>[]): Record<Kind, Counts> => {
    const totals = emptyCounts();
    for (const r of rows) {
      for (const k of KINDS) {
        totals[k].tp += r[k].tp;
        totals[k].fp += r[k].fp;
        totals[k].fn += r[k].fn;
      }
    }
    return totals;
  };
  const a = sum(all);
  const g = sum(gated);
  const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
  return KINDS.map((kind) => ({
    kind,
    shown: g[kind].tp + g[kind].fp,
    predicted: a[kind].tp + a[kind].fp,
    precision: precision(g[kind]),
    precisionAll: precision(a[kind]),
    recall: g[kind].tp + g[kind].fn === 0 ? 1 : g[kind].tp / (g[kind].tp + g[kind].fn),
  }));
}

export function formatGateTable(rows: readonly GateRow[], threshold: number): string {
  const header = [
    'kind',
    'shown',
    'of',
    `precision ≥${threshold.toFixed(2)}`,
    'precision all',
    'recall shown',
  ];
  const body = rows.map((r) => [
    r.kind,
    String(r.shown),
    String(r.predicted),
    r.precision.toFixed(3),
    r.precisionAll.toFixed(3),
    r.recall.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
