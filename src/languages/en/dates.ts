/** English date words the date rules read beyond chrono: calendar units and year expressions. */
import type { RelativeDateSink, Season, YearSink } from '../analysis-cues.ts';
import { EN_MONTHS } from './months.ts';

const SEASON_WORDS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};
/**
 * "next spring", "last winter", "this autumn", "in the summer of 2026", "in spring 2027", "in the
 * spring": a season named as a time. "fall" counts only with a modifier or a year (it is also a
 * noun), and a season word before a noun is an adjective ("winter wheat").
 */
const SEASON =
  /\b(?:(next|last|this|coming|past)\s+(spring|summer|autumn|fall|winter)|(?:(?:in|by|until|during)\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:((?:19|20)\d{2})|(next|last|this)\s+year)|(?:in|during)\s+the\s+(spring|summer|autumn|winter)(?!\s+(?:of\s+)?\p{L}*\d))\b/giu;

/** Emits the seasons in `body` and returns their spans. */
export function enSeasons(body: string, emit: RelativeDateSink): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of body.matchAll(SEASON)) {
    const word = (m[2] ?? m[3] ?? m[6] ?? '').toLowerCase();
    const season = SEASON_WORDS[word];
    if (!season) continue;
    // A modifier or a year goes with a season of any form; "in the fall" alone is a drop.
    // "the end of next summer": its last month; "the start of spring 2026": its first.
    const edgeWord = /\b(end|start|beginning)\s+of\s+$/i.exec(
      body.slice(Math.max(0, m.index - 16), m.index),
    )?.[1];
    const edge = edgeWord ? (edgeWord.toLowerCase() === 'end' ? 'end' : 'start') : undefined;
    if (m[1]) {
      const w = m[1].toLowerCase();
      const which = w === 'last' || w === 'past' ? 'last' : w === 'this' ? 'this' : 'next';
      emit.season(m.index, m[0], season, { which }, edge);
    } else if (m[4]) emit.season(m.index, m[0], season, { year: Number(m[4]) }, edge);
    else if (m[5]) emit.season(m.index, m[0], season, { yearOffset: yearWord(m[5]) }, edge);
    else emit.season(m.index, m[0], season, null, edge);
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** "last week", "next month", "the second half of 2026", "the first quarter of 2025". */
export function enRelativeDates(body: string, emit: RelativeDateSink): void {
  enYearParts(body, emit);
  const seasons = enSeasons(body, emit);
  for (const m of body.matchAll(/\b(last|next|this|previous|coming)\s+(week|month|year)\b/gi)) {
    // "the autumn of next year": read whole as a season.
    if (seasons.some((x) => x.start <= m.index && m.index < x.end)) continue;
    const before = body.slice(Math.max(0, m.index - 20), m.index);
    // "the first nine months of last year": read whole by enYearParts.
    if (/\bmonths\s+of\s+$/i.test(before)) continue;
    // "over the last week", "in the coming year" are spans of time, not calendar units.
    if (/\b(?:over|during|for|within|in)\s+the\s+$/i.test(before)) continue;
    const w = (m[1] ?? '').toLowerCase();
    const offset = w === 'last' || w === 'previous' ? -1 : w === 'this' ? 0 : 1;
    emit.unit(m.index, m[0], offset, (m[2] ?? 'week').toLowerCase() as 'week' | 'month' | 'year');
  }
  for (const m of body.matchAll(/\b(first|second|1st|2nd)\s+half\s+of\s+((?:19|20)\d{2})\b/gi)) {
    const second = /^(second|2nd)$/i.test(m[1] ?? '');
    const y = Number(m[2]);
    const start = m.index;
    emit.span(start, m[0], { year: y, month: second ? 7 : 1 }, { year: y, month: second ? 12 : 6 }, false);
  }
  for (const m of body.matchAll(
    /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+((?:19|20)\d{2})\b/gi,
  )) {
    const q = ['first', 'second', 'third', 'fourth'].indexOf(
      (m[1] ?? '')
        .toLowerCase()
        .replace(/^1st$/, 'first')
        .replace(/^2nd$/, 'second')
        .replace(/^3rd$/, 'third')
        .replace(/^4th$/, 'fourth'),
    );
    const y = Number(m[2]);
    emit.span(m.index, m[0], { year: y, month: q * 3 + 1 }, { year: y, month: q * 3 + 3 }, false);
  }
}

const MONTHS = EN_MONTHS;
const MONTH = `(${MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join('|')})`;
const COUNT: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};
/** "the first nine months of 2026 / of the year / of this year / of last year". */
const FIRST_MONTHS = new RegExp(
  `\\bfirst\\s+(\\d{1,2}|${Object.keys(COUNT).join('|')})\\s+months\\s+of\\s+(?:((?:19|20)\\d{2})|(the|this|last|next)\\s+year)\\b`,
  'gi',
);
/** "between March and May", "from June to August": months without days. */
const MONTH_SPAN = new RegExp(
  `\\b(?:[Bb]etween\\s+${MONTH}\\s+and|[Ff]rom\\s+${MONTH}\\s+(?:to|until|through))\\s+${MONTH}\\b(?!\\s+\\d)`,
  'g',
);
const yearWord = (w: string): number =>
  w.toLowerCase() === 'last' ? -1 : w.toLowerCase() === 'next' ? 1 : 0;

