import { languages, packOf, type LanguageLike, type LanguageRegistry } from '../languages/index.ts';
import type { LanguagePack } from '../languages/pack.ts';

/**
 * Search text processing shared by both databases, so that SQLite and PostgreSQL index exactly
 * the same tokens (see docs/adr/004-search.md):
 *  - folding: case and diacritics per character, one code unit in, one out (offsets survive,
 *    which lets highlights be placed on the original text), plus the packs' own letters
 *    (Azerbaijani ə→e, ı→i, İ→i, Russian ё→е), so "eliyev" finds "Əliyev" and "елка" finds "ёлка";
 *  - stemming with each pack's stemmer (Snowball for English and Russian); Azerbaijani has none
 *    and is matched by folded words and prefixes.
 */

/** Unicode case and diacritic folding of one character (the part no pack changes). */
const foldCache = new Map<string, string>();
function unicodeFold(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    f = base.length === 1 ? base : lower.length === 1 ? lower : c;
    foldCache.set(c, f);
  }
  return f;
}

/** Folding one code unit at a time by the packs' letters, then Unicode: the reference. */
export function unitFolder(registry: Pick<LanguageRegistry, 'searchFolds'>): (text: string) => string {
  const special = registry.searchFolds;
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i); // code units, not code points: the length stays the same
      out += special[c] ?? unicodeFold(c);
    }
    return out;
  };
}

/**
 * A folder with the letters of a registry's packs: the reference's result, faster. Every text is
 * folded for the index and for every snippet, and a body is mostly ASCII: when lower-casing keeps
 * the length (every unit maps to one), ASCII units are already folded and only the others go
 * through the tables. Unless a pack folds an ASCII letter other than to its lower case.
 */
export function folderFor(registry: Pick<LanguageRegistry, 'searchFolds'>): (text: string) => string {
  const special = registry.searchFolds;
  const byUnit = unitFolder(registry);
  const asciiAsLower = Object.entries(special).every(([k, v]) => {
    const lower = k.toLowerCase();
    return !(lower.length === 1 && lower.charCodeAt(0) < 0x80) || v === lower;
  });
  const other = /[\u0080-\uffff]/g;
  return (text) => {
    if (!asciiAsLower) return byUnit(text);
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return byUnit(text);
    return lower.replace(other, (_unit, i: number) => {
      const c = text.charAt(i);
      return special[c] ?? unicodeFold(c);
    });
  };
}

