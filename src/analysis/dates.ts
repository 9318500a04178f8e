/**
 * Step: dated events. chrono-node finds dates and times (chrono.ru for Russian, a small custom
 * parser for Azerbaijani); this module resolves them against the publication date with the
 * clause's tense ("said on Monday" → the past Monday, "will meet on Monday" → the next; the
 * publication weekday itself → the publication day), gives unwritten years the most recent past
 * occurrence, keeps vague periods at their granularity ("mid-November" → 2025-11, "in 2014" →
 * 2014), reads year ranges ("2020–2022" → 2020/2022, a period), anchors bare times to the event
 * they belong to ("the strike … around 1 a.m." → the strike's date), and skips durations
 * ("for six weeks", "в течение трёх часов").
 *
 * Tense comes from the verb nearest the expression in its clause, else in its sentence (the auxiliary
 * of a passive, "to" + infinitive as future, Russian and Azerbaijani endings); a present-tense verb
 * ("takes over on Jan. 1") gives the nearest occurrence; deadlines ("by Wednesday") look ahead.
 * Calendar units relative to publication: "last/next week", "на следующей неделе", "ötən həftə" are
 * Monday–Sunday ranges, "last month" / "в прошлом месяце" a month, "Накануне" / "dünən" the day
 * before, "the second half of 2026" July–December. Ranges: "Dec. 3 and 4", "17–21 noyabr", a year
 * written after ("Oct. 29-31 last year"), clock times over midnight ("с 23:00 до 4:00" ends on the
 * day it belongs to), clock times in words ("с шести утра").
 *
 * Expressions are written as in the text. A short single expression keeps its preposition ("on
 * November 14", "on Monday", "at 5 p.m.", "in 2014"); a full date or a range stands alone
 * ("February 22, 2022", "June 30–July 1"); approximations keep their word ("around 1 a.m.");
 * a weekday used as a modifier keeps its noun phrase ("a Friday meeting").
 */
import * as chrono from 'chrono-node';
import type { EventKind } from './types.ts';
import { sentenceAt, tokenAtOrAfter, type Span, type TextModel } from './tokenize.ts';
import {
  isFiniteVerb,
  isFunctionWord,
  isInfinitive,
  isNoun,
  isPastTense,
  isVerb,
  tagsOf,
} from './lexicon.ts';
import { EVENT_NOUNS } from '../languages/data/speech.ts';
import { packFor } from '../languages/index.ts';

export interface Parts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

/**
 * What a date was read from, most certain first: a full date with its year written, a year or
 * a range of years, a day and month whose year was inferred, a relative day ("yesterday"), a
 * weekday, a bare time tied to another event's date, a vague period.
 */
export type DateBasis = 'explicit' | 'year' | 'inferred-year' | 'relative' | 'weekday' | 'anchored' | 'vague';

export interface DateMention {
  expression: string;
  start: number;
  end: number;
  iso: string;
  kind: EventKind;
  basis: DateBasis;
}

function basisOf(c: Candidate, timeOnly: boolean): DateBasis {
  if (timeOnly) return 'anchored';
  if (c.relative) return 'relative';
  const f = c.from;
  if (f.year !== undefined && f.month !== undefined && f.day !== undefined) return 'explicit';
  if (f.year !== undefined && f.month === undefined) return 'year';
  if (f.month !== undefined && f.day !== undefined) return 'inferred-year';
  if (f.weekday !== undefined) return 'weekday';
  return 'vague';
}

interface Candidate {
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
}

