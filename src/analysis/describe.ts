/**
 * Step: a short description for a dated event, built from its sentence: the verb nearest the
 * date expression with its subject and object ("11 Russian citizens detained in Baku"), the
 * expression itself left out, under 80 characters. A participle after a comma takes the noun
 * phrase before the comma as its subject; "which" takes its antecedent. English word classes come
 * from compromise's lexicon; for other languages the date's clause is shortened.
 */
import { sentenceAt, tokenAtOrAfter, type TextModel, type Token } from './tokenize.ts';
import { isDeterminer, isFiniteVerb, isFunctionWord, isInfinitive, isPreposition } from './lexicon.ts';
import { EN_AUXILIARIES } from '../languages/data/speech.ts';
import { packFor } from '../languages/index.ts';

const MAX = 80;
/** Russian and Azerbaijani descriptions keep the date's whole clause (the verb comes last in Azerbaijani). */
const MAX_CLAUSE = 140;
const PUNCT = /[,;:()—–“”"«»]/;
const STOP_WORDS = new Set([
  'and',
  'but',
  'as',
  'which',
  'when',
  'while',
  'where',
  'whereas',
  'after',
  'before',
  'because',
  'although',
  'though',
  'if',
  'that',
  'who',
]);
const NAME_CONNECTORS = new Set(['on', 'of', 'between', 'and', 'for', 'the']);
const RELATIVES = new Set(['which', 'that', 'who']);
const MODALS = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'does',
  'do',
]);
const DROP = new Set(['the', 'a', 'an', 'also', 'further']);

/** A description and whether it says the whole clause (false when it had to be cut). */
export interface EventDescription {
  text: string;
  complete: boolean;
}

