import type { LanguagePack } from './pack.ts';
import { NO_ANALYSIS_CUES } from './analysis-cues.ts';
import { stemCyrillicElse } from './stemmers.ts';

/**
 * The pack for a configured language nobody has written a pack for (Georgian, say): Intl with the
 * code itself, plain lower-casing, no stemmer (Cyrillic words still get the Russian one), straight
 * and curly quotes, and no analysis cues — story analysis then finds only what needs no words.
 */
export function genericPack(code: string): LanguagePack {
  return {
    code,
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
