/**
 * Base forms of people's names: the nominative, whatever case the text used, so one person is one
 * entity and one topic page («Михаила Евдокимова» → «Михаил Евдокимов», "Rəhman Mustafayevlə" →
 * "Rəhman Mustafayev"). The rules are the language pack's (languages/ru/base-form.ts,
 * languages/az/base-form.ts); languages without them (English) get the words back unchanged.
 * Initials ("Г. Н.") and particles ("bin", "бин", "ibn") never decline: they stay as written and the
 * pack reads the other words.
 */
import { packFor } from '../languages/index.ts';

/** Words of a name that never decline: initials and Arabic particles. */
const FIXED = /^(?:\p{Lu}\.?|bin|ibn|бин|ибн|ben|bint)$/u;

/**
 * The base form of a person's name (its words, in order, as written). `governor` is the word right
 * before the name that sets its case (a role noun, a preposition; lower case), where there is one.
 */
export function baseName(
  words: readonly string[],
  language: string,
  governor: string | null = null,
): string[] {
  if (!words.length) return [];
  const { names } = packFor(language).analysis;
  if (names.baseNameAfter) return names.baseNameAfter(words, governor);
  const declining = words.filter((w) => !FIXED.test(w));
  if (!declining.length) return [...words];
  const bases = packFor(language).analysis.names.baseName(declining);
  let k = 0;
  return words.map((w) => (FIXED.test(w) ? w : (bases[k++] ?? w)));
}

/**
 * The forms a lone surname may stand for, most likely first (the word itself included): for
 * tying «Галузину» or "Mustafayevin" to a person named in full earlier.
 */
export function surnameBases(word: string, language: string): string[] {
  // Every capitalised word of an article is asked about: keep the answers (bounded).
  const key = `${language}\u0000${word}`;
  const hit = surnameCache.get(key);
  if (hit) return hit;
  if (surnameCache.size > 20_000) surnameCache.clear();
  const bases = packFor(language).analysis.names.surnameBases(word);
  surnameCache.set(key, bases);
  return bases;
}

const surnameCache = new Map<string, string[]>();
