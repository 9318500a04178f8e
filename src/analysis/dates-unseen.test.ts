/**
 * Date classes seen on unseen copy (issue 13): counted spans and story-relative counts that are no
 * date, scores read as clock times, typeset day ranges, and the tense of a date's clause. The
 * sentences are written for these tests; each class has a near miss that must still be read.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';

// 2026-03-12 is a Thursday.
const run = (text: string, language: string, published = '2026-03-12') =>
  findDates(tokenize(text, language), published).map((d) => [d.expression, d.iso]);

describe('counted spans are not dates', () => {
  it('leaves out the last or next N units (en)', () => {
    expect(run('Exports have doubled over the past four years, the agency said.', 'en')).toEqual([]);
    expect(run('The plan sets out spending for the next five years.', 'en')).toEqual([]);
    expect(run('Repairs will start in May and last about three months.', 'en')).toEqual([['May', '2026-05']]);
  });

  it('leaves out "последние/ближайшие N лет" (ru)', () => {
    expect(run('За последние три года цены на жильё выросли вдвое.', 'ru')).toEqual([]);
    expect(run('В ближайшие пять лет город построит две школы.', 'ru')).toEqual([]);
    expect(run('Это лучший урожай за последние десять лет, сообщил министр.', 'ru')).toEqual([]);
  });

  it('leaves out horizons and counts from a moment of the story', () => {
    expect(run('«Через двадцать лет здесь будет лес», — сказал лесничий.', 'ru')).toEqual([]);
    expect(run('«Через десять минут вода дошла до окон», — рассказала она.', 'ru')).toEqual([]);
    expect(run('The mayor resigned a week after the vote.', 'en')).toEqual([]);
    expect(run('Twenty years ago the valley had no road.', 'en')).toEqual([]);
    expect(run('Он станет последним, кто получил лицензию.', 'ru')).toEqual([]);
  });

  it('still reads a count of days from publication (near miss)', () => {
    expect(run('The ferry sank two days ago off the coast.', 'en')).toEqual([['two days ago', '2026-03-10']]);
    expect(run('The board met last month.', 'en')).toEqual([['last month', '2026-02']]);
  });
});

describe('scores and counts are not clock times', () => {
  it('leaves out two bare numbers joined by a dash', () => {
    expect(run('After a 1–4 loss to Oman, the coach left on Monday.', 'en')).toEqual([
      ['on Monday', '2026-03-09'],
    ]);
    expect(run('Рейс удлинился на 12–15 дней.', 'ru')).toEqual([]);
    expect(run('The hosts won 2-0 in front of a full stadium.', 'en')).toEqual([]);
  });

  it('still reads a clock range with minutes (near miss)', () => {
    expect(run('The road will be closed on Friday from 10:00–14:00.', 'en')).toEqual([
      ['Friday from 10:00–14:00', '2026-03-13T10:00/2026-03-13T14:00'],
    ]);
  });
});

describe('typeset day ranges', () => {
  it('reads "Month D–D" as one range', () => {
    expect(run('The film week, held on February 2–6, drew large crowds.', 'en')).toEqual([
      ['February 2–6', '2026-02-02/2026-02-06'],
    ]);
    expect(run('The squad will train in Antalya on April 20–27.', 'en')).toEqual([
      ['April 20–27', '2026-04-20/2026-04-27'],
    ]);
    expect(run('Voting ran on March 1—3 in all districts.', 'en')).toEqual([
      ['March 1—3', '2026-03-01/2026-03-03'],
    ]);
  });

  it('does not join a day to a number after a spaced dash (near miss)', () => {
    expect(run('On March 2 – 40 people were evacuated.', 'en')).toEqual([['On March 2', '2026-03-02']]);
  });
});

describe('an infinitive after an object pronoun looks ahead', () => {
  it('reads "invited/asked him to attend on …" as future', () => {
    expect(run('The council invited them to attend a summit on 2–3 February.', 'en')).toEqual([
      ['2–3 February', '2027-02-02/2027-02-03'],
    ]);
    expect(run('The union asked us to join the talks on 20 January.', 'en')).toEqual([
      ['on 20 January', '2027-01-20'],
    ]);
    expect(run('She urged her to visit the museum on 5 February.', 'en')).toEqual([
      ['on 5 February', '2027-02-05'],
    ]);
  });

  it('keeps the past when nothing looks ahead (near miss)', () => {
    expect(run('The council met them on 2 February.', 'en')).toEqual([['on 2 February', '2026-02-02']]);
  });
});
