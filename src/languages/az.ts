import type { LanguageCore, LanguagePack } from './pack.ts';
import { stemCyrillicElse } from './stemmers.ts';
import { azAnalysis } from './az/analysis.ts';
import { AZ_MONTHS, AZ_WEEKDAY_NAMES } from './az/data/calendar.ts';

const lower = (text: string): string => text.toLocaleLowerCase('az');

/** Azerbaijani (Latin script). No Snowball stemmer: search matches folded words and prefixes. */
export const azCore: LanguageCore = {
  code: 'az',
  name: 'Azərbaycanca',
  tag: 'az-Latn-AZ',
  locales: { date: 'az', number: 'az' },
  ogLocale: 'az_AZ',
  foldCase: lower,
  stem: stemCyrillicElse((word) => word),
  // Dotted and dotless i fold together, and schwa to e: "eliyev" finds "Əliyev".
  searchFolds: { ə: 'e', Ə: 'e', ı: 'i', I: 'i', İ: 'i' },
  // The slug library's defaults are German (ö→oe) and map schwa to "a"; Azerbaijani wants these.
  slugLetters: [
    ['ə', 'e'],
    ['Ə', 'e'],
    ['ö', 'o'],
    ['Ö', 'o'],
    ['ü', 'u'],
    ['Ü', 'u'],
    ['ğ', 'g'],
    ['Ğ', 'g'],
    ['ı', 'i'],
    ['İ', 'i'],
    ['ç', 'c'],
    ['Ç', 'c'],
    ['ş', 's'],
    ['Ş', 's'],
  ],
  quotes: { primary: ['“', '”'], secondary: ['«', '»'] },
  calendar: { months: AZ_MONTHS, weekdays: AZ_WEEKDAY_NAMES },
};

export const az: LanguagePack = { ...azCore, analysis: azAnalysis };
