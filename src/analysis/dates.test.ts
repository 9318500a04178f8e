import { describe, expect, it } from 'vitest';
import { findDates, inferYear, resolveWeekday } from './dates.ts';
import { tokenize } from './tokenize.ts';

// 2025-11-21 is a Friday.
const run = (text: string, language = 'en', published = '2025-11-21') =>
  findDates(tokenize(text, language), published).map((d) => ({
    expression: d.expression,
    iso: d.iso,
    kind: d.kind,
    start: d.start,
  }));

describe('dates', () => {
  it('reads weekdays with the tense of their clause', () => {
    expect(run('Keller said on Tuesday that the talks failed.')).toEqual([
      { expression: 'on Tuesday', iso: '2025-11-18', kind: 'event', start: 12 },
    ]);
    expect(run('The envoys will meet on Tuesday.')[0]?.iso).toBe('2025-11-25');
    expect(run('They met last Friday and meet again next Friday.').map((d) => d.iso)).toEqual([
      '2025-11-14',
      '2025-11-28',
    ]);
  });

  it('takes the publication day for its own weekday, with the noun it modifies', () => {
    const text = 'She spoke at a Friday briefing in Tbilisi.';
    expect(run(text)).toEqual([
      { expression: 'a Friday briefing', iso: '2025-11-21', kind: 'event', start: text.indexOf('a Friday') },
    ]);
  });

  it('gives an unwritten year the most recent past occurrence, or the next in the future tense', () => {
    expect(run('The bridge was hit on December 3.')[0]).toMatchObject({
      expression: 'on December 3',
      iso: '2024-12-03',
    });
    expect(run('The bridge will reopen on March 3.')[0]?.iso).toBe('2026-03-03');
    expect(run('It was signed on 4 August 2019.')[0]).toMatchObject({
      expression: '4 August 2019',
      iso: '2019-08-04',
    });
  });

  it('reads ranges of days and of years', () => {
    expect(run('Hearings ran from May 30–June 2 in Vienna.')[0]).toMatchObject({
      expression: 'May 30–June 2',
      iso: '2025-05-30/2025-06-02',
      kind: 'event',
    });
    expect(run('The 2014–2016 talks stalled.')[0]).toMatchObject({
      expression: '2014–2016',
      iso: '2014/2016',
      kind: 'period',
    });
  });

  it('keeps vague periods at their granularity', () => {
    const text = 'Talks resumed in mid-October after a pause in 2014.';
    expect(run(text)).toEqual([
      { expression: 'mid-October', iso: '2025-10', kind: 'event', start: text.indexOf('mid-October') },
      { expression: 'in 2014', iso: '2014', kind: 'event', start: text.indexOf('in 2014') },
    ]);
  });

  it('skips durations', () => {
    expect(run('The convoy waited for three weeks.')).toEqual([]);
  });

  it('anchors a bare time to the event its sentence names', () => {
    const text =
      'The depot was shelled on November 9. On November 10, officials met. The shelling began at about 3 a.m., witnesses said.';
    expect(run(text).map((d) => [d.expression, d.iso])).toEqual([
      ['on November 9', '2025-11-09'],
      ['On November 10', '2025-11-10'],
      ['at about 3 a.m.', '2025-11-09T03:00'],
    ]);
  });

  it('marks a dateline', () => {
    expect(run('TBILISI, Nov 20 (Reuters) - Talks resumed.')[0]).toMatchObject({
      expression: 'Nov 20',
      iso: '2025-11-20',
      kind: 'dateline',
    });
  });

  it('reads Russian dates', () => {
    const text = 'Встреча прошла 14 ноября, а следующая состоится в понедельник. В 2014 году всё изменилось.';
    expect(run(text, 'ru')).toEqual([
      { expression: '14 ноября', iso: '2025-11-14', kind: 'event', start: text.indexOf('14 ноября') },
      { expression: 'в понедельник', iso: '2025-11-24', kind: 'event', start: text.indexOf('в понедельник') },
      { expression: 'В 2014 году', iso: '2014', kind: 'event', start: text.indexOf('В 2014') },
    ]);
  });

  it('reads Azerbaijani dates with a custom parser', () => {
    expect(
      run(
        'Görüş 14 noyabr tarixində keçirilib. Növbəti görüş cümə günü olacaq. Sammit bazar ertəsi keçiriləcək.',
        'az',
      ).map((d) => [d.expression, d.iso]),
    ).toEqual([
      ['14 noyabr', '2025-11-14'],
      ['cümə günü', '2025-11-21'],
      ['bazar ertəsi', '2025-11-24'],
    ]);
    expect(run('Müqavilə 2020-ci il 10 noyabr tarixində imzalanıb.', 'az')[0]).toMatchObject({
      expression: '2020-ci il 10 noyabr',
      iso: '2020-11-10',
    });
    expect(run('Noyabrın 3-də görüş olub.', 'az')[0]?.iso).toBe('2025-11-03');
  });

  it('exposes the calendar rules', () => {
    const pub = { y: 2025, m: 11, d: 21 };
    expect(inferYear(12, 1, pub, 'past')).toBe(2024);
    expect(inferYear(12, 1, pub, 'future')).toBe(2025);
    expect(resolveWeekday(5, pub, 'past', null)).toEqual(pub);
    expect(resolveWeekday(1, pub, 'future', null)).toEqual({ y: 2025, m: 11, d: 24 });
  });
});
