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
import type { EventKind } from './types.ts';
import { sentenceAt, tokenAtOrAfter, type TextModel } from './tokenize.ts';
import { EVENT_NOUNS } from '../languages/data/speech.ts';
import { packFor } from '../languages/index.ts';
import {
  addDays,
  inferYear,
  pad,
  resolveDate,
  ymdString,
  type Parts,
  type Tense,
  type Ymd,
} from './date-calendar.ts';
import { tenseOf } from './date-tense.ts';
import {
  chronoCandidates,
  joinDateParts,
  overlaps,
  relativeCandidates,
  vagueCandidates,
  yearCandidates,
  type Candidate,
} from './date-candidates.ts';
import { expressionSpan } from './date-expression.ts';
import { liveCandidates } from './date-live.ts';
import { currentPeriodIsNoDate } from './date-not-a-date.ts';

export type { Parts } from './date-calendar.ts';
export { inferYear, resolveWeekday, type Tense } from './date-calendar.ts';
export { tenseOf } from './date-tense.ts';

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

  const live = liveCandidates(model, pub);
  const relative = [
    ...live,
    ...relativeCandidates(model, pub).filter((r) => !live.some((l) => overlaps(l, r))),
  ];
  const vague = [...relative, ...vagueCandidates(model).filter((v) => !relative.some((r) => overlaps(r, v)))];
  const fromChrono = chronoCandidates(model, ref, vague);
  const vagueKept = vague.filter((v) => !fromChrono.some((c) => overlaps(c, v)));
  const years = yearCandidates(model, [...vagueKept, ...fromChrono]);
  const candidates = joinDateParts(
    model.body,
    [...vagueKept, ...fromChrono, ...years].sort((a, b) => a.start - b.start),
  );

  const out: DateMention[] = [];
  const dated: Dated[] = [];
  for (const c of candidates) {
    const span = expressionSpan(model, c);
    const tense = tenseFor(model, c, span);
    if (noEventAt(model, c, span, tense)) continue;
    const modifier =
      /\b(last|next|this|past|previous|coming)\b/i.exec(c.text)?.[1]?.toLowerCase() ??
      packModifier(model.language, c.text);
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
      const a = resolveDate(futureRangeStart(c, pub, tense), pub, tense, modifier);
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
    // "At Tuesday's meeting": a date in the possessive names an event told already; listed once.
    if (/^['’]s\s/u.test(model.body.slice(span.end, span.end + 3)) && out.some((o) => o.iso === iso))
      continue;
    const p = model.paragraphs.find((x) => x.start <= c.start && c.start < x.end)?.index ?? 0;
    const kind: EventKind =
      c.dateline === true || isDateline(model, span.start, span.end)
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

/** The tense a candidate is read in, with the pack's turns for dates counted from or set by an act. */
function tenseFor(model: TextModel, c: Candidate, span: { start: number; end: number }): Tense {
  // chrono's match may open with the space after the sentence before; the tense is the expression's sentence's.
  const read = tenseOf(model, c.start + (/^\s*/u.exec(c.text)?.[0].length ?? 0), c.end);
  const lead = /^\p{L}+/u.exec(model.body.slice(span.start, span.end))?.[0].toLocaleLowerCase() ?? '';
  const cues = packFor(model.language).analysis.dates;
  // "стоят на рейде с понедельника": a present state counted from a date has begun already; a change
  // that takes effect from a day ("С 1 января вступает в силу") is the nearest such day.
  if (read === 'present' && cues.sinceWords.has(lead)) {
    const s = sentenceAt(model, span.start);
    const change = s && cues.changeVerb?.test(model.body.slice(s.start, s.end));
    return change && c.from.day !== undefined && c.from.month !== undefined ? 'present' : 'past';
  }
  // "назначено на 22 января": a date an act set is the nearest one, whichever way it lies.
  const targeted = cues.targetBefore?.test(model.body.slice(Math.max(0, c.start - 40), c.start)) ?? false;
  return targeted && read === 'past' ? 'present' : read;
}

/** A candidate that names no event once its tense is known. */
function noEventAt(
  model: TextModel,
  c: Candidate,
  span: { start: number; end: number },
  tense: Tense,
): boolean {
  const sentence = sentenceAt(model, span.start);
  const text = sentence ? model.body.slice(sentence.start, sentence.end) : '';
  if (currentPeriodIsNoDate(model.body.slice(span.start, span.end), text, tense)) return true;
  // "Зимой перевал закрывается", "In the summer the lake dries up": a bare season in the present is a habit.
  return c.period && c.from.year === undefined && c.from.month !== undefined && tense === 'present';
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

/**
 * A future range without a year is the next one not yet over: "will run from 7 to 10 October"
 * written on 8 October is this year's, so the year is read from the range's last day.
 */
function futureRangeStart(c: Candidate, pub: Ymd, tense: Tense): Parts {
  const { from, to } = c;
  if (tense !== 'future' || !to || from.year !== undefined || from.month === undefined) return from;
  if (from.day === undefined || to.day === undefined) return from;
  const endMonth = to.month ?? from.month;
  const endYear = inferYear(endMonth, to.day, pub, 'future');
  return { ...from, year: endMonth < from.month ? endYear - 1 : endYear };
}

/** The pack's word for the last or next weekday in an expression ("ötən cümə"), or null. */
function packModifier(language: string, text: string): string | null {
  const words = packFor(language).analysis.dates.weekdayModifiers;
  for (const w of text.toLocaleLowerCase().split(/\s+/u)) {
    const m = words[w];
    if (m) return m;
  }
  return null;
}