/** Case- and diacritic-folded text of exactly the same length as the input. */
export const fold: (text: string) => string = folderFor(languages);

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokens(folded: string): Token[] {
  return [...folded.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * Stems of words seen lately, per pack: every search stems the words of its results' bodies
 * for their snippets (ten bodies, ~4,000 words), and an archive's words repeat from search to
 * search; stemming was most of a search's time outside the database. Bounded: cleared when full.
 */
const stemCaches = new WeakMap<LanguagePack, Map<string, string>>();
const STEM_CACHE_MAX = 50_000;

/** A folded word's stem by the pack's stemmer (which also decides what to do with other scripts). */
export function stem(word: string, language: LanguageLike): string {
  const pack = packOf(language);
  let cache = stemCaches.get(pack);
  if (!cache) stemCaches.set(pack, (cache = new Map<string, string>()));
  let s = cache.get(word);
  if (s === undefined) {
    s = pack.stem(word);
    if (cache.size >= STEM_CACHE_MAX) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** The index form of a text: folded, tokenised, stemmed, space-separated. */
export function indexText(text: string, language: LanguageLike): string {
  return tokens(fold(text))
    .map((t) => stem(t.text, language))
    .join(' ');
}

export interface ParsedQuery {
  /** Stemmed words, all required. */
  terms: string[];
  /** Quoted phrases: stemmed words that must be adjacent. */
  phrases: string[][];
  /** The last bare word may be a prefix of a longer word ("kiy" finds "Kiyev"). */
  prefix: string | null;
  /** Why nothing will be searched, when the query has no usable word. */
  problem: 'empty' | 'too-short' | null;
}

const MAX_TERMS = 12;

/**
 * Reads what a reader typed: words, "quoted phrases"; punctuation is ignored; one-letter words
 * are dropped (they match half the archive). Never throws.
 */
export function parseQuery(raw: string, language: LanguageLike): ParsedQuery {
  const input = raw.slice(0, 500);
  const phrases: string[][] = [];
  const rest = input.replace(/["“”«»„]([^"“”«»„]+)["“”«»„]/gu, (_m, inner: string) => {
    const words = tokens(fold(inner)).map((t) => stem(t.text, language));
    if (words.length > 1) phrases.push(words.slice(0, MAX_TERMS));
    else if (words.length === 1) return ` ${inner} `;
    return ' ';
  });
  const all = tokens(fold(rest));
  const usable = all.filter((t) => t.text.length > 1 || /\d/.test(t.text));
  const terms = usable.slice(0, MAX_TERMS).map((t) => stem(t.text, language));
  // A query ending mid-word (no trailing space or punctuation) treats its last word as a prefix.
  const last =
    usable.length <= MAX_TERMS && /[\p{L}\p{N}]$/u.test(input) ? usable[usable.length - 1] : undefined;
  // The index holds stems ("election" → "elect"), so a half-typed word ("electi") is cut back
  // towards its stem before it is used as a prefix; short words are used as typed.
  const prefix =
    last && last.text.length >= 3
      ? last.text.length <= 4
        ? last.text
        : last.text.slice(0, Math.max(4, Math.min(stem(last.text, language).length, last.text.length - 2)))
      : null;
  if (prefix) terms.pop();
  const problem = terms.length || phrases.length || prefix ? null : all.length ? 'too-short' : 'empty';
  return { terms: [...new Set(terms)], phrases, prefix, problem };
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * A snippet of `text` around the densest cluster of query matches, as segments to render
 * (marked ones get <mark>). Works on the original text: folding keeps offsets.
 */
export function highlight(
  text: string,
  query: ParsedQuery,
  language: LanguageLike,
  maxWords = 36,
): Segment[] {
  const wanted = new Set([...query.terms, ...query.phrases.flat()]);
  const toks = tokens(fold(text));
  // A body repeats its words: each distinct word is stemmed once (stemming is most of the cost).
  const seen = new Map<string, boolean>();
  const isHit = (word: string): boolean => {
    const s = stem(word, language);
    return (
      wanted.has(s) ||
      (query.prefix !== null && (s.startsWith(query.prefix) || word.startsWith(query.prefix)))
    );
  };
  const hits = toks.map((t) => {
    let hit = seen.get(t.text);
    if (hit === undefined) seen.set(t.text, (hit = isHit(t.text)));
    return hit;
  });
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < toks.length; i++) {
    let score = 0;
    for (let j = i; j < Math.min(toks.length, i + maxWords); j++) if (hits[j]) score++;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
    if (i + maxWords >= toks.length) break;
  }
  // Start a few words before the first hit so it reads in context.
  const firstHit = hits.indexOf(true, best);
  const startTok = Math.max(0, Math.min(best, firstHit === -1 ? best : firstHit - 4));
  const endTok = Math.min(toks.length, startTok + maxWords);
  const firstTok = toks[startTok];
  const lastTok = toks[endTok - 1];
  if (!firstTok || !lastTok) return [{ text: text.slice(0, 200), mark: false }]; // no words
  const from = startTok === 0 ? 0 : firstTok.start;
  const to = endTok >= toks.length ? text.length : lastTok.end;
  const segments: Segment[] = [];
  if (from > 0) segments.push({ text: '… ', mark: false });
  let cursor = from;
  for (let i = startTok; i < endTok; i++) {
    const t = toks[i];
    if (!t || !hits[i]) continue;
    if (t.start > cursor) segments.push({ text: text.slice(cursor, t.start), mark: false });
    segments.push({ text: text.slice(t.start, t.end), mark: true });
    cursor = t.end;
  }
  if (to > cursor) segments.push({ text: text.slice(cursor, to), mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}
