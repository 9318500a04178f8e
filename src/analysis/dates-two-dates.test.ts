/**
 * Two dates joined by "and" / "и" / "və" (issue 13, events): two events, not a range, unless
 * "between" opens a range. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';

// 2026-03-04 is a Wednesday.
const isos = (text: string, language: string, published = '2026-03-04') =>
  findDates(tokenize(text, language), published).map((d) => [d.expression, d.iso]);

describe('two dates joined by "and"', () => {
  it('are two events', () => {
    const got = isos('Two earlier leaks, on Jan. 12 and Feb. 9, forced the plant to stop.', 'en');
    expect(got).toContainEqual(['Feb. 9', '2026-02-09']);
    expect(got.some(([e, iso]) => /Jan\. 12/.test(String(e)) && iso === '2026-01-12')).toBe(true);
    expect(isos('Пожары произошли 12 января и 9 февраля.', 'ru')).toEqual([
      ['12 января', '2026-01-12'],
      ['9 февраля', '2026-02-09'],
    ]);
  });

  it('stay a range after "between" or with a dash', () => {
    expect(isos('The road was shut between Jan. 12 and Feb. 9.', 'en')).toEqual([
      ['Jan. 12 and Feb. 9', '2026-01-12/2026-02-09'],
    ]);
    expect(isos('Дорогу закрывали с 12 января по 9 февраля.', 'ru')).toEqual([
      ['с 12 января по 9 февраля', '2026-01-12/2026-02-09'],
    ]);
  });

  it('keeps a second day of the same month as a range ("Dec. 3 and 4")', () => {
    expect(isos('The talks were held on Feb. 3 and 4.', 'en')).toEqual([
      ['Feb. 3 and 4', '2026-02-03/2026-02-04'],
    ]);
  });
});
