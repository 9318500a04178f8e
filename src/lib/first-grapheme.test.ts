import { describe, expect, it } from 'vitest';
import { firstGrapheme } from './first-grapheme.ts';

/** What Intl.Segmenter alone answers: the reference the fast path must agree with. */
function bySegmenter(text: string): string | undefined {
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
    return segment;
  return undefined;
}

describe('firstGrapheme', () => {
  const cases = [
    'Newsdesk',
    'newsdesk',
    '7 Days',
    'Éclair',
    'E\u0301clair', // E + combining acute
    'e\u0308\u0301x', // two combining marks
    'Ѐхо', // Cyrillic
    'И\u0306ка', // Cyrillic И + combining breve
    'Ωmega',
    'Ağ',
    'Əliyev',
    'N\u200dX', // zero-width joiner after a Latin letter
    'a\u200cb', // zero-width non-joiner (Grapheme_Extend)
    'A\ufe0f', // variation selector
    '👍🏽 fine', // emoji with a skin tone
    '👨‍👩‍👧 family', // ZWJ sequence
    '🇦🇿 flag', // regional indicators
    '한국일보', // Hangul syllable
    '\u1100\u1161\u11a8', // Hangul jamo L V T: one grapheme
    'नमस्ते', // Devanagari with a spacing mark
    'ภาษา',
    'กำ', // Thai sara am after a consonant
    '\r\nx',
    '1\u20e3', // keycap: digit + combining enclosing keycap
    '日本',
    '',
  ];
  for (const text of cases) {
    it(`agrees with Intl.Segmenter on ${JSON.stringify(text)}`, () => {
      expect(firstGrapheme(text)).toBe(bySegmenter(text));
    });
  }

  it('answers a whole accented letter, not its base alone', () => {
    expect(firstGrapheme('E\u0301clair')).toBe('E\u0301');
    expect(firstGrapheme('👍🏽 fine')).toBe('👍🏽');
  });

  it('answers undefined for an empty text', () => {
    expect(firstGrapheme('')).toBeUndefined();
  });
});
