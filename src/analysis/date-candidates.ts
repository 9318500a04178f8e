/**
 * Date candidates: what chrono-node reads (chrono.ru for Russian, a pack's own parsers for
 * Azerbaijani), vague periods ("mid-November"), calendar units relative to publication ("last week",
 * "Накануне") and years ("in 2014", "2014–2016 годах"), with durations left out ("for six weeks",
 * "в течение трёх часов") and ranges joined ("17–21 noyabr", "between June 30 and July 1").
 */
import * as chrono from 'chrono-node';
import { type Span, type TextModel } from './tokenize.ts';
import { packFor } from '../languages/index.ts';
import type { RelativeParts, Season, SeasonYear } from '../languages/analysis-cues.ts';
import { enCore } from '../languages/en.ts';
import { addDays, partsOfYmd, toUtc, type Parts, type Ymd } from './date-calendar.ts';
import { notADate } from './date-not-a-date.ts';
import { isFunctionWord } from './lexicon.ts';
import { seasonParts } from './date-seasons.ts';

export interface Candidate {
  start: number;
  end: number;
  from: Parts;
  to: Parts | null;
  /** The expression stands for a period by nature (a year range). */
  period: boolean;
  /** chrono computed a full date relative to the reference ("yesterday", "two days ago"). */
  relative: boolean;
  /** Source text modifiers ("last", "next"). */
  text: string;
  /** The page's own date line (a live page's "Updated" line), not an event. */
  dateline?: boolean;
}

/** The chrono parser a pack asks for: its own parsers (without chrono's refiners), or a chrono locale's. */
const customChronos = new WeakMap<readonly chrono.Parser[], chrono.Chrono>();
export function chronoFor(language: string): chrono.Chrono {
  const { chronoParsers, chronoLocale } = packFor(language).analysis.dates;
  if (chronoParsers) {
    let c = customChronos.get(chronoParsers);
    if (!c) {
      c = new chrono.Chrono({ parsers: [...chronoParsers], refiners: [] });
      customChronos.set(chronoParsers, c);
    }
    return c;
  }
  return chrono[chronoLocale].casual;
}

// English month words from the English pack: the vague-period rule below reads English copy only.
const EN_MONTHS: readonly string[] = enCore.calendar.months;
const EN_MONTH_RE = EN_MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join('|');

function partsOf(c: chrono.ParsedComponents): Parts {
  const p: Parts = {};
  const take = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): void => {
    if (c.isCertain(k)) {
      const v = c.get(k);
      if (v !== null) p[k] = v;
    }
  };
  take('year');
  take('month');
  take('day');
  take('weekday');
  take('hour');
  take('minute');
  if (p.hour !== undefined && p.minute === undefined) p.minute = c.get('minute') ?? 0;
  return p;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function vagueCandidates(model: TextModel): Candidate[] {
  if (!packFor(model.language).analysis.dates.vaguePeriods) return [];
  const out: Candidate[] = [];
  const re = new RegExp(
    `\\b(?:(?:early|mid|late)[- ](${EN_MONTH_RE})|(?:the\\s+)?(?:beginning|start|end|middle)\\s+of\\s+(${EN_MONTH_RE}))(?:,?\\s+((?:19|20)\\d{2}))?\\b|\\b(?:early|mid|late)[- ]((?:19|20)\\d{2})\\b`,
    'g',
  );
  for (const m of model.body.matchAll(re)) {
    const monthName = (m[1] ?? m[2] ?? '').toLowerCase();
    const from: Parts = {};
    if (monthName) from.month = EN_MONTHS.indexOf(monthName) + 1;
    const year = m[3] ?? m[4];
    if (year) from.year = Number(year);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from,
      to: null,
      period: false,
      relative: false,
      text: m[0],
    });
  }
  return out;
}

/**
 * Calendar units relative to the publication date: "last week" / "на следующей неделе" / "ötən həftə"
 * is the Monday–Sunday week, "last month" the month, "next year" the year; "Накануне" / "dünən" the
 * day before; "the second half of 2026" July–December, "the first quarter" its three months. The
 * words are the pack's (languages/<code>/dates.ts); the calendar arithmetic is here.
 */
