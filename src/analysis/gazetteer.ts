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
import {
  AZ_DEMONYMS,
  EN_CANONICAL,
  EN_DEMONYMS,
  EXTRA_ALIASES,
  RU_ADJECTIVE_ENDINGS,
  RU_DEMONYM_STEMS,
} from './data/countries.ts';
import { lowerFor, type Token } from './tokenize.ts';

countries.registerLocale(enLocale);
countries.registerLocale(ruLocale);
countries.registerLocale(azLocale);

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
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*/gu;
const wordsOf = (lang: string, s: string): string[] => [...s.matchAll(WORD)].map((m) => lowerFor(lang, m[0]));
const surfaceWords = (s: string): string[] => [...s.matchAll(WORD)].map((m) => m[0]);
const isAcronym = (s: string): boolean =>
  !/\p{Ll}/u.test(s.replace(/[^\p{L}]/gu, '')) && s.replace(/[^\p{L}]/gu, '').length <= 5;

/** Countries whose English name is mostly something else in news text. */
const EN_SKIP = new Set(['JE', 'UM', 'AQ']);

/** Russian names as the countries themselves use them, where the locale data has another. */
const RU_CANONICAL: Readonly<Record<string, string>> = { TM: 'Туркменистан' };

function pickName(lang: Language, code: string, names: readonly string[]): string {
  if (lang === 'en' && EN_CANONICAL[code]) return EN_CANONICAL[code];
  if (lang === 'ru' && RU_CANONICAL[code]) return RU_CANONICAL[code];
  const plain = names.filter((n) => !/[,(]/.test(n) && !isAcronym(n));
  if (lang === 'en') return plain[plain.length - 1] ?? names[0] ?? code;
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] ?? code;
}

function stemRu(word: string): string {
  return word.length > 4 && /[аяйьоеы]$/.test(word) ? word.slice(0, -1) : word;
}

const RU_NOUN_ENDINGS = new Set([
  '',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'ой',
  'ей',
  'ом',
  'ем',
  'ию',
  'ии',
  'ией',
  'ью',
]);
const AZ_CASE_SUFFIXES = new Set([
  '',
  'ın',
  'in',
  'un',
  'ün',
  'nın',
  'nin',
  'nun',
  'nün',
  'a',
  'ə',
  'ya',
  'yə',
  'na',
  'nə',
  'ı',
  'i',
  'u',
  'ü',
  'nı',
  'ni',
  'nu',
  'nü',
  'da',
  'də',
  'nda',
  'ndə',
  'dan',
  'dən',
  'ndan',
  'ndən',
  'la',
  'lə',
  'yla',
  'ylə',
  'dakı',
  'dəki',
  'ndakı',
  'ndəki',
  'ta',
  'tə',
  'tan',
  'tən',
]);
const AZ_DEMONYM_SUFFIXES = new Set(['lı', 'li', 'lu', 'lü', 'lılar', 'lilər', 'lıların', 'lilərin']);

/** Russian case forms of one word of a multi-word name, adjectives and nouns alike (over-generates). */
function ruWordForms(w: string): string[] {
  const adj = /^(.*?)(ая|яя|ий|ый|ой|ое|ее)$/u.exec(w);
  if (adj && w.length > 4) {
    const s = adj[1] ?? '';
    return [
      w,
      ...['ой', 'ую', 'ей', 'ого', 'ому', 'им', 'ым', 'ом', 'ем', 'ее', 'ие', 'ых', 'их'].map((e) => s + e),
    ];
  }
  if (w.endsWith('ь')) return [w, ...['и', 'ью', 'я', 'ю', 'ем', 'е'].map((e) => w.slice(0, -1) + e)];
  if (w.endsWith('а') || w.endsWith('я'))
    return [w, ...['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей'].map((e) => w.slice(0, -1) + e)];
  if (w.endsWith('е') || w.endsWith('о'))
    return [w, ...['я', 'а', 'ю', 'у', 'ем', 'ом'].map((e) => w.slice(0, -1) + e)];
  if (w.endsWith('й')) return [w, ...['я', 'ю', 'ем', 'е'].map((e) => w.slice(0, -1) + e)];
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(w)) return [w, ...['а', 'у', 'ом', 'е'].map((e) => w + e)];
  return [w];
}