/** The chrono parser a pack asks for: its own parsers (without chrono's refiners), or a chrono locale's. */
const customChronos = new WeakMap<readonly chrono.Parser[], chrono.Chrono>();
function chronoFor(language: string): chrono.Chrono {
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

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on plain dates (UTC, no zones involved).

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const pad = (n: number): string => String(n).padStart(2, '0');
const ymdString = (x: Ymd): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const toUtc = (x: Ymd): Date => new Date(Date.UTC(x.y, x.m - 1, x.d));
const fromUtc = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
const addDays = (x: Ymd, n: number): Ymd => fromUtc(new Date(toUtc(x).getTime() + n * 86_400_000));
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

function resolveDate(p: Parts, pub: Ymd, tense: Tense, modifier: string | null): string | null {
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

// ---------------------------------------------------------------------------------------------
// Tense: the verb nearest to the expression in its clause, else in its sentence.

function clauseBounds(model: TextModel, start: number, end: number): [number, number] {
  const { tokens, body } = model;
  const s = sentenceAt(model, start);
  if (!s) return [0, 0];
  const first = tokenAtOrAfter(tokens, s.start);
  let a = tokenAtOrAfter(tokens, start);
  while (a > first && !/[,;:—–()]/.test(body.slice(tokens[a - 1]?.end ?? 0, tokens[a]?.start ?? 0))) a--;
  let b = tokenAtOrAfter(tokens, end);
  while (
    b < tokens.length &&
    (tokens[b]?.start ?? Infinity) < s.end &&
    !/[,;:—–()]/.test(body.slice(tokens[b - 1]?.end ?? 0, tokens[b]?.start ?? 0))
  )
    b++;
  return [a, b];
}

function sentenceBounds(model: TextModel, start: number): [number, number] {
  const s = sentenceAt(model, start);
  if (!s) return [0, 0];
  const { tokens } = model;
  let b = tokenAtOrAfter(tokens, s.start);
  while (b < tokens.length && (tokens[b]?.start ?? Infinity) < s.end) b++;
  return [tokenAtOrAfter(tokens, s.start), b];
}

const EN_FUTURE_WORDS = new Set([
  'will',
  'shall',
  "'ll",
  'upcoming',
  'tomorrow',
  'scheduled',
  'due',
  'expected',
  'plans',
  'plan',
  'intends',
  'going',
  'should',
  'would',
  'could',
  'must',
  'might',
  'can',
]);
const EN_PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'ago', 'yesterday', 'has', 'have', 'earlier']);
const EN_PRESENT_WORDS = new Set([
  'is',
  'are',
  'remains',
  'takes',
  'begins',
  'starts',
  'opens',
  'ends',
  'meets',
]);
const EN_PASSIVE_AUX = new Set(['be', 'been', 'being']);
/** The tense a single word marks, if any. */
function wordTense(model: TextModel, k: number, from: number): Tense | null {
  const t = model.tokens[k];
  if (!t) return null;
  const w = t.lower;
  // Languages that mark tense by word endings read it themselves (languages/ru/dates.ts, az/dates.ts).
  const byEnding = packFor(model.language).analysis.dates.wordTense;
  if (byEnding) return byEnding(w, t.cap, k === from);
  if (t.cap && k !== from) return null;
  if (EN_FUTURE_WORDS.has(w)) return 'future';
  // "agreed … to set tariffs from January": the infinitive looks ahead.
  if (model.tokens[k - 1]?.lower === 'to' && (isInfinitive(w) || isVerb(w) || tagsOf(w).includes('Singular')))
    return model.tokens[k - 2] && isFunctionWord(model.tokens[k - 2]?.lower ?? '') ? null : 'future';
  // "should be restored by Wednesday", "was struck": the auxiliary carries the tense.
  if (EN_PASSIVE_AUX.has(model.tokens[k - 1]?.lower ?? '') || EN_PASSIVE_AUX.has(w)) return null;
  if (EN_PAST_WORDS.has(w)) return 'past';
  if (EN_PRESENT_WORDS.has(w)) return 'present';
  if (isPastTense(w)) {
    const prev = model.tokens[k - 1]?.lower ?? '';
    return prev === 'was' || prev === 'were' || prev === 'had' ? 'past' : isFiniteVerb(w) ? 'past' : null;
  }
  if (tagsOf(w).includes('PresentTense')) return 'present';
  return null;
}