export function relativeCandidates(model: TextModel, pub: Ymd): Candidate[] {
  const { body, language } = model;
  const out: Candidate[] = [];
  const monday = addDays(pub, -((toUtc(pub).getUTCDay() + 6) % 7));
  const unit = (offset: number, kind: 'week' | 'month' | 'year'): { from: Parts; to: Parts | null } => {
    if (kind === 'week') {
      const a = addDays(monday, 7 * offset);
      return { from: partsOfYmd(a), to: partsOfYmd(addDays(a, 6)) };
    }
    if (kind === 'month') {
      const m = pub.m + offset;
      const y = pub.y + Math.floor((m - 1) / 12);
      return { from: { year: y, month: ((((m - 1) % 12) + 12) % 12) + 1 }, to: null };
    }
    return { from: { year: pub.y + offset }, to: null };
  };
  const push = (start: number, text: string, offset: number, kind: 'week' | 'month' | 'year'): void => {
    const u = unit(offset, kind);
    out.push({
      start,
      end: start + text.length,
      from: u.from,
      to: u.to,
      period: false,
      relative: true,
      text,
    });
  };
  const day = (start: number, text: string, offset: number): void => {
    out.push({
      start,
      end: start + text.length,
      from: partsOfYmd(addDays(pub, offset)),
      to: null,
      period: false,
      relative: true,
      text,
    });
  };
  /** Parts counted from publication, as the calendar writes them. */
  const counted = (r: RelativeParts): Parts => {
    const p: Parts =
      r.dayOffset !== undefined
        ? partsOfYmd(addDays(pub, r.dayOffset))
        : { year: pub.y + (r.yearOffset ?? 0), ...(r.month !== undefined ? { month: r.month } : {}) };
    if (r.hour !== undefined) {
      p.hour = r.hour;
      p.minute = r.minute ?? 0;
    }
    return p;
  };
  const season = (
    start: number,
    text: string,
    which: Season,
    year: SeasonYear | null,
    edge?: 'start' | 'end',
  ): void => {
    const months = seasonParts(which, year, pub);
    const from = edge === 'end' ? months.to : months.from;
    const to = edge === undefined ? months.to : null;
    // A season without a year is a period the tense places (and, in the present, a habit).
    out.push({
      start,
      end: start + text.length,
      from,
      to,
      period: year === null,
      relative: year !== null,
      text,
    });
  };
  packFor(language).analysis.dates.relativeDates?.(body, {
    season,
    unit: push,
    day,
    span: (start, text, from, to, relative) =>
      out.push({ start, end: start + text.length, from, to, period: false, relative, text }),
    relativeSpan: (start, text, from, to) =>
      out.push({
        start,
        end: start + text.length,
        from: counted(from),
        to: to ? counted(to) : null,
        period: false,
        relative: true,
        text,
      }),
  });
  return out;
}

export function yearCandidates(
  model: TextModel,
  taken: readonly { start: number; end: number }[],
): Candidate[] {
  const { body, language } = model;
  const out: Candidate[] = [];
  const push = (start: number, end: number, a: number, b: number | null, text: string): void => {
    const c = { start, end };
    if (taken.some((t) => overlaps(t, c))) return;
    if (b !== null && (b <= a || b - a > 100)) return;
    out.push({
      start,
      end,
      from: { year: a },
      to: b === null ? null : { year: b },
      period: b !== null,
      relative: false,
      text,
    });
  };
  // The words around years are the pack's (languages/<code>/dates.ts).
  packFor(language).analysis.dates.years?.(body, { year: push });
  return out;
}

/** A capitalised word, not opening its sentence and not a function word, right before `start`. */
function nameBefore(body: string, start: number): boolean {
  const m = /(?<=[\p{L},]\s+)(\p{Lu}\p{Ll}+)\s+$/u.exec(body.slice(Math.max(0, start - 30), start));
  return m !== null && !isFunctionWord((m[1] ?? '').toLowerCase());
}

const RANGE_GLUE = /^\s*(?:–|—|-|to|and|until|till|through|по|до|—)\s*$/u;

/** The longest stretch of text chrono reads at once. */
const CHRONO_CHUNK = 2_000;

/**
 * The stretches chrono reads: a paragraph, or a few of its sentences when it is long. Chrono looks
 * at all the text before every match again (the "end of …" refiner), so reading a whole body at
 * once costs the square of its length (2.6 s for 1 MB); no date spans two paragraphs, so reading
 * them one at a time finds the same dates in time proportional to the length.
 */
