/**
 * "Today" as nowadays and "this year" as the period of a figure (issue 13, events): no dated event.
 * A day or year with a past act and no figure stays one. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';

// 2026-03-04 is a Wednesday.
const isos = (text: string, language: string, published = '2026-03-04') =>
  findDates(tokenize(text, language), published).map((d) => [d.expression, d.iso]);

describe('"today" meaning nowadays', () => {
  it('is no event with a present-tense verb', () => {
    expect(isos('Today the village has a school, a clinic and a bakery.', 'en')).toEqual([]);
    expect(isos('Старый цех пустовал. Сегодня здесь работают 60 сварщиков.', 'ru')).toEqual([]);
    expect(isos('Zavod illərlə bağlı idi. Bu gün burada 60 qaynaqçı işləyir.', 'az')).toEqual([]);
  });

  it('is no event as an age ("of today", "of tomorrow")', () => {
    expect(isos('We train engineers for the factories of tomorrow, she said.', 'en')).toEqual([]);
    expect(isos('The problems of today were built decades ago, he wrote.', 'en')).toEqual([]);
  });

  it('stays the publication day for an act done or planned today', () => {
    expect(isos('The board approved the merger today.', 'en')).toEqual([['today', '2026-03-04']]);
    expect(isos('Решение сегодня приняли депутаты.', 'ru')).toEqual([['сегодня', '2026-03-04']]);
    expect(isos('Qərar bu gün iclasda qəbul olunub.', 'az')).toEqual([['bu gün', '2026-03-04']]);
    expect(isos('The minister will sign the decree today.', 'en')).toEqual([['today', '2026-03-04']]);
  });

  it('reads the tense in the expression’s own sentence, not the one before it', () => {
    expect(isos('В прошлом веке здесь делали станки. Сегодня здесь проектируют роботов.', 'ru')).toEqual([]);
  });
});

describe('"this year" as the period of a figure', () => {
  it('is no event beside a figure or with a present or future verb', () => {
    expect(isos('Inflation this year is 5 percent, the bank said.', 'en')).toEqual([]);
    expect(isos('The port expects a record number of ships this year.', 'en')).toEqual([]);
    expect(isos('Экспорт в этом году вырос на 12%, сообщили в министерстве.', 'ru')).toEqual([]);
    expect(isos('По прогнозу, урожай в этом году превысит прошлогодний.', 'ru')).toEqual([]);
    expect(isos('İxrac bu il 15 faiz artıb.', 'az')).toEqual([]);
    expect(isos('Bu il daha çox turist gözləyirik, – o deyib.', 'az')).toEqual([]);
  });

  it('stays the year for a past act without a figure', () => {
    expect(isos('The lake has shrunk by a third this year, the survey found.', 'en')).toEqual([
      ['this year', '2026'],
    ]);
  });

  it('keeps a month or a part of this year, which names a date', () => {
    expect(isos('Bu ilin mart ayında zavod açılıb.', 'az')).toEqual([['Bu ilin mart ayında', '2026-03']]);
  });
});