/** Parts of years and spans of months ("the first nine months of the year", "between March and May"). */
export function enYearParts(body: string, emit: RelativeDateSink): void {
  for (const m of body.matchAll(FIRST_MONTHS)) {
    const n = /^\d+$/u.test(m[1] ?? '') ? Number(m[1]) : (COUNT[(m[1] ?? '').toLowerCase()] ?? 0);
    if (n < 2 || n > 12) continue;
    if (m[2])
      emit.span(m.index, m[0], { year: Number(m[2]), month: 1 }, { year: Number(m[2]), month: n }, false);
    else
      emit.relativeSpan(
        m.index,
        m[0],
        { yearOffset: yearWord(m[3] ?? ''), month: 1 },
        {
          yearOffset: yearWord(m[3] ?? ''),
          month: n,
        },
      );
  }
  for (const m of body.matchAll(MONTH_SPAN)) {
    const a = MONTHS.indexOf((m[1] ?? m[2] ?? '').toLowerCase()) + 1;
    const b = MONTHS.indexOf((m[3] ?? '').toLowerCase()) + 1;
    if (a > 0 && b > 0) emit.span(m.index, m[0], { month: a }, { month: b }, false);
  }
}

const expandYY = (a: string, b: string): number => (b.length === 2 ? Number(a.slice(0, 2) + b) : Number(b));

/** "2020–2022", "2020-22", "in 2014", "the 2014 …". */
export function enYears(body: string, emit: YearSink): void {
  for (const m of body.matchAll(
    /(?<![\p{L}\d.,])((?:19|20)\d{2})\s*(?:–|—|-|\bto\b|\buntil\b)\s*((?:19|20)\d{2}|\d{2})(?![\d%])/gu,
  )) {
    const a = m[1] ?? '';
    emit.year(m.index, m.index + m[0].length, Number(a), expandYY(a, m[2] ?? ''), m[0]);
  }
  for (const m of body.matchAll(
    /\b(in|since|by|until|till|before|after|during|of|from)\s+((?:19|20)\d{2})(?![\d%,.]\d|\s*[–—-])\b/gi,
  )) {
    const start = m.index + (m[1]?.length ?? 0) + 1;
    emit.year(start, start + 4, Number(m[2]), null, m[2] ?? '');
  }
  for (const m of body.matchAll(/\b(?:the|a|its|their)\s+((?:19|20)\d{2})\s+(?=[a-z])/g)) {
    const start = m.index + m[0].indexOf(m[1] ?? '');
    emit.year(start, start + 4, Number(m[1]), null, m[1] ?? '');
  }
}

/** The words opening a live page's update line, up to its date: "Updated 17:05, Wednesday, October 8". */
export const EN_LIVE_UPDATED = /^(?:Last\s+)?[Uu]pdated:?\s+(?:at\s+|on\s+)?/u;
