/**
 * Date classes of issue 13 (az and en: parts of years, days to days, ranges, "həmin ilin"), with
 * sentences written for these tests and the cases that must not match.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';

// 2026-03-12 is a Thursday.
const run = (text: string, published = '2026-03-12') =>
  findDates(tokenize(text, 'az'), published).map((d) => [d.expression, d.iso]);

describe('parts of a year', () => {
  it('reads halves, quarters and counts of months of a numbered or counted year', () => {
    expect(run('Zavod 2029-cu ilin birinci yarısında açılacaq.')).toEqual([
      ['2029-cu ilin birinci yarısında', '2029-01/2029-06'],
    ]);
    expect(run('Gələn ilin üçüncü rübündə tender elan olunacaq.')).toEqual([
      ['Gələn ilin üçüncü rübündə', '2027-07/2027-09'],
    ]);
    expect(run('Cari ilin ilk beş ayında yük daşımaları artıb.')).toEqual([
      ['Cari ilin ilk beş ayında', '2026-01/2026-05'],
    ]);
    expect(run('Ötən ilin 10 ayında 30 gəmi gəlib.')).toEqual([['Ötən ilin 10 ayında', '2025-01/2025-10']]);
    expect(run('Cari ilin fevral-aprel aylarında qiymətlər düşüb.')).toEqual([
      ['Cari ilin fevral-aprel aylarında', '2026-02/2026-04'],
    ]);
  });

  it('reads the end of a year as its month, and "həmin ilin" as the year named before', () => {
    expect(run('Körpü 2028-ci ilin sonunadək bərpa ediləcək.')).toEqual([
      ['2028-ci ilin sonunadək', '2028-12'],
    ]);
    expect(run('Stansiya 2019-cu ildə tikilib. Həmin ilin oktyabrında ilk elektrik verilib.')).toEqual([
      ['2019-cu ildə', '2019'],
      ['Həmin ilin oktyabrında', '2019-10'],
    ]);
  });

  it('reads "from next year" as the year, and leaves a year in a month expression to it', () => {
    expect(run('Rüsum gələn ildən artırılacaq.')).toEqual([['gələn ildən', '2027']]);
    expect(run('Xətt 2027-ci ilin mayında açılacaq.')).toEqual([['2027-ci ilin mayında', '2027-05']]);
  });

  it('reads no year part from a duration or a year alone', () => {
    expect(run('Təmir beş ay çəkəcək.')).toEqual([]);
    expect(run('İlin ikinci yarısında bazar dəyişə bilər.')).toEqual([]);
  });
});

describe('days, clock times and weekdays', () => {
  it('reads a clock time running to another day, counted from publication', () => {
    expect(run('Yağış bu gün saat 21:00-dan sabah səhər saatlarınadək davam edəcək.')).toEqual([
      ['bu gün saat 21:00-dan sabah səhər saatlarınadək', '2026-03-12T21:00/2026-03-13'],
    ]);
    expect(run('Su sabah saat 09:00-dan 17:00-dək verilməyəcək.')).toEqual([
      ['sabah saat 09:00-dan 17:00-dək', '2026-03-13T09:00/2026-03-13T17:00'],
    ]);
  });

  it('reads a day with "-dən" whole, and two weekdays as a range', () => {
    expect(run('Yeni qiymətlər aprelin 1-dən tətbiq olunacaq.')).toEqual([['aprelin 1-dən', '2026-04-01']]);
    expect(run('Şənbə və bazar günləri muzeylər açıq olacaq.')).toEqual([
      ['Şənbə və bazar günləri', '2026-03-14/2026-03-15'],
    ]);
  });

  it('reads "sabah" as tomorrow, but not in a name or "sabah saatlarında"', () => {
    expect(run('Nümayəndə heyəti sabah Bakıya gələcək.')).toEqual([['sabah', '2026-03-13']]);
    expect(run('Kredit Sabah Kredit MMC tərəfindən verilib.')).toEqual([]);
    expect(run('Sərnişinlər sabah saatlarında gözləyiblər.')).toEqual([]);
  });

  it('reads this year’s end with no year before it, and no baseline of a comparison', () => {
    expect(run('Körpü ilin sonunadək bərpa ediləcək.')).toEqual([['ilin sonunadək', '2026-12']]);
    expect(run('İxrac ötən ilin eyni dövrü ilə müqayisədə 5 faiz artıb.')).toEqual([]);
  });
});

describe('long durations (en)', () => {
  it('reads "in ten years" as no date, and a year as one', () => {
    const en = (text: string) => findDates(tokenize(text, 'en'), '2026-03-12').map((d) => d.expression);
    expect(en('Nothing has been built in ten years.')).toEqual([]);
    expect(en('The line opened in 2019.')).toEqual(['in 2019']);
  });

  it('reads the first months of a year and spans of months without days', () => {
    const en = (text: string) =>
      findDates(tokenize(text, 'en'), '2026-03-12').map((d) => [d.expression, d.iso]);
    expect(en('Exports rose in the first eight months of the year.')).toEqual([
      ['first eight months of the year', '2026-01/2026-08'],
    ]);
    expect(en('Imports fell in the first six months of 2025.')).toEqual([
      ['first six months of 2025', '2025-01/2025-06'],
    ]);
    expect(en('Between June and August the line will close.')).toEqual([
      ['Between June and August', '2026-06/2026-08'],
    ]);
    // A day after the second month: a range of dates, left to the date parser.
    expect(en('From June to August 3 the line will close.').map((d) => d[0])).not.toContain(
      'From June to August',
    );
  });
});
