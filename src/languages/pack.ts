/**
 * What the code knows about one language, in one typed object (as BBC Simorgh keeps one config
 * per language service). Everything here is pure data or a pure function; `languages/` imports
 * nothing from the app, so analysis, search, site and lib may all ask it.
 *
 * A pack without analysis cues (see `generic.ts`) still gets everything the product needs —
 * dates, folding, slugs, search — with generic behaviour; the cues only sharpen story analysis.
 */
import type { AnalysisCues } from './analysis-cues.ts';

export type { AnalysisCues } from './analysis-cues.ts';

export interface LanguagePack {
  /** The BCP 47 primary language subtag articles and URLs use: 'en', 'az', 'ru'. */
  code: string;
  /** The language's name as its speakers write it, for language lists and switchers: 'Русский'. */
  name: string;
  /** The full BCP 47 tag of the variety written: 'en-GB', 'az-Latn-AZ', 'ru-RU'. */
  tag: string;
  /** Intl locales: dates ("21 November 2025") and lists/numbers. */
  locales: { date: string; number: string };
  /** OpenGraph `og:locale` ("en_GB"). */
  ogLocale: string;
  /** Lower case by this language's rules (Azerbaijani I → ı, İ → i). */
  foldCase(text: string): string;
  /** The search stemmer for a word of a text in this language (already folded). */
  stem(word: string): string;
  /**
   * Letters the search index folds beyond case and diacritics (ə→e, ё→е). Folding applies to every
   * text whatever its language (an Azerbaijani name in a Russian article), so the registry joins
   * all packs' folds.
   */
  searchFolds: Readonly<Record<string, string>>;
  /** Transliteration for ASCII slugs, joined over all packs like `searchFolds` (ə→e, ş→s). */
  slugLetters: readonly (readonly [string, string])[];
  /** Quotation marks, outer pair first ("“…”", "«…»"). */
  quotes: { primary: readonly [string, string]; secondary: readonly [string, string] };
  /** Month and weekday names, lower case (weekdays from Sunday). */
  calendar: { months: readonly string[]; weekdays: readonly string[] };
  /** The cue tables and grammar rules story analysis reads; empty in a generic pack. */
  analysis: AnalysisCues;
}

/** A pack without its analysis cues: what browser code (slugs in the newsroom app) needs, and light. */
export type LanguageCore = Omit<LanguagePack, 'analysis'>;
