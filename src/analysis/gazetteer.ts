/**
 * Place lookups built once at module load: countries (i18n-iso-countries, en/ru/az), capitals,
 * cities and regions, demonyms. Matching a token is a map access plus, for Russian and
 * Azerbaijani, a few suffix strips for case endings.
 */
import countries from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ruLocale from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import azLocale from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import type { PlaceType } from './types.ts';
import { CITIES, REGIONS } from './data/cities.ts';
import { REGIONAL_PLACES } from './data/regional-places.ts';
import { EXTRA_ALIASES, FORMER_COUNTRY_NAMES } from './data/countries.ts';
import { type Token } from './tokenize.ts';
import { packFor, type LanguagePack } from '../languages/index.ts';
import { EN_DEMONYMS } from '../languages/en/data/places.ts';

countries.registerLocale(enLocale);
countries.registerLocale(ruLocale);
countries.registerLocale(azLocale);

/** The gazetteer's columns: the languages its names are written in (others read the English ones). */
export const LANGUAGES = ['en', 'ru', 'az'] as const;
export type Language = (typeof LANGUAGES)[number];
export const asLanguage = (l: string): Language =>
  (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'en';

export interface PlaceEntry {
  /** Stable id: "country:RU", "city:Moscow", "region:Crimea". */
  id: string;
  /** Name in the article's language. */
  name: string;
  type: PlaceType;
  /** ISO alpha-2 of the country (for a region, ''). */
  country: string;
  capital: boolean;
}

interface Phrase {
  words: readonly string[];
  /** For acronyms ("US", "РФ"): the exact surface the tokens must show. */
  exact: readonly string[] | null;
  entry: PlaceEntry | null;
  /** Set for a demonym phrase: the country it points to. */
  demonymOf: string | null;
  /** The last word is a lower-case generic noun ("Belgorod region", "Белгородская область"). */
  lowerTail: boolean;
}

interface LangIndex {
  byFirst: Map<string, Phrase[]>;
  /** Russian/Azerbaijani single-word names by stem, for inflected forms. */
  byStem: Map<string, Phrase[]>;
  countryNames: Map<string, string>;
  /** Every name a country goes by in the language, as written (nominative). */
  countryAliases: Map<string, string[]>;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*/gu;
const wordsOf = (pack: LanguagePack, s: string): string[] =>
  [...s.matchAll(WORD)].map((m) => pack.foldCase(m[0]));
const surfaceWords = (s: string): string[] => [...s.matchAll(WORD)].map((m) => m[0]);
const isAcronym = (s: string): boolean =>
  !/\p{Ll}/u.test(s.replace(/[^\p{L}]/gu, '')) && s.replace(/[^\p{L}]/gu, '').length <= 5;

function pickName(cues: PlaceCues, code: string, names: readonly string[]): string {
  const canonical = cues.canonicalCountries[code];
  if (canonical) return canonical;
  const plain = names.filter((n) => !/[,(]/.test(n) && !isAcronym(n));
  if (cues.countryNameFromList === 'last') return plain[plain.length - 1] ?? names[0] ?? code;
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] ?? code;
}

/** Surfaces to index for a name: the inflected forms of a multi-word name, by the pack's rules. */
function surfaceForms(cues: PlaceCues, name: string): string[] {
  const ws = name.split(/\s+/u);
  if (ws.length < 2 || !cues.nameForms) return [name];
  return cues.nameForms(name);
}

type PlaceCues = LanguagePack['analysis']['places'];

function buildIndex(pack: LanguagePack): LangIndex {
  const cues = pack.analysis.places;
  const lang = asLanguage(pack.code);
  const byFirst = new Map<string, Phrase[]>();
  const byStem = new Map<string, Phrase[]>();
  const countryNames = new Map<string, string>();
  const countryAliases = new Map<string, string[]>();
  const add = (surface: string, entry: PlaceEntry | null, demonymOf: string | null): void => {
    const words = wordsOf(pack, surface).map(foldYo);
    const first = words[0];
    if (first === undefined) return;
    const surfaces = surfaceWords(surface);
    const phrase: Phrase = {
      words,
      exact: isAcronym(surface) ? surfaces : null,
      entry,
      demonymOf,
      lowerTail: words.length > 1 && /^\p{Ll}/u.test(surfaces[surfaces.length - 1] ?? ''),
    };
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
    if (cues.stemKey && words.length === 1 && phrase.exact === null) {
      const stem = cues.stemKey(first);
      const sl = byStem.get(stem) ?? [];
      sl.push(phrase);
      byStem.set(stem, sl);
    }
  };

  const all = countries.getNames(lang, { select: 'all' });
  for (const [code, names] of Object.entries(all)) {
    if (cues.skipCountries.has(code)) continue;
    const extra = EXTRA_ALIASES[lang]?.[code] ?? [];
    const name = pickName(cues, code, names);
    countryNames.set(code, name);
    const entry: PlaceEntry = { id: `country:${code}`, name, type: 'country', country: code, capital: false };
    countryAliases.set(
      code,
      [...new Set([name, ...names, ...extra])].filter((n) => !/[(,]/.test(n)),
    );
    for (const n of new Set([...names, ...extra, name])) {
      if (/[(,]/.test(n)) continue;
      // "Чешской Республике", "Cənubi Koreyanın": short multi-word names inflect like regions.
      for (const s of n.split(/\s+/u).length <= 3 ? surfaceForms(cues, n) : [n]) add(s, entry, null);
    }
  }
  for (const c of CITIES) {
    const name = c[lang] ?? c.en;
    const entry: PlaceEntry = {
      id: `city:${c.en}`,
      name,
      type: 'city',
      country: c.country,
      capital: c.capital === true,
    };
    // A city's other names (Tiflis, Тифлис, Bombay) are read in every language.
    for (const f of new Set([c[lang] ?? c.en, ...(c.alt ?? [])]))
      for (const s of surfaceForms(cues, f)) add(s, entry, null);
  }
  for (const r of REGIONS) {
    const name = r[lang] ?? r.en;
    const entry: PlaceEntry = { id: `region:${r.en}`, name, type: 'region', country: '', capital: false };
    const forms = [r[lang] ?? r.en, ...((cues.aliases ? r[cues.aliases] : undefined) ?? [])];
    for (const f of forms) for (const s of surfaceForms(cues, f)) add(s, entry, null);
  }
  for (const r of REGIONAL_PLACES) {
    const entry: PlaceEntry = {
      id: `${r.type}:${r.en}`,
      name: r[lang],
      type: r.type,
      country: r.type === 'city' ? r.country : '',
      capital: false,
    };
    for (const f of new Set([r[lang], ...r.alt])) for (const s of surfaceForms(cues, f)) add(s, entry, null);
  }
  for (const [code, dems] of Object.entries(cues.demonyms))
    for (const d of dems) for (const f of cues.demonymForms(d)) add(f, null, code);
  // Longest phrases first so "Mexico City" wins over "Mexico".
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byStem, countryNames, countryAliases };
}

/** One index per pack, built when first asked for (the shipped ones take a few milliseconds each). */
const INDEXES = new Map<LanguagePack, LangIndex>();
function indexFor(language: string): LangIndex {
  // A language the gazetteer has no column for reads the English names (as it always has).
  const pack = packFor(asLanguage(language));
  let idx = INDEXES.get(pack);
  if (!idx) {
    idx = buildIndex(pack);
    INDEXES.set(pack, idx);
  }
  return idx;
}

export interface PlaceMatch {
  entry: PlaceEntry | null;
  /** Country code when the match is a demonym. */
  demonymOf: string | null;
  /** Number of tokens consumed. */
  length: number;
}

/** "Чёрном" and "Черном" are one word: places are looked up with ё read as е. */
const foldYo = (w: string): string => (w.includes('ё') ? w.replaceAll('ё', 'е') : w);

function phraseMatches(p: Phrase, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k];
    if (!t) return false;
    if (k > 0) {
      const prev = tokens[i + k - 1];
      // Words of one name sit on one line, separated by spaces only, and only the last may be possessive.
      if (!prev || prev.possessive || t.start - prev.end > 2 || t.paragraph !== prev.paragraph) return false;
    }
    if (foldYo(t.lower) !== p.words[k]) return false;
    if (p.exact) {
      if (t.base !== p.exact[k]) return false;
    } else if (!t.cap && p.entry !== null && (k === 0 || (k === p.words.length - 1 && !p.lowerTail)))
      return false;
  }
  return true;
}

/**
 * The place or demonym starting at token i, if any. English names must be capitalised; Russian and
 * Azerbaijani ones may carry case endings.
 */
export function matchPlace(tokens: readonly Token[], i: number, language: string): PlaceMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const cues = packFor(asLanguage(language)).analysis.places;
  const idx = indexFor(language);
  const lower = foldYo(t.lower);
  const list = idx.byFirst.get(lower);
  if (list) {
    for (const p of list) {
      if (p.demonymOf !== null && cues.demonymsCapitalised && !t.cap) continue;
      if (phraseMatches(p, tokens, i))
        return { entry: p.entry, demonymOf: p.demonymOf, length: p.words.length };
    }
  }
  const inflected = cues.inflectedPlace?.(lower, t.cap, (stem) => idx.byStem.get(stem));
  if (inflected) return { ...inflected, length: 1 };
  return null;
}

