import type { LanguageCore, LanguagePack } from './pack.ts';
import { englishStemmer, stemCyrillicElse } from './stemmers.ts';
import { enAnalysis } from './en/analysis.ts';
import { EN_MONTHS } from './en/months.ts';

/** English (British spelling and dates: "21 November 2025"). */
export const enCore: LanguageCore = {
  code: 'en',
  name: 'English',
  tag: 'en-GB',
  locales: { date: 'en-GB', number: 'en-GB' },
  ogLocale: 'en_GB',
  foldCase: (text) => text.toLowerCase(),
  stem: stemCyrillicElse(englishStemmer),
  // Letters of other Latin alphabets an English text meets in names (Søren, Łódź, Straße).
  searchFolds: { ß: 's', æ: 'a', Æ: 'a', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l' },
  slugLetters: [],
  quotes: { primary: ['“', '”'], secondary: ['‘', '’'] },
  calendar: {
    months: [...EN_MONTHS],
    weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  },
};

export const en: LanguagePack = { ...enCore, analysis: enAnalysis };