/** Azerbaijani forms of a multi-word name: the last word takes the case endings ("vilayətində"). */
function azLastWordForms(w: string): string[] {
  const out = [w];
  if (/[ıiuü]$/u.test(w)) {
    for (const e of [
      'n',
      'nda',
      'ndə',
      'nın',
      'nin',
      'nun',
      'nün',
      'na',
      'nə',
      'ndan',
      'ndən',
      'nı',
      'ni',
      'nu',
      'nü',
      'ndakı',
      'ndəki',
    ])
      out.push(w + e);
  } else for (const e of AZ_CASE_SUFFIXES) if (e) out.push(w + e);
  return out;
}

/** Surfaces to index for a name: inflected forms of multi-word Russian and Azerbaijani names. */
function surfaceForms(lang: Language, name: string): string[] {
  const ws = name.split(/\s+/u);
  if (ws.length < 2 || lang === 'en') return [name];
  if (lang === 'az') {
    const head = ws.slice(0, -1).join(' ');
    return azLastWordForms(ws[ws.length - 1] ?? '').map((l) => `${head} ${l}`);
  }
  let acc = [''];
  for (const w of ws) {
    const forms = ruWordForms(w);
    if (w.includes('ё')) forms.push(...forms.map((f) => f.replace(/ё/gu, 'е')));
    acc = acc.flatMap((a) => forms.map((f) => (a ? `${a} ${f}` : f)));
  }
  return acc;
}

function buildIndex(lang: Language): LangIndex {
  const byFirst = new Map<string, Phrase[]>();
  const byStem = new Map<string, Phrase[]>();
  const countryNames = new Map<string, string>();
  const add = (surface: string, entry: PlaceEntry | null, demonymOf: string | null): void => {
    const words = wordsOf(lang, surface);
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
    if (lang !== 'en' && words.length === 1 && phrase.exact === null) {
      const stem = lang === 'ru' ? stemRu(first) : first;
      const sl = byStem.get(stem) ?? [];
      sl.push(phrase);
      byStem.set(stem, sl);
    }
  };

  const all = countries.getNames(lang, { select: 'all' });
  for (const [code, names] of Object.entries(all)) {
    if (lang === 'en' && EN_SKIP.has(code)) continue;
    const extra = EXTRA_ALIASES[lang]?.[code] ?? [];
    const name = pickName(lang, code, names);
    countryNames.set(code, name);
    const entry: PlaceEntry = { id: `country:${code}`, name, type: 'country', country: code, capital: false };
    for (const n of new Set([...names, ...extra, name])) {
      if (/[(,]/.test(n)) continue;
      add(n, entry, null);
    }
  }
  for (const c of CITIES) {
    const name = lang === 'en' ? c.en : (c[lang] ?? c.en);
    const entry: PlaceEntry = {
      id: `city:${c.en}`,
      name,
      type: 'city',
      country: c.country,
      capital: c.capital === true,
    };
    const forms = lang === 'en' ? [c.en, ...(c.alt ?? [])] : [c[lang] ?? c.en];
    for (const f of forms) add(f, entry, null);
  }
  for (const r of REGIONS) {
    const name = lang === 'en' ? r.en : (r[lang] ?? r.en);
    const entry: PlaceEntry = { id: `region:${r.en}`, name, type: 'region', country: '', capital: false };
    const forms =
      lang === 'en'
        ? [r.en, ...(r.alt ?? [])]
        : [r[lang] ?? r.en, ...((lang === 'ru' ? r.ruAlt : r.azAlt) ?? [])];
    for (const f of forms) for (const s of surfaceForms(lang, f)) add(s, entry, null);
  }
  for (const r of REGIONAL_PLACES) {
    const entry: PlaceEntry = {
      id: `${r.type}:${r.en}`,
      name: r[lang],
      type: r.type,
      country: r.type === 'city' ? r.country : '',
      capital: false,
    };
    for (const f of new Set([r[lang], ...r.alt])) for (const s of surfaceForms(lang, f)) add(s, entry, null);
  }
  if (lang === 'en') {
    for (const [code, dems] of Object.entries(EN_DEMONYMS)) {
      for (const d of dems) {
        add(d, null, code);
        if (!/(sh|ch|ese|ss)$/.test(d)) add(`${d}s`, null, code);
      }
    }
  }
  if (lang === 'az') {
    for (const [code, dems] of Object.entries(AZ_DEMONYMS)) for (const d of dems) add(d, null, code);
  }
  // Longest phrases first so "Mexico City" wins over "Mexico".
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byStem, countryNames };
}

