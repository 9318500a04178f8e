/**
 * Live pages (issue 13, events): the "Updated" line is the dateline and each entry's time stamp is
 * an event on the page's day, whatever other dates the entry before it named. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';

// 2026-03-04 is a Wednesday.
const dates = (text: string, language: string, published = '2026-03-04') =>
  findDates(tokenize(text, language), published).map((d) => [d.expression, d.iso, d.kind]);

describe('live pages', () => {
  it('dates English stamps on the day of the Updated line, not on the dates entries mention', () => {
    const text = [
      'Flood on the river: live',
      'Updated 18:20 local time, Tuesday, March 3',
      '18:20 — The mayor says the bridge will stay shut until the end of the month.',
      '16:05 — Rescue teams reached the village that flooded on Sunday.',
      '14:40 — Engineers plan to inspect the dam on Friday.',
    ].join('\n\n');
    const got = dates(text, 'en');
    expect(got[0]).toEqual(['18:20 local time, Tuesday, March 3', '2026-03-03T18:20', 'dateline']);
    expect(got).toContainEqual(['18:20', '2026-03-03T18:20', 'event']);
    expect(got).toContainEqual(['16:05', '2026-03-03T16:05', 'event']);
    expect(got).toContainEqual(['14:40', '2026-03-03T14:40', 'event']);
  });

  it('dates Russian stamps closed by a full stop', () => {
    const text = [
      'Гололёд в Казани: онлайн',
      'Обновлено в 12:10 мск, среда, 4 марта',
      '12:10. Городские службы вывели на улицы 300 машин. Ночью ожидается мороз.',
      '10:45. В аэропорту задержаны 14 рейсов, сообщили в пресс-службе в понедельник.',
    ].join('\n\n');
    const got = dates(text, 'ru');
    expect(got[0]).toEqual(['12:10 мск, среда, 4 марта', '2026-03-04T12:10', 'dateline']);
    expect(got).toContainEqual(['12:10', '2026-03-04T12:10', 'event']);
    expect(got).toContainEqual(['10:45', '2026-03-04T10:45', 'event']);
  });

  it('reads Azerbaijani stamps, which the parser does not read bare, and the Yenilənib line', () => {
    const text = [
      'Qar yağır: canlı',
      'Yenilənib: 4 mart, 17:00',
      '17:00 – Nazirlik bildirib ki, yollar martın 6-da açılacaq.',
      '15:30 – Sürücülər saat 9:00-dan gözləyir.',
    ].join('\n\n');
    const got = dates(text, 'az');
    expect(got[0]).toEqual(['4 mart, 17:00', '2026-03-04T17:00', 'dateline']);
    expect(got).toContainEqual(['17:00', '2026-03-04T17:00', 'event']);
    expect(got).toContainEqual(['15:30', '2026-03-04T15:30', 'event']);
  });

  it('takes the publication day when the page names no day', () => {
    const text = ['09:15 — Polls open in the capital.', '11:00 — Turnout reaches 20 percent.'].join('\n\n');
    expect(dates(text, 'en')).toEqual([
      ['09:15', '2026-03-04T09:15', 'event'],
      ['11:00', '2026-03-04T11:00', 'event'],
    ]);
  });

  it('leaves a lone clock time opening a paragraph to the ordinary rules (not a live page)', () => {
    const text = [
      'The council met on Monday to discuss the budget.',
      '10:30 — that is when the vote was held, a councillor said.',
    ].join('\n\n');
    expect(dates(text, 'en')).toContainEqual(['10:30', '2026-03-02T10:30', 'event']);
  });

  it('does not take a score or a ratio at a paragraph start for a stamp', () => {
    const text = ['2-1 — the final score on Sunday.', '3.5 — the rate the bank set on Monday.'].join('\n\n');
    expect(dates(text, 'en').some(([, iso]) => String(iso).includes('T'))).toBe(false);
  });
});