function chronoChunks(model: TextModel): Span[] {
  const out: Span[] = [];
  let current: (Span & { paragraph: number }) | null = null;
  for (const s of model.sentences) {
    if (current && current.paragraph === s.paragraph && s.end - current.start <= CHRONO_CHUNK) {
      current.end = s.end;
      continue;
    }
    if (current) out.push(current);
    current = { start: s.start, end: s.end, paragraph: s.paragraph };
    // A single sentence longer than a chunk (pasted text without stops) is cut at spaces.
    while (current.end - current.start > CHRONO_CHUNK) {
      const space = model.body.lastIndexOf(' ', current.start + CHRONO_CHUNK);
      const cut = space > current.start ? space : current.start + CHRONO_CHUNK;
      out.push({ start: current.start, end: cut });
      current.start = cut;
    }
  }
  if (current) out.push(current);
  return out.map(({ start, end }) => ({ start, end }));
}

/**
 * A day and month with the other end of a range written beside it: "17–21 noyabr", "between 3 and
 * 19 March" (the first day before), "Dec. 3 and 4", "September 18–21" (the last day after).
 */
function joinDays(body: string, c: Candidate, start: number, end: number): void {
  const from = c.from;
  if (from.day === undefined) return;
  // "17–21 noyabr", "22–26 сентября": a day before the date, joined by a dash.
  // "between 3 and 19 March", "from 3 to 19 March": the first day written bare before the second.
  const lead =
    /(?<![\d.,:])(\d{1,2})\s*[–—-]\s*$/u.exec(body.slice(Math.max(0, start - 8), start)) ??
    /(?<=\b(?:[Bb]etween|[Ff]rom)\s+)(\d{1,2})\s+(?:and|to|until|till|through)\s+$/u.exec(
      body.slice(Math.max(0, start - 30), start),
    );
  if (lead && Number(lead[1]) < from.day) {
    c.to = { ...from };
    c.from = { ...from, day: Number(lead[1]) };
    c.start = start - lead[0].length;
  } else {
    // "Dec. 3 and 4": a second day of the same month.
    const tail = /^\s*(?:and|&|и|və)\s+(\d{1,2})(?!\d|[:.,]\d|\s*(?:[ap]\.?m|per|%|час|hours?))/iu.exec(
      body.slice(end),
    );
    // "September 18–21": the last day after a dash written close, as ranges are typeset.
    const dashed = /^[–—-](\d{1,2})(?![\d%]|[:.,]\d)/u.exec(body.slice(end));
    const second = tail ?? dashed;
    if (second && Number(second[1]) > from.day && Number(second[1]) <= 31) {
      c.to = { ...from, day: Number(second[1]) };
      c.end = end + second[0].length;
    }
  }
}

export function chronoCandidates(
  model: TextModel,
  ref: Date,
  taken: readonly { start: number; end: number }[],
): Candidate[] {
  const { body } = model;
  const parser = chronoFor(model.language);
  const results = chronoChunks(model).flatMap((chunk) => {
    const parsed = parser.parse(body.slice(chunk.start, chunk.end), ref, { forwardDate: false });
    // Overlapping results (custom parsers run without chrono's refiners): keep the longest.
    return parsed
      .filter(
        (r) =>
          !parsed.some(
            (o) =>
              o !== r &&
              o.index <= r.index &&
              o.index + o.text.length >= r.index + r.text.length &&
              o.text.length > r.text.length,
          ),
      )
      .map((r) => ({ r, start: chunk.start + r.index }));
  });
  results.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const { r, start } of results) {
    const text = r.text;
    const end = start + text.length;
    if (taken.some((t) => overlaps(t, { start, end }))) continue;
    if (notADate(body, text, start)) continue;
    const from = partsOf(r.start);
    if (Object.keys(from).length === 0) continue;
    // "морской среды", "окружающей среды": a weekday with an adjective agreeing before it is a noun.
    if (
      packFor(model.language).analysis.dates.weekdayKeepsPreposition &&
      Object.keys(from).length === 1 &&
      from.weekday !== undefined &&
      /^\p{Ll}+$/u.test(text.trim()) &&
      /\p{Ll}{2,}(?:ой|ей|ых|их)\s+$/u.test(body.slice(Math.max(0, start - 20), start))
    )
      continue;
    // "Park Min Jun", "Theresa May": a month alone right after a capitalised name word is part of the name.
    if (
      from.day === undefined &&
      from.year === undefined &&
      from.weekday === undefined &&
      from.hour === undefined &&
      /^\p{Lu}\p{Ll}{1,8}\.?[,;:]?$/u.test(text.trim()) &&
      nameBefore(body, start + (text.length - text.trimStart().length))
    )
      continue;
    // A month alone written in lower case is a word ("may", "march"), not a date.
    if (
      from.day === undefined &&
      from.weekday === undefined &&
      from.hour === undefined &&
      packFor(model.language).analysis.dates.lowerCaseMonthIsWord &&
      /^\p{Ll}+$/u.test(text.trim())
    )
      continue;
    const relative =
      r.start.tags().has('result/relativeDate') ||
      [...r.start.tags()].some((t) => t.startsWith('casualReference'));
    const c: Candidate = {
      start,
      end,
      from,
      to: r.end ? partsOf(r.end) : null,
      period: false,
      relative,
      text,
    };
    if (from.day !== undefined && from.month !== undefined && !c.to) joinDays(body, c, start, end);
    // "Oct. 29-31 last year": the year is written after the date.
    const yearAfter = /^\s+(last|next|this)\s+year\b/i.exec(body.slice(c.end));
    if (yearAfter && c.from.month !== undefined && c.from.year === undefined) {
      const w = (yearAfter[1] ?? '').toLowerCase();
      const y = ref.getFullYear() + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
      c.from = { ...c.from, year: y };
      if (c.to)
        c.to = { ...c.to, year: c.to.month !== undefined && c.to.month < (c.from.month ?? 0) ? y + 1 : y };
      c.end += yearAfter[0].length;
    }
    c.text = body.slice(c.start, c.end);
    out.push(c);
  }
  // Merge "between June 30 and July 1", "30 июня — 1 июля".
  const merged: Candidate[] = [];
  for (const c of out) {
    const prev = merged[merged.length - 1];
    const glue = body.slice(prev?.end ?? 0, c.start);
    if (
      prev &&
      !prev.to &&
      prev.from.day !== undefined &&
      c.from.day !== undefined &&
      RANGE_GLUE.test(glue) &&
      // "on Aug. 28 and Sept. 4": two days joined by "and" are two events unless "between" opens a range.
      (!/^\s*(?:and|и|və)\s*$/iu.test(glue) ||
        /\b(?:between|между)\s+$/iu.test(body.slice(Math.max(0, prev.start - 10), prev.start)))
    ) {
      prev.to = c.from;
      prev.end = c.end;
      prev.text = body.slice(prev.start, prev.end);
      continue;
    }
    merged.push(c);
  }
  return merged;
}

