/**
 * Azerbaijani stretches of a year and of days: parts of a year named by its number, by a word
 * counted from publication or by "həmin" (the year named last) — "2028-ci ilin ikinci yarısında",
 * "cari ilin ilk doqquz ayında", "gələn ilin birinci rübündə", "həmin ilin aprelində", "2027-ci ilin
 * sonunadək" — and a clock time running to another day ("bu gün saat 18:00-dan sabah səhər
 * saatlarınadək"). Each pattern is compiled once; each runs once over the body.
 */
import type { RelativeDateSink } from '../analysis-cues.ts';
import { AZ_MONTHS } from './data/calendar.ts';

/** Years counted from publication by the word before "ilin". */
const YEAR_WORDS: Readonly<Record<string, number>> = {
  cari: 0,
  bu: 0,
  gələn: 1,
  növbəti: 1,
  ötən: -1,
  keçən: -1,
};

/** Number words for a count of months ("ilk doqquz ayında"). */
const COUNTS: Readonly<Record<string, number>> = {
  bir: 1,
  iki: 2,
  üç: 3,
  dörd: 4,
  beş: 5,
  altı: 6,
  yeddi: 7,
  səkkiz: 8,
  doqquz: 9,
  on: 10,
  'on bir': 11,
};

/** Ordinals of halves and quarters. */
const ORDINALS: Readonly<Record<string, number>> = {
  ilk: 1,
  birinci: 1,
  i: 1,
  ikinci: 2,
  ii: 2,
  üçüncü: 3,
  iii: 3,
  dördüncü: 4,
  iv: 4,
};

const MONTHS = AZ_MONTHS.join('|');
const YEAR = `(?:((?:19|20)\\d{2})-(?:ci|cı|cu|cü)|([Cc]ari|[Bb]u|[Gg]ələn|[Nn]övbəti|[Öö]tən|[Kk]eçən|[Hh]əmin))\\s+ilin\\s+`;
const PART =
  `(?:(ilk|birinci|ikinci|son|I|II)\\s+yarı(?:sı|sında|sından|sınadək|ında)` +
  `|(ilk|birinci|ikinci|üçüncü|dördüncü|son|I|II|III|IV)\\s+rüb(?:ü|ündə|ündən|ünədək|ününədək)` +
  `|(?:ilk\\s+)?(\\d{1,2}|on bir|bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\\s+ay(?:ı|ında|ının|ından|lıq)` +
  `|(sonunadək|sonuna\\s+qədər|sonunda|sonlarında|sonuna|əvvəlində|əvvəlindən|əvvəllərində|əvvəlinədək)` +
  `|(${MONTHS})\\s*[–—-]\\s*(${MONTHS})\\s+aylar(?:ında|ı|ının|ından)` +
  `|(${MONTHS})(?:ın|in|un|ün)(?:da|də|dan|dən|adək|ədək|a|ə)?)(?![\\p{L}])`;
const YEAR_PART = new RegExp(`(?<![\\p{L}\\d])${YEAR}${PART}`, 'gu');
const EXPLICIT_YEAR = /(?<![\p{L}\d])((?:19|20)\d{2})-(?:ci|cı|cu|cü)\s+il/gu;

/** The months [from, to] a part of a year names, or null. */
function monthsOf(m: RegExpMatchArray): [number, number | null] | null {
  const [, , , half, quarter, count, edge, from, to, month] = m;
  if (half) return (ORDINALS[half.toLowerCase()] ?? 1) === 1 && half !== 'son' ? [1, 6] : [7, 12];
  if (quarter) {
    const q = quarter === 'son' ? 4 : (ORDINALS[quarter.toLowerCase()] ?? 1);
    return [3 * q - 2, 3 * q];
  }
  if (count) {
    const n = /^\d+$/u.test(count) ? Number(count) : (COUNTS[count] ?? 0);
    return n >= 1 && n <= 12 ? [1, n] : null;
  }
  // "ilin sonunadək" is its last month; "ilin əvvəlində" its first.
  if (edge) return edge.startsWith('son') ? [12, null] : [1, null];
  if (from && to) return [AZ_MONTHS.indexOf(from) + 1, AZ_MONTHS.indexOf(to) + 1];
  if (month) return [AZ_MONTHS.indexOf(month) + 1, null];
  return null;
}

