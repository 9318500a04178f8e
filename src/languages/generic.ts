import type { LanguagePack } from './pack.ts';
import { NO_ANALYSIS_CUES } from './analysis-cues.ts';
import { stemCyrillicElse } from './stemmers.ts';

/**
 * A language's name in itself from Intl ('Türkçe', 'ქართული'), capitalised as a list shows it
 * ('Українська'; Georgian keeps its letters: its capitals, Mtavruli, are for all-caps titles); the
 * code itself when Intl does not know the language.
 */
function endonym(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (!name) return code;
    return /^\p{Script=Georgian}/u.test(name) ? name : name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * The pack for a configured language nobody has written a pack for (Georgian, say): Intl with the
 * code itself, plain lower-casing, no stemmer (Cyrillic words still get the Russian one), straight
 * and curly quotes, and no analysis cues — story analysis then finds only what needs no words.
 */
export function genericPack(code: string): LanguagePack {
  return {
    code,
    name: endonym(code),
    tag: code,
    locales: { date: code, number: code },
    ogLocale: code.replace('-', '_'),
    foldCase: (text) => text.toLowerCase(),
    stem: stemCyrillicElse((word) => word),
    searchFolds: {},
    slugLetters: [],
    quotes: { primary: ['“', '”'], secondary: ['‘', '’'] },
    calendar: { months: [], weekdays: [] },
    analysis: NO_ANALYSIS_CUES,
  };
}