/** The country a demonym token points to ("Russian" → "RU"), or null. */
export function demonymCountry(tokens: readonly Token[], i: number, language: string): string | null {
  const m = matchPlace(tokens, i, language);
  return m && m.demonymOf !== null && m.length === 1 ? m.demonymOf : null;
}

/** Country name in a language ("RU" → "Russia"). */
export function countryName(code: string, language: string): string {
  return indexFor(language).countryNames.get(code) ?? indexFor('en').countryNames.get(code) ?? code;
}

/**
 * The name a country goes by in the text: where the text never writes the usual name but another
 * one ("Туркмению", "Киргизии", "Burma"), that one, in the nominative; else the usual name.
 * A former name or a longer formal style gives the usual name. `written` are the mentions by name, in order. An acronym written anywhere keeps the usual name.
 */
export function countryNameAsWritten(code: string, language: string, written: readonly string[]): string {
  const usual = countryName(code, language);
  const aliases = indexFor(language).countryAliases.get(code) ?? [];
  const fold = (x: string): string => foldYo(x.toLocaleLowerCase());
  // A mention stands for an alias when it starts with the alias minus its last two letters
  // (case endings), word by word.
  const standsFor = (mention: string, alias: string): boolean => {
    const m = fold(mention).split(/\s+/u);
    const a = fold(alias).split(/\s+/u);
    return (
      m.length === a.length &&
      a.every((w, k) => {
        const x = m[k] ?? '';
        return x === w || (w.length >= 5 && x.startsWith(w.slice(0, Math.max(4, w.length - 2))));
      })
    );
  };
  if (!written.length || written.some((w) => standsFor(w, usual) || isAcronym(w))) return usual;
  for (const w of written) {
    const alias = aliases
      // A longer formal style ("Çex Respublikası") is the usual name's variant, not another name.
      .filter((a) => a !== usual && !isAcronym(a) && !FORMER_COUNTRY_NAMES.has(a) && standsFor(w, a))
      .filter((a) => a.split(/\s+/u).length <= usual.split(/\s+/u).length)
      .sort((x, y) => y.length - x.length)[0];
    if (alias) return alias;
  }
  return usual;
}

/** The English demonym used to name a country's institutions ("RU" → "Russian"). */
export function primaryDemonym(code: string): string | null {
  return EN_DEMONYMS[code]?.[0] ?? null;
}
