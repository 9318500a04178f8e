/** Seasons as month ranges: the calendar behind the packs' season words ("next spring", "весной 2026 года"). */
import type { Season, SeasonYear } from '../languages/analysis-cues.ts';
import type { Parts, Ymd } from './date-calendar.ts';

/** A season's months; winter runs from December into the next year. */
const SEASON_MONTHS: Readonly<Record<Season, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 2],
};

/**
 * A season's first and last month. A year written or counted is that year's season (its winter
 * runs into the next); "last" is the latest one over before publication's month, "next" the first
 * one starting after it, "this" the one publication falls in, else the one starting that year.
 * Without a year the months stay bare and the clause's tense picks the year.
 */
export function seasonParts(which: Season, year: SeasonYear | null, pub: Ymd): { from: Parts; to: Parts } {
  const [a, b] = SEASON_MONTHS[which];
  const of = (y: number): { from: Parts; to: Parts } => ({
    from: { year: y, month: a },
    to: { year: b < a ? y + 1 : y, month: b },
  });
  if (year === null) return { from: { month: a }, to: { month: b } };
  if ('year' in year) return of(year.year);
  if ('yearOffset' in year) return of(pub.y + year.yearOffset);
  const now = pub.y * 12 + pub.m;
  const startOf = (y: number): number => y * 12 + a;
  const endOf = (y: number): number => (b < a ? y + 1 : y) * 12 + b;
  const years = [pub.y - 2, pub.y - 1, pub.y, pub.y + 1];
  if (year.which === 'last') return of(years.filter((y) => endOf(y) < now).pop() ?? pub.y - 1);
  if (year.which === 'next') return of(years.find((y) => startOf(y) > now) ?? pub.y + 1);
  return of(years.find((y) => startOf(y) <= now && now <= endOf(y)) ?? pub.y);
}
