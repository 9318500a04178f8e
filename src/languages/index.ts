/**
 * The language registry: which packs exist and which one answers for a language code. Adding a
 * language = a pack module beside en.ts and one entry in `PACKS` (docs/architecture.md, "Adding a
 * language"); a configured language without a pack gets `genericPack`.
 */
import type { LanguagePack } from './pack.ts';
import { genericPack } from './generic.ts';
import { en } from './en.ts';
import { az } from './az.ts';
import { ru } from './ru.ts';

export type { LanguagePack } from './pack.ts';
export { genericPack } from './generic.ts';

/** The packs the product ships with. */
export const PACKS: readonly LanguagePack[] = [en, az, ru];

/** 'en-GB', 'az_AZ' → 'en', 'az'. */
export function baseLanguage(language: string): string {
  return (language.split(/[-_]/)[0] ?? language).toLowerCase();
}

export interface LanguageRegistry {
  readonly packs: readonly LanguagePack[];
  /**
   * The pack for a code ('ru'); for a tag with a region ('en-US') the base language's pack with
   * Intl and OpenGraph locales from the tag itself; a generic pack when none is registered.
   */
  packFor(language: string): LanguagePack;
  /** Search folds of all packs together (folding ignores the text's language). */
  readonly searchFolds: Readonly<Record<string, string>>;
  /** Slug transliterations of all packs together (an Azerbaijani name in English copy). */
  readonly slugLetters: readonly (readonly [string, string])[];
}

export function createLanguageRegistry(packs: readonly LanguagePack[]): LanguageRegistry {
  const byCode = new Map(packs.map((p) => [p.code, p]));
  const derived = new Map<string, LanguagePack>();
  const derive = (language: string): LanguagePack => {
    const base = byCode.get(baseLanguage(language));
    if (!base) return genericPack(language);
    const locales = { date: language, number: language };
    return { ...base, tag: language, locales, ogLocale: language.replace('-', '_') };
  };
  return {
    packs,
    packFor(language) {
      const exact = byCode.get(language);
      if (exact) return exact;
      let p = derived.get(language);
      if (!p) {
        p = derive(language);
        // Codes come from requests too: remember a bounded few.
        if (derived.size < 64) derived.set(language, p);
      }
      return p;
    },
    searchFolds: Object.assign({}, ...packs.map((p) => p.searchFolds)) as Record<string, string>,
    slugLetters: packs.flatMap((p) => p.slugLetters),
  };
}

/** The shipped packs' registry (immutable: a new language means a new registry, see the tests). */
export const languages: LanguageRegistry = createLanguageRegistry(PACKS);

export const packFor = (language: string): LanguagePack => languages.packFor(language);

/** A language code, or a pack itself (a language not in the shipped registry, as in tests). */
export type LanguageLike = string | LanguagePack;
export const packOf = (language: LanguageLike): LanguagePack =>
  typeof language === 'string' ? packFor(language) : language;