function nearestTense(
  model: TextModel,
  a: number,
  b: number,
  exprFirst: number,
  exprLast: number,
): Tense | null {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  const cues = packFor(model.language).analysis.dates;
  const afterPenalty = cues.verbAfterPenalty;
  let present = false;
  for (let k = a; k < b; k++) {
    if (k >= exprFirst && k <= exprLast) continue;
    const tense = wordTense(model, k, a);
    if (tense === null) continue;
    // English present forms are often nouns ("offers"): they count only when nothing else does.
    if (tense === 'present' && cues.presentIsWeak) {
      present = true;
      continue;
    }
    const d = k < exprFirst ? exprFirst - k : k - exprLast + afterPenalty;
    if (d < bestDistance) {
      best = tense;
      bestDistance = d;
    }
  }
  return best ?? (present ? 'present' : null);
}

export function tenseOf(model: TextModel, start: number, end: number): Tense {
  const { tokens } = model;
  const exprFirst = tokenAtOrAfter(tokens, start);
  let exprLast = exprFirst;
  while (exprLast + 1 < tokens.length && (tokens[exprLast + 1]?.end ?? Infinity) <= end) exprLast++;
  const [ca, cb] = clauseBounds(model, start, end);
  const inClause = nearestTense(model, ca, cb, exprFirst, exprLast);
  if (inClause) return inClause;
  const [sa, sb] = sentenceBounds(model, start);
  return nearestTense(model, sa, sb, exprFirst, exprLast) ?? 'past';
}

