/**
 * Calendar arithmetic for dated events, on plain dates (UTC, no zones involved): a date's parts,
 * the year of a day and month written without one, the weekday meant by the tense.
 */

export interface Parts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}
export const pad = (n: number): string => String(n).padStart(2, '0');
export const ymdString = (x: Ymd): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
export const toUtc = (x: Ymd): Date => new Date(Date.UTC(x.y, x.m - 1, x.d));
const fromUtc = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
export const addDays = (x: Ymd, n: number): Ymd => fromUtc(new Date(toUtc(x).getTime() + n * 86_400_000));
export const partsOfYmd = (x: Ymd): Parts => ({ year: x.y, month: x.m, day: x.d });
const compareMd = (am: number, ad: number, bm: number, bd: number): number => (am - bm) * 100 + (ad - bd);

/** 'present' is a non-past verb with no future marker ("takes over", "проводит"): the nearest date. */
export type Tense = 'past' | 'future' | 'present';

/** A month/day without a year: the most recent past occurrence, the next one in the future tense, the nearest one in the present. */
export function inferYear(month: number, day: number, pub: Ymd, tense: Tense): number {
  const c = compareMd(month, day, pub.m, pub.d);
  if (tense === 'future') return c < 0 ? pub.y + 1 : pub.y;
  if (tense === 'present') {
    const here = toUtc({ y: pub.y, m: month, d: day }).getTime();
    const other = toUtc({ y: c < 0 ? pub.y + 1 : pub.y - 1, m: month, d: day }).getTime();
    const now = toUtc(pub).getTime();
    return Math.abs(here - now) <= Math.abs(other - now) ? pub.y : c < 0 ? pub.y + 1 : pub.y - 1;
  }
  return c > 0 ? pub.y - 1 : pub.y;
}

/** A weekday: the publication day if it matches, else the last one (past) or the next one (future, present). */
export function resolveWeekday(weekday: number, pub: Ymd, tense: Tense, modifier: string | null): Ymd {
  const pubWd = toUtc(pub).getUTCDay();
  const back = (pubWd - weekday + 7) % 7;
  const forward = (weekday - pubWd + 7) % 7;
  if (modifier === 'last' || modifier === 'past' || modifier === 'previous')
    return addDays(pub, -(back === 0 ? 7 : back));
  if (modifier === 'next') return addDays(pub, forward === 0 ? 7 : forward);
  if (back === 0) return pub;
  return tense === 'past' ? addDays(pub, -back) : addDays(pub, forward);
}

export function resolveDate(p: Parts, pub: Ymd, tense: Tense, modifier: string | null): string | null {
  if (p.month !== undefined && p.day !== undefined) {
    const y = p.year ?? inferYear(p.month, p.day, pub, tense);
    return ymdString({ y, m: p.month, d: p.day });
  }
  if (p.weekday !== undefined) return ymdString(resolveWeekday(p.weekday, pub, tense, modifier));
  if (p.month !== undefined) {
    const y = p.year ?? inferYear(p.month, 15, { ...pub, d: 15 }, tense);
    return `${y}-${pad(p.month)}`;
  }
  if (p.year !== undefined) return String(p.year);
  return null;
}
