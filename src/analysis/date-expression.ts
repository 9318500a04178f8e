/**
 * A date's expression as written: a short single expression keeps its preposition ("on November
 * 14", "on Monday", "in 2014"); a full date or a range stands alone; approximations keep their word
 * ("around 1 a.m."); a weekday used as a modifier keeps its noun phrase ("a Friday meeting").
 */
import type { TextModel } from './tokenize.ts';
import { isFiniteVerb, isFunctionWord, isNoun, tagsOf } from './lexicon.ts';
import { packFor } from '../languages/index.ts';
import type { Candidate } from './date-candidates.ts';

/** A lower-case word after "a Friday": a noun, or an unknown word that is not a verb ("briefing"). */
const isNounLike = (w: string): boolean =>
  isNoun(w) || (!isFunctionWord(w) && !isFiniteVerb(w) && (tagsOf(w).length === 0 || w.endsWith('ing')));

const APPROX =
  /(?:^|\s)((?:at\s+)?(?:around|about|approximately|roughly|circa|nearly|some|shortly after|shortly before|just after|just before|около|примерно|təxminən))\s+$/iu;
const LEAD_PREP = /^(on|at|in|by|в|во)\s+/iu;

/**
 * The expression, with the words that name a part of it ("в начале октября", "oktyabrın sonunda",
 * "2023-cü ildən bəri"): they belong to the date, not to the event's description.
 */
export function expressionSpan(model: TextModel, c: Candidate): { start: number; end: number } {
  const span = baseSpan(model, c);
  const { partBefore, partAfter } = packFor(model.language).analysis.dates;
  const before = partBefore?.exec(model.body.slice(Math.max(0, span.start - 24), span.start));
  const after = partAfter?.exec(model.body.slice(span.end, span.end + 40));
  return {
    start: before ? span.start - before[0].length : span.start,
    end: after ? span.end + after[0].length : span.end,
  };
}

function baseSpan(model: TextModel, c: Candidate): { start: number; end: number } {
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
