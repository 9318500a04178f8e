/**
 * A letter of the Latin, Greek or Cyrillic script, or an ASCII digit, followed by nothing that
 * joins it: no mark (Grapheme_Extend, spacing marks), no zero-width joiner, and the two letters
 * Unicode counts as spacing marks though they are not marks (Thai and Lao sara am). Such a first
 * character is a grapheme on its own by every rule of UAX #29 (no prepend, Hangul, regional
 * indicator or control can be involved), so no segmenter is needed.
 */
const LONE_FIRST =
  /^(?:[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}](?<=\p{L})|[0-9])(?![\p{Grapheme_Extend}\p{Mc}\u200d\u0e33\u0eb3])/u;

/**
 * The first character of `text` as a reader sees it (a letter with its accents, a whole emoji),
 * or undefined for an empty text. The common case is answered by a regular expression: building
 * an Intl.Segmenter loads ICU's break rules, which costs tens of milliseconds the first time,
 * and a start builds the site's logo from its name.
 */
export function firstGrapheme(text: string): string | undefined {
  const lone = LONE_FIRST.exec(text);
  if (lone) return lone[0];
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
    return segment;
  return undefined;
}
