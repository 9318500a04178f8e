/**
 * Base forms of people's names: the nominative, whatever case the text used, so one person is one
 * entity and one topic page («Михаила Евдокимова» → «Михаил Евдокимов», "Rəhman Mustafayevlə" →
 * "Rəhman Mustafayev"). The rules are the language pack's (languages/ru/base-form.ts,
 * languages/az/base-form.ts); languages without them (English) get the words back unchanged.
 */
import { packFor } from '../languages/index.ts';

/** The base form of a person's name (its words, in order, as written). */
export function baseName(words: readonly string[], language: string): string[] {
  if (!words.length) return [];
  return packFor(language).analysis.names.baseName(words);
}

/**
 * The forms a lone surname may stand for, most likely first (the word itself included): for
 * tying «Галузину» or "Mustafayevin" to a person named in full earlier.
 */
export function surnameBases(word: string, language: string): string[] {
  return packFor(language).analysis.names.surnameBases(word);
}