const INDEXES: Record<Language, LangIndex> = {
  en: buildIndex('en'),
  ru: buildIndex('ru'),
  az: buildIndex('az'),
};

const RU_DEMONYMS: { stem: string; code: string }[] = Object.entries(RU_DEMONYM_STEMS).flatMap(
  ([code, stems]) => stems.map((stem) => ({ stem, code })),
);
const RU_ADJ = new Set(RU_ADJECTIVE_ENDINGS);

export interface PlaceMatch {
  entry: PlaceEntry | null;
  /** Country code when the match is a demonym. */
  demonymOf: string | null;
  /** Number of tokens consumed. */
  length: number;
}

function phraseMatches(p: Phrase, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k];
    if (!t) return false;
    if (k > 0) {
      const prev = tokens[i + k - 1];
      // Words of one name sit on one line, separated by spaces only, and only the last may be possessive.
      if (!prev || prev.possessive || t.start - prev.end > 2 || t.paragraph !== prev.paragraph) return false;
    }
    if (t.lower !== p.words[k]) return false;
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
  const lang = asLanguage(language);
  const t = tokens[i];
  if (!t) return null;
  const idx = INDEXES[lang];
  const list = idx.byFirst.get(t.lower);
  if (list) {
    for (const p of list) {
      if (p.demonymOf !== null && lang === 'en' && !t.cap) continue;
      if (phraseMatches(p, tokens, i))
        return { entry: p.entry, demonymOf: p.demonymOf, length: p.words.length };
    }
  }
  if (lang === 'ru') {
    if (t.cap) {
      for (let cut = 0; cut <= 3 && cut < t.lower.length - 2; cut++) {
        const head = cut === 0 ? t.lower : t.lower.slice(0, -cut);
        const cand = idx.byStem.get(head)?.find((p) => p.entry !== null);
        if (cand && RU_NOUN_ENDINGS.has(t.lower.slice(head.length)))
          return { entry: cand.entry, demonymOf: null, length: 1 };
      }
    }
    for (const d of RU_DEMONYMS) {
      if (t.lower.startsWith(d.stem) && RU_ADJ.has(t.lower.slice(d.stem.length)))
        return { entry: null, demonymOf: d.code, length: 1 };
    }
  }
  if (lang === 'az') {
    const word = t.lower.split(/[’']/)[0] ?? t.lower;
    for (let cut = 0; cut <= 6 && cut < word.length - 2; cut++) {
      const stem = cut === 0 ? word : word.slice(0, -cut);
      const cand = idx.byStem.get(stem)?.[0];
      if (!cand) continue;
      const rest = t.lower.slice(stem.length).replace(/^[’']/, '');
      if (cand.entry !== null && t.cap && AZ_CASE_SUFFIXES.has(rest))
        return { entry: cand.entry, demonymOf: null, length: 1 };
      if (cand.entry !== null && cand.entry.type === 'country' && AZ_DEMONYM_SUFFIXES.has(rest)) {
        return { entry: null, demonymOf: cand.entry.country, length: 1 };
      }
      if (cand.demonymOf !== null && (rest === '' || AZ_CASE_SUFFIXES.has(rest)))
        return { entry: null, demonymOf: cand.demonymOf, length: 1 };
    }
  }
  return null;
}

/** The country a demonym token points to ("Russian" → "RU"), or null. */
export function demonymCountry(tokens: readonly Token[], i: number, language: string): string | null {
  const m = matchPlace(tokens, i, language);
  return m && m.demonymOf !== null && m.length === 1 ? m.demonymOf : null;
}

/** Country name in a language ("RU" → "Russia"). */
export function countryName(code: string, language: string): string {
  return INDEXES[asLanguage(language)].countryNames.get(code) ?? INDEXES.en.countryNames.get(code) ?? code;
}

/** The English demonym used to name a country's institutions ("RU" → "Russian"). */
export function primaryDemonym(code: string): string | null {
  return EN_DEMONYMS[code]?.[0] ?? null;
}
