/**
 * Step 1: split a body into paragraphs, sentences and word tokens, all with UTF-16 offsets into
 * the body. Every later step works on this model.
 */
import { baseLanguage, packFor } from '../languages/index.ts';
import { itemAt } from './item-at.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Token extends Span {
  index: number;
  /** As written, possessive included ("Azerbaijan’s"). */
  text: string;
  /** Possessive removed ("Azerbaijan"). */
  base: string;
  /** `base` lower-cased with the article language's casing rules. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Written with a possessive ’s. */
  possessive: boolean;
  sentence: number;
  paragraph: number;
}

export interface TextModel {
  body: string;
  language: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/** A word: letters/digits, joined by inner hyphens, dots, apostrophes or plus signs ("News.Az", "S-300", "3+3"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*\+?/gu;
const POSSESSIVE = /[’']s$/u;
const UPPER = /^\p{Lu}/u;

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'rev',
  'gov',
  'sen',
  'rep',
  'capt',
  'maj',
  'adm',
  'cmdr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'mt',
  'ft',
  'etc',
  'approx',
  'fig',
  'г',
  'гг',
  'ул',
  'им',
  'т',
  'д',
]);

/** Capitalised words that start a new sentence even after "a.m." or "U.S.". */
const SENTENCE_STARTERS = new Set([
  'the',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'a',
  'an',
  'in',
  'on',
  'at',
  'this',
  'that',
  'but',
  'and',
  'his',
  'her',
  'their',
  'its',
  'there',
  'officials',
  'however',
  'meanwhile',
  'earlier',
  'later',
]);

/** Lower case by the language's rules (Azerbaijani I → ı). */
export function lowerFor(language: string, s: string): string {
  return packFor(language).foldCase(s);
}

export { baseLanguage };

function splitParagraphs(body: string): Paragraph[] {
  const separator = /\n[ \t\r]*\n/.test(body) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let last = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body[s] ?? '')) s++;
    while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (const m of body.matchAll(separator)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, body.length);
  return out;
}

/** Sentence ends: terminal punctuation, optional closing quotes/brackets, then space and a capital. */
const SENTENCE_END = /[.!?…]+["”»’)\]]*(?=\s+["“«„‘(—–-]?\s*[\p{Lu}\p{N}])/gu;

function splitSentences(body: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    for (const m of text.matchAll(SENTENCE_END)) {
      const dot = m.index;
      if (text[dot] === '.' && m[0].length === 1 && !endsSentenceAfterDot(text, dot)) continue;
      const end = dot + m[0].length;
      out.push({ index: out.length, paragraph: p.index, start: p.start + from, end: p.start + end });
      from = end;
      while (from < text.length && /\s/.test(text[from] ?? '')) from++;
    }
    if (from < text.length)
      out.push({ index: out.length, paragraph: p.index, start: p.start + from, end: p.end });
  }
  return out;
}

function endsSentenceAfterDot(text: string, dot: number): boolean {
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "J. Smith"
  if (word.includes('.')) {
    // "a.m." or "U.S." ends a sentence only before a typical sentence opener.
    const next = /^\s+["“«„‘(]?([\p{L}]+)/u.exec(text.slice(dot + 1))?.[1] ?? '';
    return SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return true;
}

export function tokenize(body: string, language = 'en'): TextModel {
  const lang = baseLanguage(language);
  const paragraphs = splitParagraphs(body);
  const sentences = splitSentences(body, paragraphs);
  const tokens: Token[] = [];
  let si = 0;
  for (const m of body.matchAll(WORD)) {
    const start = m.index;
    const text = m[0];
    while (si < sentences.length - 1 && (sentences[si]?.end ?? 0) <= start) si++;
    const sentence = sentences[si];
    const possessive = POSSESSIVE.test(text) && text.length > 2;
    const base = possessive ? text.replace(POSSESSIVE, '') : text;
    tokens.push({
      index: tokens.length,
      start,
      end: start + text.length,
      text,
      base,
      lower: lowerFor(lang, base),
      cap: UPPER.test(text),
      possessive,
      sentence: sentence?.index ?? 0,
      paragraph: sentence?.paragraph ?? 0,
    });
  }
  return { body, language: lang, paragraphs, sentences, tokens };
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing `offset` (the last one starting at or before it). */
export function sentenceAt(model: TextModel, offset: number): Sentence | undefined {
  const ss = model.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The paragraph containing `offset`. */
export function paragraphAt(model: TextModel, offset: number): Paragraph | undefined {
  let found: Paragraph | undefined;
  for (const p of model.paragraphs) {
    if (p.start <= offset) found = p;
    else break;
  }
  return found;
}

/** The characters between two adjacent tokens (or from a token to an offset). */
export function gapBetween(body: string, a: Span, b: Span): string {
  return body.slice(a.end, b.start);
}

/** True when only spaces separate two spans. */
export function adjacent(body: string, a: Span, b: Span): boolean {
  return /^[ \t\u00a0]+$/.test(body.slice(a.end, b.start));
}

/** Tokens first..last as written in the body, the last one in its base form ("the Ministry of Finance's" → "…Finance"). */
export function writtenToBase(body: string, tokens: readonly Token[], first: number, last: number): string {
  const lastToken = itemAt(tokens, last);
  return `${body.slice(itemAt(tokens, first).start, lastToken.start)}${lastToken.base}`;
}