const partsOnlyTime = (p: Parts): boolean =>
  p.hour !== undefined && p.day === undefined && p.weekday === undefined && p.month === undefined;
const isYearUnit = (c: Candidate): boolean =>
  c.relative && c.to === null && c.from.year !== undefined && c.from.month === undefined;

/**
 * Parts of one date written apart, joined into one candidate: a clock time right after its day
 * ("dekabrın 15-də saat 11:00-da", "bu gün saat 09:00-da"), and a year given relative to
 * publication right before or after a day or month ("ötən il sentyabrın 12-də", "В январе прошлого
 * года"). `candidates` are in text order.
 */
export function joinDateParts(body: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    const gap = prev ? body.slice(prev.end, c.start) : '';
    // Words may be apart by spaces only, or by a short preposition before a time ("15 декабря на 10:30").
    const timeGap = /^[ \t\u00a0]+(?:\p{Ll}{1,2}[ \t\u00a0]+)?$/u.test(gap) && partsOnlyTime(c.from);
    if (prev && (/^[ \t\u00a0]*$/u.test(gap) || timeGap)) {
      const dated = (x: Candidate): boolean =>
        x.to === null &&
        x.from.hour === undefined &&
        (x.from.day !== undefined || x.from.weekday !== undefined);
      if (dated(prev) && partsOnlyTime(c.from) && c.to === null) {
        out[out.length - 1] = {
          ...prev,
          from: { ...prev.from, hour: c.from.hour, minute: c.from.minute ?? 0 },
          end: c.end,
          text: body.slice(prev.start, c.end),
        };
        continue;
      }
      const needsYear = (x: Candidate): boolean => x.from.year === undefined && x.from.month !== undefined;
      if (isYearUnit(prev) && needsYear(c)) {
        out[out.length - 1] = withYear(body, c, prev.from.year ?? 0, prev.start, c.end);
        continue;
      }
      if (needsYear(prev) && isYearUnit(c)) {
        out[out.length - 1] = withYear(body, prev, c.from.year ?? 0, prev.start, c.end);
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function withYear(body: string, c: Candidate, year: number, start: number, end: number): Candidate {
  const to = c.to
    ? { ...c.to, year: c.to.month !== undefined && c.to.month < (c.from.month ?? 0) ? year + 1 : year }
    : null;
  return { ...c, from: { ...c.from, year }, to, start, end, relative: false, text: body.slice(start, end) };
}
