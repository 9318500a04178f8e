/**
 * A story's timeline: the dated events of its articles, each event once. Articles on the same
 * story report the same events in their own words ("Azerbaijani Foreign Ministry summoned
 * Russian Ambassador Mikhail Yevdokimov" / "Azerbaijan’s Foreign Ministry summoned Russia’s
 * ambassador"), so entries of different articles are one event when their dates agree and their
 * descriptions share telling words — words common to the whole story ("Azerbaijan") tell little
 * and weigh little. Entries of one article are never merged: the analyser already read them as
 * different events. Pure.
 */
import { itemAt } from './item-at.ts';

export interface TimelineInput {
  iso: string;
  description: string;
  /** Which article reports it. */
  source: string;
  /** When that article was published (ms): the first report leads. */
  publishedAt: number;
}

/**
 * Same date: share this much of the telling words to be one event — less when each of the two
 * articles reports only one event that day (then they most likely tell the same one).
 */
const SAME_DAY_SIMILARITY = 0.3;
const ONLY_EVENT_THAT_DAY_SIMILARITY = 0.15;
/** A year or month and a day inside it: the descriptions must agree more. */
const COARSER_SIMILARITY = 0.35;

const STOP = new Set([
  'with',
  'that',
  'this',
  'from',
  'have',
  'been',
  'were',
  'said',
  'also',
  'over',
  'into',
  'after',
  'their',
  'которые',
  'было',
  'были',
  'также',
  'həmçinin',
  'olan',
  'olub',
]);

/** Content words cut to a crude stem (first five letters), so inflections and possessives meet. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]{4,}/gu)) {
    if (!STOP.has(m[0])) out.add(m[0].slice(0, 5));
  }
  return out;
}

/** The date part of an iso value, and whether it has a time ("2025-11-14T01:00"). */
const dateOf = (iso: string): string => {
  const slash = iso.indexOf('/');
  return (slash < 0 ? iso : iso.slice(0, slash)).slice(0, 10);
};
const hasTime = (iso: string): boolean => !iso.includes('/') && iso.includes('T');

function relation(a: string, b: string): 'same' | 'same-time' | 'coarser' | null {
  if (a === b) return hasTime(a) ? 'same-time' : 'same';
  if (a.includes('/') || b.includes('/')) return null;
  // A year or month and a day in it, or a day and an hour of it.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length <= 10 && long.startsWith(short) ? 'coarser' : null;
}

export interface Merged<T extends TimelineInput> {
  /** The entry shown: the most precise date, then the first report. */
  lead: T;
  /** Every entry that tells this event (the lead included). */
  entries: T[];
}

/** Each event once, in calendar order. */
export function mergeTimeline<T extends TimelineInput>(entries: readonly T[]): Merged<T>[] {
  const bags = entries.map((e) => words(e.description));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  const n = entries.length;
  // Words in most entries of the story ("Azerbaijan", "Russia") tell little and weigh little.
  const weight = (w: string): number => Math.log((n + 1) / (df.get(w) ?? 1));
  const perDay = new Map<string, number>();
  for (const e of entries) perDay.set(`${e.source}|${e.iso}`, (perDay.get(`${e.source}|${e.iso}`) ?? 0) + 1);
  const alone = (e: T): boolean => perDay.get(`${e.source}|${e.iso}`) === 1;
  const mass = (b: Set<string>): number => [...b].reduce((s, w) => s + weight(w), 0);
  const similarity = (a: Set<string>, b: Set<string>): number => {
    let shared = 0;
    for (const w of a) if (b.has(w)) shared += weight(w);
    const m = Math.min(mass(a), mass(b));
    return m > 0 ? shared / m : 0;
  };

  // Articles in the order they were published; each one's entries join the events already
  // listed, the best-matching pairs first, at most one entry of an article per event.
  const bySource = new Map<string, { e: T; bag: Set<string> }[]>();
  entries
    .map((e, i) => ({ e, bag: itemAt(bags, i) }))
    .sort((x, y) => x.e.publishedAt - y.e.publishedAt)
    .forEach((x) => bySource.set(x.e.source, [...(bySource.get(x.e.source) ?? []), x]));
  const groups: { items: { e: T; bag: Set<string> }[] }[] = [];
  for (const items of bySource.values()) {
    const pairs: { item: (typeof items)[number]; g: (typeof groups)[number]; score: number }[] = [];
    for (const item of items) {
      for (const g of groups) {
        let score = 0;
        for (const x of g.items) {
          const r = relation(x.e.iso, item.e.iso);
          if (r === null) continue;
          const sim = r === 'same-time' ? 1 : similarity(x.bag, item.bag);
          const needed =
            r === 'coarser'
              ? COARSER_SIMILARITY
              : alone(x.e) && alone(item.e)
                ? ONLY_EVENT_THAT_DAY_SIMILARITY
                : SAME_DAY_SIMILARITY;
          if (sim >= needed) score = Math.max(score, sim);
        }
        if (score > 0) pairs.push({ item, g, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score);
    const placed = new Set<(typeof items)[number]>();
    const taken = new Set<(typeof groups)[number]>();
    for (const p of pairs) {
      if (placed.has(p.item) || taken.has(p.g)) continue;
      p.g.items.push(p.item);
      placed.add(p.item);
      taken.add(p.g);
    }
    for (const item of items) if (!placed.has(item)) groups.push({ items: [item] });
  }
  return groups
    .map((g) => {
      const es = g.items.map((x) => x.e);
      // The most precise date, then the fuller description, then the first report.
      const sorted = [...es].sort(
        (a, b) =>
          dateOf(b.iso).length - dateOf(a.iso).length ||
          b.iso.length - a.iso.length ||
          b.description.length - a.description.length ||
          a.publishedAt - b.publishedAt,
      );
      const lead = itemAt(sorted, 0); // a group is never empty: it opens with one entry
      return { lead, entries: es };
    })
    .sort((a, b) => a.lead.iso.localeCompare(b.lead.iso) || a.lead.publishedAt - b.lead.publishedAt);
}
