/**
 * Typographic quotes for display: straight quotes typed in a headline or standfirst become the
 * language's own marks, at render, so what the editor typed is kept as typed. Body text is never
 * passed through here (quotes attributed to speakers stay exactly as written).
 */
interface QuoteMarks {
  outer: [string, string];
  inner: [string, string];
}

const MARKS: Record<string, QuoteMarks> = {
  en: { outer: ['“', '”'], inner: ['‘', '’'] },
  az: { outer: ['“', '”'], inner: ['‘', '’'] },
  ru: { outer: ['«', '»'], inner: ['„', '“'] },
};

/** Before an opening quote: the start, a space, an opening bracket or dash, or another opening quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/«„“‘]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `text` with straight double quotes paired into the language's marks (nested ones inner) and apostrophes as ’. */
export function smartQuotes(text: string, language: string): string {
  const marks = MARKS[language.split('-')[0] ?? ''] ?? MARKS.en;
  if (!marks || (!text.includes('"') && !text.includes("'"))) return text;
  let depth = 0;
  let out = '';
  // By UTF-16 unit: the quotes are ASCII, and a neighbour that is half a pair counts as no letter.
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const before = i > 0 ? text.charAt(i - 1) : undefined;
    const after = i + 1 < text.length ? text.charAt(i + 1) : undefined;
    const opening = before === undefined || OPENS_AFTER.test(before);
    if (c === '"') {
      if (opening && after !== undefined && !/\s/.test(after)) {
        out += depth === 0 ? marks.outer[0] : marks.inner[0];
        depth++;
      } else {
        depth = Math.max(0, depth - 1);
        out += depth === 0 ? marks.outer[1] : marks.inner[1];
      }
    } else if (c === "'") {
      // Within or after a word ("Azerbaijan's", "the 90s'") and before a number ('90s): an apostrophe.
      const apostrophe = !opening || (after !== undefined && /\p{N}/u.test(after));
      if (apostrophe || !after || !LETTER_OR_DIGIT.test(after)) out += '’';
      else out += marks.inner[0];
    } else out += c;
  }
  return out;
}

/** A headline and standfirst as readers see them (see smartQuotes); other fields untouched. */
export function typeset<T extends { headline: string; standfirst: string | null; language: string }>(
  a: T,
): T {
  return {
    ...a,
    headline: smartQuotes(a.headline, a.language),
    standfirst: a.standfirst === null ? null : smartQuotes(a.standfirst, a.language),
  };
}