/** The last year written by its number before offset ("2024-cü ildə … Həmin ilin aprelində"). */
function yearBefore(
  body: string,
  offset: number,
  years: readonly { at: number; year: number }[],
): number | null {
  let found: number | null = null;
  for (const y of years) if (y.at < offset) found = y.year;
  return found;
}

/** Parts of a year; returns the spans taken, so that a bare "gələn ilin" is not read again. */
export function azYearParts(body: string, emit: RelativeDateSink): { start: number; end: number }[] {
  const taken: { start: number; end: number }[] = [];
  const years = [...body.matchAll(EXPLICIT_YEAR)].map((m) => ({ at: m.index, year: Number(m[1]) }));
  for (const m of body.matchAll(YEAR_PART)) {
    const months = monthsOf(m);
    if (!months) continue;
    const [a, b] = months;
    const word = (m[2] ?? '').toLocaleLowerCase('az');
    const explicit = m[1] ? Number(m[1]) : word === 'həmin' ? yearBefore(body, m.index, years) : null;
    // "2027-ci ilin martında" is read by the month parsers; only parts of it are read here.
    if (m[1] && b === null && m[9]) continue;
    if (explicit !== null) {
      emit.span(
        m.index,
        m[0],
        { year: explicit, month: a },
        b === null ? null : { year: explicit, month: b },
        false,
      );
    } else {
      const offset = YEAR_WORDS[word];
      if (offset === undefined) continue;
      emit.relativeSpan(
        m.index,
        m[0],
        { yearOffset: offset, month: a },
        b === null ? null : { yearOffset: offset, month: b },
      );
    }
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  // "ilin sonunadək" with no year before it: this year's end.
  for (const m of body.matchAll(BARE_YEAR_END)) {
    if (taken.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue;
    emit.relativeSpan(m.index, m[0], { yearOffset: 0, month: 12 }, null);
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  return taken;
}

const BARE_YEAR_END = /(?<![\p{L}\d-])[İi]lin\s+(?:sonunadək|sonuna\s+qədər|sonunda)(?![\p{L}])/gu;

const DAY_WORDS: Readonly<Record<string, number>> = { 'bu gün': 0, bugün: 0, sabah: 1, dünən: -1 };
const DAY = '(bu\\s+gün|bugün|sabah|dünən)';
const UNTIL = '(?:dək|ədək|adək|nədək|nadək|yədək|yadək|a|ə|ya|yə|na|nə|cən)';
/** "bu gün saat 18:00-dan sabah səhər saatlarınadək", "sabah saat 10:00-dan 16:00-dək". */
const DAY_TIME_RANGE = new RegExp(
  `(?<![\\p{L}])(?:${DAY}\\s+)?saat\\s+(\\d{1,2})[:.](\\d{2})-(?:dan|dən)\\s+(?:${DAY}\\s+)?` +
    `(?:(?:səhər|axşam|gecə|günorta)\\s+saatlarına(?:dək|qədər)|(?:saat\\s+)?(\\d{1,2})[:.](\\d{2})-${UNTIL})(?![\\p{L}])`,
  'giu',
);

/** A clock time running to another time or day, when a day word says which days. */
export function azDayTimeRanges(body: string, emit: RelativeDateSink): { start: number; end: number }[] {
  const taken: { start: number; end: number }[] = [];
  for (const m of body.matchAll(DAY_TIME_RANGE)) {
    const [, day1, h1, min1, day2, h2, min2] = m;
    if (!day1 && !day2) continue;
    const fromDay = DAY_WORDS[(day1 ?? 'bu gün').toLocaleLowerCase('az').replace(/\s+/gu, ' ')] ?? 0;
    const toDay = day2 ? (DAY_WORDS[day2.toLocaleLowerCase('az').replace(/\s+/gu, ' ')] ?? fromDay) : fromDay;
    emit.relativeSpan(
      m.index,
      m[0],
      { dayOffset: fromDay, hour: Number(h1), minute: Number(min1) },
      h2 ? { dayOffset: toDay, hour: Number(h2), minute: Number(min2) } : { dayOffset: toDay },
    );
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  return taken;
}