// ---------------------------------------------------------------------------------------------
// Candidates.

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_MONTH_RE = EN_MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|');

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

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function vagueCandidates(model: TextModel): Candidate[] {
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

const partsOfYmd = (x: Ymd): Parts => ({ year: x.y, month: x.m, day: x.d });

/**
 * Calendar units relative to the publication date: "last week" / "на следующей неделе" / "ötən həftə"
 * is the Monday–Sunday week, "last month" the month, "next year" the year; "Накануне" / "dünən" the
 * day before; "the second half of 2026" July–December, "the first quarter" its three months. The
 * words are the pack's (languages/<code>/dates.ts); the calendar arithmetic is here.
 */
function relativeCandidates(model: TextModel, pub: Ymd): Candidate[] {
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
  packFor(language).analysis.dates.relativeDates?.(body, {
    unit: push,
    day,
    span: (start, text, from, to, relative) =>
      out.push({ start, end: start + text.length, from, to, period: false, relative, text }),
  });
  return out;
}

function yearCandidates(model: TextModel, taken: readonly { start: number; end: number }[]): Candidate[] {
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

const DURATION_LEAD = /^(for|within|over|during the past|during the last)\b/i;
const DURATION_UNIT = /\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
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

function chronoCandidates(
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
    if (/^\s*(?:now|сейчас|теперь|hazırda|indi)\s*$/iu.test(text)) continue;
    // Inside a word: "май" in "генерал-майор".
    const trimmedEnd = start + text.replace(/[\s,.;]+$/u, '').length;
    if (/[\p{L}-]/u.test(body[start - 1] ?? ' ') || /\p{L}/u.test(body[trimmedEnd] ?? ' ')) continue;
    if (DURATION_LEAD.test(text.trim())) continue;
    // "в течение трёх часов", "на протяжении недели": durations.
    if (
      /(?:в\s+)?течение|протяжении/iu.test(text) ||
      /(?:в\s+течение|на\s+протяжении)\s*$/iu.test(body.slice(Math.max(0, start - 20), start))
    )
      continue;
    // "for six weeks" is a duration; "scheduled for March 3" is a date.
    if (
      DURATION_UNIT.test(text) &&
      /\b(for|lasting|lasted|over)\s+$/i.test(body.slice(Math.max(0, start - 10), start))
    )
      continue;
    const from = partsOf(r.start);
    if (Object.keys(from).length === 0) continue;
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
    if (from.day !== undefined && from.month !== undefined && !c.to) {
      // "17–21 noyabr", "22–26 сентября": a day before the date, joined by a dash.
      const lead = /(?<![\d.,:])(\d{1,2})\s*[–—-]\s*$/u.exec(body.slice(Math.max(0, start - 8), start));
      if (lead && Number(lead[1]) < from.day) {
        c.to = { ...from };
        c.from = { ...from, day: Number(lead[1]) };
        c.start = start - lead[0].length;
      } else {
        // "Dec. 3 and 4": a second day of the same month.
        const tail = /^\s*(?:and|&|и|və)\s+(\d{1,2})(?!\d|[:.,]\d|\s*(?:[ap]\.?m|per|%|час|hours?))/iu.exec(
          body.slice(end),
        );
        if (tail && Number(tail[1]) > from.day && Number(tail[1]) <= 31) {
          c.to = { ...from, day: Number(tail[1]) };
          c.end = end + tail[0].length;
        }
      }
    }
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
    if (
      prev &&
      !prev.to &&
      prev.from.day !== undefined &&
      c.from.day !== undefined &&
      RANGE_GLUE.test(body.slice(prev.end, c.start))
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

// ---------------------------------------------------------------------------------------------
// Expressions.

/** A lower-case word after "a Friday": a noun, or an unknown word that is not a verb ("briefing"). */
const isNounLike = (w: string): boolean =>
  isNoun(w) || (!isFunctionWord(w) && !isFiniteVerb(w) && (tagsOf(w).length === 0 || w.endsWith('ing')));

const APPROX =
  /(?:^|\s)((?:at\s+)?(?:around|about|approximately|roughly|circa|nearly|some|shortly after|shortly before|just after|just before|около|примерно|təxminən))\s+$/iu;
const LEAD_PREP = /^(on|at|in|by|в|во)\s+/iu;

function expressionSpan(model: TextModel, c: Candidate): { start: number; end: number } {
  const { body, language } = model;
  let start = c.start;
  let end = c.end;
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  // chrono sometimes includes a leading preposition: take it off, then decide below.
  const lead = LEAD_PREP.exec(body.slice(start, end));
  // Russian keeps the preposition of a weekday ("в пятницу").
  const keep = packFor(language).analysis.dates.weekdayKeepsPreposition && c.from.weekday !== undefined;
  if (lead && !keep) start += lead[0].length;
  while (end > start && /[\s,.]/.test(body[end - 1] ?? '') && !/\b[ap]\.m\.$/i.test(body.slice(start, end)))
    end--;
  const before = body.slice(Math.max(0, start - 40), start);
  const isRange = c.to !== null;
  const hasYear = c.from.year !== undefined;
  const timeOnly = c.from.hour !== undefined && c.from.day === undefined && c.from.weekday === undefined;
  const approx = APPROX.exec(before);
  if (approx)
    return { start: start - (approx[1]?.length ?? 0) - (before.length - before.trimEnd().length), end };
  if (c.from.weekday !== undefined && c.from.day === undefined && c.from.hour === undefined && !isRange) {
    const art = /\b(a|an|the)\s+$/i.exec(before);
    const noun = /^\s+(\p{Ll}+)/u.exec(body.slice(end));
    if (art && noun && isNounLike(noun[1] ?? ''))
      return { start: start - art[0].length, end: end + noun[0].length };
  }
  if (isRange || c.relative || c.period) return { start, end };
  const bareYear = hasYear && c.from.month === undefined && c.from.day === undefined;
  const short =
    (!hasYear && (c.from.day !== undefined || c.from.weekday !== undefined || timeOnly)) || bareYear;
  if (!short) return { start, end };
  const prep = bareYear
    ? /(?:^|[\s(])(in|в|во)\s+$/iu.exec(before)
    : /(?:^|[\s(])(on|at|в|во)\s+$/iu.exec(before);
  if (prep) {
    const len = before.length - before.lastIndexOf(prep[1] ?? '');
    return { start: start - len, end };
  }
  return { start, end };
}

// ---------------------------------------------------------------------------------------------

interface Dated {
  iso: string;
  date: string;
  dateline: boolean;
  start: number;
  end: number;
  paragraph: number;
  nouns: Set<string>;
}

/** A crude stem so that "strike", "strikes", "shelled" and "shelling" meet. */
const stem = (w: string): string => (w.length > 4 ? w.replace(/(?:ings?|ed|es|s|e)$/, '') : w);
const EVENT_STEMS = new Set([...EVENT_NOUNS].map(stem));

function eventNounsNear(
  model: TextModel,
  start: number,
  end: number,
  before: number,
  after: number,
): Set<string> {
  const { tokens } = model;
  const a = tokenAtOrAfter(tokens, start);
  const b = tokenAtOrAfter(tokens, end);
  const s = tokens[a]?.sentence ?? -1;
  const out = new Set<string>();
  for (let k = Math.max(0, a - before); k < Math.min(tokens.length, b + after); k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s) continue;
    const w = stem(t.lower);
    if (EVENT_STEMS.has(w)) out.add(w);
  }
  return out;
}

/** Find dated events. `published` is YYYY-MM-DD in the article's time zone. */
export function findDates(model: TextModel, published: string): DateMention[] {
  const [py, pm, pd] = published.split('-').map(Number);
  const pub: Ymd = { y: py ?? 1970, m: pm ?? 1, d: pd ?? 1 };
  const ref = new Date(pub.y, pub.m - 1, pub.d, 12, 0, 0);

  const relative = relativeCandidates(model, pub);
  const vague = [...relative, ...vagueCandidates(model).filter((v) => !relative.some((r) => overlaps(r, v)))];
  const fromChrono = chronoCandidates(model, ref, vague);
  const vagueKept = vague.filter((v) => !fromChrono.some((c) => overlaps(c, v)));
  const years = yearCandidates(model, [...vagueKept, ...fromChrono]);
  const candidates = [...vagueKept, ...fromChrono, ...years].sort((a, b) => a.start - b.start);

  const out: DateMention[] = [];
  const dated: Dated[] = [];
  for (const c of candidates) {
    const span = expressionSpan(model, c);
    const tense = tenseOf(model, c.start, c.end);
    const modifier = /\b(last|next|this|past|previous|coming)\b/i.exec(c.text)?.[1]?.toLowerCase() ?? null;
    const timeOnly =
      c.from.hour !== undefined &&
      c.from.day === undefined &&
      c.from.weekday === undefined &&
      c.from.month === undefined;
    let iso: string | null;
    let date: string | null = null;
    if (timeOnly) {
      date = anchorDate(model, c, dated) ?? ymdString(pub);
      iso = `${date}T${pad(c.from.hour ?? 0)}:${pad(c.from.minute ?? 0)}`;
      const to = c.to;
      if (to && to.hour !== undefined && to.day === undefined && to.weekday === undefined) {
        // "с 23:00 до 4:00": a range over midnight ends on the day it belongs to and starts the day before.
        const [y, mo, d] = date.split('-').map(Number);
        const day: Ymd = { y: y ?? pub.y, m: mo ?? pub.m, d: d ?? pub.d };
        const overnight = to.hour * 60 + (to.minute ?? 0) <= (c.from.hour ?? 0) * 60 + (c.from.minute ?? 0);
        const startDay = overnight ? ymdString(addDays(day, -1)) : date;
        iso = `${startDay}T${pad(c.from.hour ?? 0)}:${pad(c.from.minute ?? 0)}/${date}T${pad(to.hour)}:${pad(to.minute ?? 0)}`;
      }
    } else {
      const a = resolveDate(c.from, pub, tense, modifier);
      if (a === null) continue;
      iso = a;
      if (c.to) {
        const to: Parts = { ...c.to };
        if (to.year === undefined && (to.month !== undefined || to.day !== undefined)) {
          const startYear = Number(a.slice(0, 4));
          to.year =
            to.month !== undefined && c.from.month !== undefined && to.month < c.from.month
              ? startYear + 1
              : startYear;
          if (to.month === undefined && c.from.month !== undefined) to.month = c.from.month;
        }
        let b = resolveDate(to, pub, tense, modifier);
        // "с 20:00 пятницы до 6:00 субботы": the end weekday is the one after the start.
        if (b !== null && to.weekday !== undefined && b.length === 10 && a.length === 10 && b < a) {
          const [by, bm, bd] = b.split('-').map(Number);
          b = ymdString(addDays({ y: by ?? pub.y, m: bm ?? 1, d: bd ?? 1 }, 7));
        }
        const at = (x: string, p: Parts): string =>
          x.length === 10 && p.hour !== undefined ? `${x}T${pad(p.hour)}:${pad(p.minute ?? 0)}` : x;
        if (b !== null && at(b, to) !== at(a, c.from)) iso = `${at(a, c.from)}/${at(b, to)}`;
        else iso = at(a, c.from);
        if (a.length === 10) date = a;
      } else if (a.length === 10) {
        date = a;
        if (c.from.hour !== undefined) iso = `${a}T${pad(c.from.hour)}:${pad(c.from.minute ?? 0)}`;
      }
    }
    const p = model.paragraphs.find((x) => x.start <= c.start && c.start < x.end)?.index ?? 0;
    const kind: EventKind = isDateline(model, span.start, span.end)
      ? 'dateline'
      : c.period || (c.to !== null && c.from.day === undefined && c.to.day === undefined)
        ? 'period'
        : 'event';
    out.push({
      expression: model.body.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      iso,
      kind,
      basis: basisOf(c, timeOnly),
    });
    if (date !== null)
      dated.push({
        iso,
        date,
        dateline: kind === 'dateline',
        start: span.start,
        end: span.end,
        paragraph: p,
        nouns: eventNounsNear(model, span.start, span.end, 4, 1),
      });
  }
  return out;
}

/** The date a bare time belongs to: the earlier event its sentence names, else the paragraph's last date. */
function anchorDate(model: TextModel, c: Candidate, dated: readonly Dated[]): string | null {
  const s = sentenceAt(model, c.start);
  const nouns = s ? eventNounsNear(model, s.start, c.start, 0, 0) : new Set<string>();
  for (let i = dated.length - 1; i >= 0; i--) {
    const d = dated[i];
    if (d && [...nouns].some((n) => d.nouns.has(n))) return d.date;
  }
  const p = model.paragraphs.find((x) => x.start <= c.start && c.start < x.end)?.index ?? -1;
  for (let i = dated.length - 1; i >= 0; i--) {
    const d = dated[i];
    if (d && d.paragraph === p) return d.date;
  }
  // No date in its paragraph: the last event dated before it (the dateline is not an event).
  for (let i = dated.length - 1; i >= 0; i--) {
    const d = dated[i];
    if (d && d.start < c.start && !d.dateline) return d.date;
  }
  return null;
}

/** "BAKU, Nov 21 (Reuters) –": a date between a place heading and a dash at the top. */
function isDateline(model: TextModel, start: number, end: number): boolean {
  const first = model.paragraphs[0];
  if (!first || start - first.start > 40) return false;
  const head = model.body.slice(first.start, start);
  const tail = model.body.slice(end, end + 30);
  return /^[\p{Lu}][\p{Lu}\s.'’-]*,\s*$/u.test(head) && /^\s*(?:\([^)]*\))?\s*[-–—]/u.test(tail);
}
