import type { LanguageCore, LanguagePack } from './pack.ts';
import { englishStemmer, stemCyrillicElse } from './stemmers.ts';
import { ruAnalysis } from './ru/analysis.ts';

/** Russian. Latin words in Russian copy are mostly English names and terms: they get the English stemmer. */
export const ruCore: LanguageCore = {
  code: 'ru',
  name: 'Русский',
  tag: 'ru-RU',
  locales: { date: 'ru', number: 'ru' },
  ogLocale: 'ru_RU',
  foldCase: (text) => text.toLowerCase(),
  stem: stemCyrillicElse((word) => (/[a-z]/.test(word) ? englishStemmer(word) : word)),
  // "елка" finds "ёлка".
  searchFolds: { ё: 'е', Ё: 'е' },
  slugLetters: [],
  quotes: { primary: ['«', '»'], secondary: ['„', '“'] },
  calendar: {
    months: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    weekdays: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  },
};

export const ru: LanguagePack = { ...ruCore, analysis: ruAnalysis };