function cleaned(words: string[]): EventDescription {
  const text = words
    .filter((w) => !DROP.has(w.toLowerCase()))
    .join(' ')
    .replace(/[“”"«»‘’]/g, (m) => (m === '’' ? '’' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  let cut = text;
  const complete = cut.length <= MAX;
  if (!complete) {
    cut = cut.slice(0, MAX + 1);
    cut = cut.slice(0, cut.lastIndexOf(' '));
  }
  // Do not end on a function word or a modal ("… would not").
  const parts = cut.split(' ');
  const dangling = (w: string): boolean => isFunctionWord(w) || MODALS.has(w) || w === 'not';
  while (parts.length > 1 && dangling((parts[parts.length - 1] ?? '').toLowerCase())) parts.pop();
  return { text: parts.join(' '), complete };
}

export function describe(model: TextModel, start: number, end: number): string {
  return describeEvent(model, start, end).text;
}

/**
 * Russian and Azerbaijani: the clause that holds the date (between commas, dashes, colons), the
 * date itself left out — never cut mid-clause unless the clause is very long, and then marked
 * with an ellipsis and as incomplete.
 */
function clauseDescription(model: TextModel, first: number, last: number, exprA: number, exprB: number) {
  const { tokens, body } = model;
  // A dash between words ("Azərbaycan–Ermənistan", "2020–2022") joins them; one set off by spaces does not.
  // A colon or comma inside a number ("11:00", "1,5 milyard") is not one either.
  const boundary = (k: number): boolean => {
    const g = body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    if (/^[:,.]$/.test(g) && /\d$/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k]?.text ?? ''))
      return false;
    return /[,;:()]|\s[—–-]|[—–-]\s/.test(g);
  };
  let a = exprA;
  while (a > first && !boundary(a)) a--;
  let b = exprB;
  while (b < last && !boundary(b + 1)) b++;
  // The date alone between commas ("Ранее, 14 ноября, МИД …"): the clause after it.
  if (a === exprA && b === exprB && b < last) {
    b++;
    while (b < last && !boundary(b + 1)) b++;
  }
  // Words as written: a dash or slash joining two words stays ("Azərbaycan–Ermənistan").
  let text = '';
  // A preposition left dangling by the removed expression ("намечена на", "в январе").
  const dangling = (k: number): boolean =>
    k === exprA - 1 && /^\p{Ll}{1,2}$/u.test((tokens[k]?.text ?? '').toLocaleLowerCase());
  for (let k = a; k <= b; k++) {
    if ((k >= exprA && k <= exprB) || dangling(k)) continue;
    const gap = body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    const inNumber =
      /^[:,.]$/.test(gap) && /\d$/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k]?.text ?? '');
    const joined =
      text !== '' && k - 1 >= a && (k - 1 < exprA || k - 1 > exprB) && (/^[—–\-/]$/.test(gap) || inNumber);
    text += (text === '' ? '' : joined ? gap : ' ') + (tokens[k]?.text ?? '');
  }
  text = text
    .replace(/[“”"«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_CLAUSE) return { text, complete: true };
  const cut = text.slice(0, MAX_CLAUSE + 1);
  return { text: `${cut.slice(0, cut.lastIndexOf(' '))} …`, complete: false };
}

/**
 * The object: up to 10 words after the verb, to a clause boundary, the expression left out; where
 * it stopped, and whether the date itself closed the clause.
 */
function objectAfter(
  model: TextModel,
  v: number,
  last: number,
  exprA: number,
  exprB: number,
): { object: string[]; j: number; closedByDate: boolean } {
  const { tokens, body } = model;
  const inExpr = (k: number): boolean => k >= exprA && k <= exprB;
  const gap = (k: number): string => body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  // Object: up to 10 words after the verb, to a clause boundary; the expression left out.
  // An expression with a head noun ("a Friday meeting") keeps the noun.
  const exprLast = tokens[exprB];
  const exprNoun =
    exprLast &&
    exprB > exprA &&
    /^(a|an|the)$/i.test(tokens[exprA]?.text ?? '') &&
    /^\p{Ll}+$/u.test(exprLast.text)
      ? exprLast.text
      : null;
  const object: string[] = [];
  // A date set off by commas on both sides ("resumed, on Monday, in Vienna") is crossed; a comma
  // after a date that closes its clause ("who flew in on Monday, promised") ends the object.
  const parenthetical = PUNCT.test(gap(exprA));
  // An expression with its own preposition ("on Monday") leaves no preposition dangling before it
  // ("flew in on Monday" keeps "in").
  const ownPreposition = isPreposition(tokens[exprA]?.lower ?? '');
  let j = v + 1;
  let closedByDate = false;
  for (; j <= last && object.length < 10; j++) {
    const t = tokens[j];
    if (!t) break;
    if (PUNCT.test(gap(j)) && !inExpr(j) && (!inExpr(j - 1) || !parenthetical)) {
      closedByDate = inExpr(j - 1);
      break;
    }
    if (inExpr(j)) {
      if (j === exprB && exprNoun !== null) object.push(exprNoun);
      continue;
    }
    if (STOP_WORDS.has(t.lower)) break;
    // A preposition left dangling by the removed expression ("on November 14").
    if (isPreposition(t.lower) && inExpr(j + 1) && exprNoun === null && !ownPreposition) continue;
    object.push(t.text);
  }
  return { object, j, closedByDate };
}

export function describeEvent(model: TextModel, start: number, end: number): EventDescription {
  const { tokens, body } = model;
  const s = sentenceAt(model, start);
  if (!s) return { text: body.slice(start, end), complete: false };
  const first = tokenAtOrAfter(tokens, s.start);
  let last = tokenAtOrAfter(tokens, s.end) - 1;
  while (last > first && (tokens[last]?.start ?? 0) >= s.end) last--;
  const exprA = tokenAtOrAfter(tokens, start);
  const exprB = tokenAtOrAfter(tokens, end) - 1;
  const inExpr = (k: number): boolean => k >= exprA && k <= exprB;
  const gap = (k: number): string => body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  const fallback = (): EventDescription => {
    const words: string[] = [];
    for (let k = first; k <= last; k++) if (!inExpr(k)) words.push(tokens[k]?.text ?? '');
    const d = cleaned(words);
    return d.text ? d : { text: body.slice(s.start, s.end).slice(0, MAX), complete: false };
  };
  // The verb-based description reads English word classes; other languages describe the clause.
  if (!packFor(model.language).analysis.englishLexicon) {
    const d = clauseDescription(model, first, last, exprA, exprB);
    return d.text ? d : fallback();
  }

  const verbAt = (k: number): boolean => {
    const t = tokens[k];
    if (!t || t.cap || inExpr(k)) return false;
    if (EN_AUXILIARIES.has(t.lower)) return false;
    const prev = tokens[k - 1];
    if (!isFiniteVerb(t.lower) && !(isInfinitive(t.lower) && prev && MODALS.has(prev.lower))) return false;
    // "the strike", "a protest": a determiner before makes it a noun.
    return !(prev && !PUNCT.test(gap(k)) && isDeterminer(prev.lower));
  };
  // The verb nearest before the expression, else the first after it.
  let v = -1;
  for (let k = exprA - 1; k >= first; k--) {
    if (verbAt(k)) {
      v = k;
      break;
    }
  }
  if (v < 0)
    for (let k = exprB + 1; k <= last; k++)
      if (verbAt(k)) {
        v = k;
        break;
      }
  if (v < 0) return fallback();

  // Subject: the noun phrase before the verb (skipping auxiliaries), across one comma for a participle.
  let k = v - 1;
  const aux: string[] = [];
  while (k >= first && EN_AUXILIARIES.has(tokens[k]?.lower ?? '') && !PUNCT.test(gap(k + 1))) {
    if (tokens[k]?.lower === 'will') aux.unshift('will');
    k--;
  }
  if (k >= first && RELATIVES.has(tokens[k]?.lower ?? '') && PUNCT.test(gap(k))) k--;
  const subject: Token[] = [];
  const crossing = k >= first && PUNCT.test(gap(k + 1));
  if (k >= first && (!PUNCT.test(gap(k + 1)) || crossing)) {
    for (let j = k; j >= first && subject.length < 8; j--) {
      const t = tokens[j];
      if (!t || inExpr(j)) break;
      if (subject.length > 0 && PUNCT.test(gap(j + 1))) break;
      if (t.cap || /^\d/.test(t.text)) subject.unshift(t);
      else if (NAME_CONNECTORS.has(t.lower) && tokens[j - 1]?.cap && subject[0]?.cap) subject.unshift(t);
      else if (
        isDeterminer(t.lower) ||
        STOP_WORDS.has(t.lower) ||
        isPreposition(t.lower) ||
        isFiniteVerb(t.lower)
      )
        break;
      else subject.unshift(t);
    }
  }
  while (subject.length > 0 && NAME_CONNECTORS.has(subject[0]?.lower ?? '')) subject.shift();
  // A long run of capitals is a role and a name: keep the name.
  let subjWords = subject.map((t) => t.text);
  if (subject.length > 4 && subject.every((t) => t.cap)) subjWords = subjWords.slice(-2);

  const { object, j, closedByDate } = objectAfter(model, v, last, exprA, exprB);
  const verb = tokens[v]?.text ?? '';
  let words = [...subjWords, ...aux, verb, ...object];
  // Too short to say much: add the next clause ("strike occurred when an Iskander missile landed …").
  if (words.join(' ').length < 25 && j <= last && !closedByDate) {
    for (let m = j; m <= last && words.length < 16; m++) {
      const t = tokens[m];
      if (!t) break;
      if (m > j && PUNCT.test(gap(m))) break;
      if (!inExpr(m)) words = [...words, t.text];
    }
  }
  const d = cleaned(words);
  return d.text ? d : fallback();
}

/**
 * Each event once: a later event with the same date and the same description as an earlier one
 * is the same event told again ("the ministers met on Tuesday … they met on Tuesday").
 */
export function eventsOnce<T extends { iso: string; description: string }>(events: readonly T[]): T[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.iso}\u0000${e.description.toLocaleLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
