/**
 * The tense a date expression is read in: the verb nearest to it in its clause, else in its
 * sentence (the auxiliary of a passive, "to" + infinitive as future, Russian and Azerbaijani endings
 * read by their packs); a present-tense verb gives the nearest occurrence.
 */
import { sentenceAt, tokenAtOrAfter, type TextModel } from './tokenize.ts';
import { isFiniteVerb, isFunctionWord, isInfinitive, isPastTense, isVerb, tagsOf } from './lexicon.ts';
import { packFor } from '../languages/index.ts';
import type { Tense } from './date-calendar.ts';

export function clauseBounds(model: TextModel, start: number, end: number): [number, number] {
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

export function sentenceBounds(model: TextModel, start: number): [number, number] {
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
  // Verbs of expecting and aiming look ahead in any person ("We expect the first bids by March").
  'expect',
  'expects',
  'hope',
  'hopes',
  'aim',
  'aims',
  'intend',
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
const EN_OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const EN_PASSIVE_AUX = new Set(['be', 'been', 'being']);
const EN_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'mr', 'ms', 'mrs', 'dr']);
/**
 * A capitalised word opening its sentence or a quotation may be a verb; one opening a clause after a
 * dash or comma is a name ("Балыкчы — Каракол 23 сентября ограничат").
 */
function opensSentence(model: TextModel, k: number): boolean {
  const t = model.tokens[k];
  const prev = model.tokens[k - 1];
  if (!t || !prev || prev.sentence !== t.sentence) return true;
  return /[«"“„(]\s*$/u.test(model.body.slice(prev.end, t.start));
}

const EN_IRREGULAR_PARTICIPLES = new Set(
  'been made done gone sold told held met put set cut hit lost won paid said built sent spent left kept brought bought fought taught thought begun run become come shrunk sunk struck found stood'.split(
    ' ',
  ),
);
/** A participle (or "been") within two words after "has"/"have": "has signed", "has already met". */
function perfectFollows(model: TextModel, k: number): boolean {
  for (let j = k + 1; j <= k + 2; j++) {
    const w = model.tokens[j]?.lower ?? '';
    if (EN_IRREGULAR_PARTICIPLES.has(w) || (w.length > 3 && /(?:ed|en|wn)$/u.test(w)) || isPastTense(w))
      return true;
  }
  return false;
}

/** The tense a single word marks, if any. */
function wordTense(model: TextModel, k: number, from: number): Tense | null {
  const t = model.tokens[k];
  if (!t) return null;
  const w = t.lower;
  // Languages that mark tense by word endings read it themselves (languages/ru/dates.ts, az/dates.ts).
  const byEnding = packFor(model.language).analysis.dates.wordTense;
  if (byEnding) return byEnding(w, t.cap, k === from && opensSentence(model, k));
  if (t.cap && k !== from) return null;
  if (EN_FUTURE_WORDS.has(w)) return 'future';
  // "agreed … to set tariffs from January": the infinitive looks ahead.
  // "invited him to attend": after an object pronoun and "to" comes an infinitive, whatever the lexicon knows.
  if (
    model.tokens[k - 1]?.lower === 'to' &&
    EN_OBJECT_PRONOUNS.has(model.tokens[k - 2]?.lower ?? '') &&
    !isFunctionWord(w)
  )
    return 'future';
  if (model.tokens[k - 1]?.lower === 'to' && (isInfinitive(w) || isVerb(w) || tagsOf(w).includes('Singular')))
    return model.tokens[k - 2] && isFunctionWord(model.tokens[k - 2]?.lower ?? '') ? null : 'future';
  // "should be restored by Wednesday", "was struck": the auxiliary carries the tense.
  if (EN_PASSIVE_AUX.has(model.tokens[k - 1]?.lower ?? '') || EN_PASSIVE_AUX.has(w)) return null;
  // "has" and "have" make a perfect only before a participle; "the village has a school" is the present.
  if ((w === 'has' || w === 'have') && !perfectFollows(model, k)) return 'present';
  if (EN_PAST_WORDS.has(w)) return 'past';
  // "the minister rejected Mr Varnell's claim": an -ed word before its object is a past verb, whatever
  // the lexicon tags it (it reads "rejected" as an adjective).
  if (w.length > 4 && w.endsWith('ed') && EN_OBJECT_OPENERS.has(model.tokens[k + 1]?.lower ?? ''))
    return 'past';
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
  const quoted = quotedTokens(model, a, b);
  for (let k = a; k < b; k++) {
    if (k >= exprFirst && k <= exprLast) continue;
    // Words inside a quotation are another speaker's clause ("rejected the claim that \"it will fail\"");
    // a date quoted alone («не раньше пятницы») still takes the reporting verb's tense.
    if (quoted[k - a] === 1 && quoted[exprFirst - a] === 0) continue;
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

/** For tokens a..b-1, whether each stands inside quotation marks opened within that range. */
function quotedTokens(model: TextModel, a: number, b: number): Uint8Array {
  const { tokens, body } = model;
  const out = new Uint8Array(Math.max(0, b - a));
  let inside = false;
  for (let k = a; k < b; k++) {
    const prev = tokens[k - 1];
    const t = tokens[k];
    if (!t) break;
    const between = k > a && prev ? body.slice(prev.end, t.start) : '';
    for (const ch of between) {
      if (ch === '«' || ch === '“' || ch === '„') inside = true;
      else if (ch === '»' || ch === '”') inside = false;
      else if (ch === '"') inside = !inside;
    }
    out[k - a] = inside ? 1 : 0;
  }
  return out;
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
