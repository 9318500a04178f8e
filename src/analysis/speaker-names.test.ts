/**
 * A hyphenated given name ("Kim Hye-jin", "Lee Sang-woo") is part of the speaker's name; only a case
 * ending after a hyphen ("Report-a", "APA-ya") marks whom the words were told to. Sentences written
 * for this test, not taken from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('hyphenated given names', () => {
  it('keeps the whole name of a speaker found through a pronoun or a role', () => {
    expect(
      speakers(
        'The Seoul gallery director Park Ji-hoon opened the show on Friday. “Nobody expected this many visitors,” he said.',
        'en',
      ),
    ).toEqual(['Park Ji-hoon']);
    expect(
      speakers(
        'Choi Min-seo, the festival curator, arrived in Baku on Monday. “Our dancers have rehearsed for a year,” she told reporters.',
        'en',
      ),
    ).toEqual(['Choi Min-seo']);
    expect(
      speakers('Yoon Tae-ho toured the plant. “The turbines arrive in May,” Yoon Tae-ho said.', 'en'),
    ).toEqual(['Yoon Tae-ho']);
  });

  it('still cuts an outlet in the dative off an Azerbaijani speaker', () => {
    expect(speakers('"Körpü yayda açılacaq", - Rauf Kərimli Xəzərpress-ə deyib.', 'az')).toEqual([
      'Rauf Kərimli',
    ]);
  });
});
