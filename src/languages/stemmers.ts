import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';

/** Snowball stemmers (English, Russian) shared by the packs; other languages match folded words and prefixes. */
export { englishStemmer, russianStemmer };

const CYRILLIC = /[\u0400-\u04ff]/;

/** Cyrillic words in any text are Russian to the search index: they get the Russian stemmer. */
export const stemCyrillicElse =
  (otherwise: (word: string) => string) =>
  (word: string): string =>
    CYRILLIC.test(word) ? russianStemmer(word) : otherwise(word);
