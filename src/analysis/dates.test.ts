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
  it('finds dates deep in a long body where they are, paragraph after paragraph and in one long run', () => {
    // Chrono reads one paragraph (or a few sentences of a long one) at a time: offsets stay the body's.
    const filler = 'The delegation reviewed the draft text line by line. '.repeat(60).trim();
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      i === 25 ? `${filler} Keller said on Tuesday that the talks failed.` : filler,
    );
    const body = paragraphs.join('\n\n');
    expect(run(body)).toEqual([
      { expression: 'on Tuesday', iso: '2025-11-18', kind: 'event', start: body.indexOf('on Tuesday') },
    ]);
    // No stops at all for 30 000 characters: cut at spaces, and the date is still read whole.
    const run30k = `${'word '.repeat(6_000)}signed on 4 August 2019 ${'word '.repeat(100)}`;
    expect(run(run30k)).toEqual([
      expect.objectContaining({
        expression: '4 August 2019',
        iso: '2019-08-04',
        start: run30k.indexOf('4 August'),
      }),
    ]);
  });

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

  it('reads Azerbaijani genitive dates with the year first, and day-to-day ranges, as one expression', () => {
    expect(run('Bəyannamə 2022-ci il fevralın 22-də Moskvada imzalanıb.', 'az')).toEqual([
      { expression: '2022-ci il fevralın 22-də', iso: '2022-02-22', kind: 'event', start: 10 },
    ]);
    expect(
      run('İyunun 30-dan iyulun 1-dək Bakıda saxlanılan 11 nəfər.', 'az').map((d) => [d.expression, d.iso]),
    ).toEqual([['İyunun 30-dan iyulun 1-dək', '2025-06-30/2025-07-01']]);
    expect(run('Sərgi noyabrın 17-dən 21-dək keçirilib.', 'az').map((d) => [d.expression, d.iso])).toEqual([
      ['noyabrın 17-dən 21-dək', '2025-11-17/2025-11-21'],
    ]);
  });

  it('exposes the calendar rules', () => {
    const pub = { y: 2025, m: 11, d: 21 };
    expect(inferYear(12, 1, pub, 'past')).toBe(2024);
    expect(inferYear(12, 1, pub, 'future')).toBe(2025);
    expect(resolveWeekday(5, pub, 'past', null)).toEqual(pub);
    expect(resolveWeekday(1, pub, 'future', null)).toEqual({ y: 2025, m: 11, d: 24 });
  });
  it('resolves months without a year by tense: next year in the future, this year in the past, nearest in the present', () => {
    const dec = (text: string, language = 'en') => run(text, language, '2025-12-10').map((d) => d.iso);
    expect(dec('The new fee takes effect on Jan. 15.')).toEqual(['2026-01-15']);
    expect(dec('The depot was hit on Jan. 15.')).toEqual(['2025-01-15']);
    expect(dec('The cabinet agreed on Monday to raise tariffs from February.')).toEqual([
      '2025-12-08',
      '2026-02',
    ]);
    expect(dec('Новый терминал откроется в феврале, а старый закрыли в марте.', 'ru')).toEqual([
      '2026-02',
      '2025-03',
    ]);
    expect(dec('Körpü fevralda açılacaq, təmir isə martda başlayıb.', 'az')).toEqual(['2026-02', '2025-03']);
  });

  it('reads last/next week as the Monday–Sunday week, last/next month and year as units', () => {
    const text =
      'Talks stalled last week and resume next week; a deal came last month and a vote is due next year.';
    expect(run(text).map((d) => [d.expression, d.iso])).toEqual([
      ['last week', '2025-11-10/2025-11-16'],
      ['next week', '2025-11-24/2025-11-30'],
      ['last month', '2025-10'],
      ['next year', '2026'],
    ]);
    expect(
      run('Делегации встретятся на следующей неделе, а в прошлом месяце прошёл раунд.', 'ru').map(
        (d) => d.iso,
      ),
    ).toEqual(['2025-11-24/2025-11-30', '2025-10']);
    expect(
      run('Gələn həftə iclas keçiriləcək, ötən həftə isə sənəd imzalanıb.', 'az').map((d) => d.iso),
    ).toEqual(['2025-11-24/2025-11-30', '2025-11-10/2025-11-16']);
  });

  it('reads deadlines with by/until as future and the day before as Накануне', () => {
    expect(run('The line should be repaired by Tuesday, the operator said.')[0]?.iso).toBe('2025-11-25');
    expect(run('Накануне ведомство распространило заявление.', 'ru')[0]).toMatchObject({ iso: '2025-11-20' });
  });

  it('reads day ranges in every language, and a year written after the date', () => {
    expect(run('Drills will run on Dec. 8 and 9.')[0]).toMatchObject({ iso: '2025-12-08/2025-12-09' });
    expect(run('Sərgi 24–28 noyabr tarixlərində keçiriləcək.', 'az')[0]).toMatchObject({
      expression: '24–28 noyabr',
      iso: '2025-11-24/2025-11-28',
    });
    expect(run('Форум пройдёт 24–26 ноября.', 'ru')[0]?.iso).toBe('2025-11-24/2025-11-26');
    expect(run('A similar storm hit on Sept. 3-5 last year.')[0]?.iso).toBe('2024-09-03/2024-09-05');
    expect(run('Deliveries start in the second half of 2026.')[0]?.iso).toBe('2026-07/2026-12');
  });

  it('reads clock-time ranges, over midnight too, and skips durations', () => {
    const text =
      'В ночь на четверг ПВО работала с 22:30 до 3:00. Сирена звучала в течение двух часов, сейчас всё спокойно.';
    expect(run(text, 'ru').map((d) => d.iso)).toEqual(['2025-11-20', '2025-11-19T22:30/2025-11-20T03:00']);
    expect(run('Трасса закрыта с 20:00 пятницы до 6:00 субботы.', 'ru')[0]?.iso).toBe(
      '2025-11-21T20:00/2025-11-22T06:00',
    );
    expect(run('Бригады работают с семи утра.', 'ru')[0]).toMatchObject({ iso: '2025-11-21T07:00' });
    expect(run('Учениями руководит генерал-майор Петров.', 'ru')).toEqual([]);
  });

  const isos = (text: string, language = 'en', published = '2025-11-21') =>
    run(text, language, published).map((d) => [d.expression, d.iso, d.kind]);

  it('reads an Azerbaijani month of a year, ranges of months and spans of months', () => {
    expect(isos('Müqavilə 2022-ci ilin dekabrında imzalanıb.', 'az')).toEqual([
      ['2022-ci ilin dekabrında', '2022-12', 'event'],
    ]);
    expect(isos('Xidmət 2023-cü ilin noyabrından bəri işləyir.', 'az')).toEqual([
      ['2023-cü ilin noyabrından bəri', '2023-11', 'event'],
    ]);
    expect(isos('O, 2023-cü ilin mayından 2024-cü ilin iyulunadək direktor olub.', 'az')).toEqual([
      ['2023-cü ilin mayından 2024-cü ilin iyulunadək', '2023-05/2024-07', 'period'],
    ]);
    expect(isos('Yanvar–oktyabr aylarında ixrac artıb.', 'az')).toEqual([
      ['Yanvar–oktyabr aylarında', '2025-01/2025-10', 'period'],
    ]);
  });

  it('joins a year given relative to publication to its day or month (az, ru)', () => {
    expect(isos('Gəmi ötən il sentyabrın 12-də saxlanılıb.', 'az')).toEqual([
      ['ötən il sentyabrın 12-də', '2024-09-12', 'event'],
    ]);
    expect(isos('Ötən il noyabrın 28-dən dekabrın 1-dək tufan olub.', 'az')).toEqual([
      ['Ötən il noyabrın 28-dən dekabrın 1-dək', '2024-11-28/2024-12-01', 'event'],
    ]);
    expect(isos('Layihə ötən ilin noyabrında başlayıb.', 'az')).toEqual([
      ['ötən ilin noyabrında', '2024-11', 'event'],
    ]);
    expect(isos('В январе прошлого года трасса была закрыта.', 'ru')).toEqual([
      ['январе прошлого года', '2024-01', 'event'],
    ]);
  });

  it('joins a clock time to the day before it', () => {
    expect(isos('Hökmün dekabrın 15-də saat 11:00-da elan olunacağı gözlənilir.', 'az')).toEqual([
      ['dekabrın 15-də saat 11:00', '2025-12-15T11:00', 'event'],
    ]);
    expect(isos('Qatar bu gün saat 09:00-da Bakıya çatıb.', 'az')).toEqual([
      ['bu gün saat 09:00', '2025-11-21T09:00', 'event'],
    ]);
  });

  it('reads Azerbaijani days relative to publication, and no day in "bu günlərdə"', () => {
    expect(isos('Qatar srağagün yola düşüb.', 'az')).toEqual([['srağagün', '2025-11-19', 'event']]);
    expect(isos('Bu günlərdə danışıqlar gedir.', 'az')).toEqual([]);
  });

  it('reads expecting and planning as future (az, ru), and a running future range as this year', () => {
    expect(isos('Onu noyabrın 4-də imzalamağı gözləyirik.', 'az', '2025-10-20')).toEqual([
      ['noyabrın 4-də', '2025-11-04', 'event'],
    ]);
    expect(isos('Təmir işlərinin oktyabrın 20-də başa çatacağını açıqlayıb.', 'az', '2025-09-29')).toEqual([
      ['oktyabrın 20-də', '2025-10-20', 'event'],
    ]);
    expect(isos('Церемония открытия намечена на 1 декабря.', 'ru', '2025-11-05')).toEqual([
      ['1 декабря', '2025-12-01', 'event'],
    ]);
    expect(isos('Sərgi oktyabrın 7-dən 10-dək davam edəcək.', 'az', '2025-10-08')).toEqual([
      ['oktyabrın 7-dən 10-dək', '2025-10-07/2025-10-10', 'event'],
    ]);
  });

  it('resolves Russian and Azerbaijani day ranges', () => {
    expect(isos('Учения пройдут с 30 июня по 1 июля.', 'ru', '2025-05-10')).toEqual([
      ['с 30 июня по 1 июля', '2025-06-30/2025-07-01', 'event'],
    ]);
    expect(isos('Учения прошли 30 июня – 1 июля.', 'ru', '2025-07-10')).toEqual([
      ['30 июня – 1 июля', '2025-06-30/2025-07-01', 'event'],
    ]);
    expect(isos('Təlim iyunun 30-dan iyulun 1-dək keçiriləcək.', 'az', '2025-05-10')).toEqual([
      ['iyunun 30-dan iyulun 1-dək', '2025-06-30/2025-07-01', 'event'],
    ]);
  });

  it('reads a weekday with a purpose clause as past, and no date in durations or vague spans', () => {
    expect(isos('The two ministers held talks on Tuesday to discuss the border.')).toEqual([
      ['on Tuesday', '2025-11-18', 'event'],
    ]);
    expect(isos('After three hours of talks, the sides agreed on a text.')).toEqual([]);
    expect(isos('In recent days the shelling has intensified.')).toEqual([]);
    expect(isos('Over the past few days, shelling intensified.')).toEqual([]);
    expect(isos('После трёх часов переговоров стороны договорились.', 'ru')).toEqual([]);
    expect(isos('Переговоры шли в течение недели.', 'ru')).toEqual([]);
    expect(isos('Son günlər atəşkəs dəfələrlə pozulub.', 'az')).toEqual([]);
  });

  it('reads "ötən" before a weekday as the last one', () => {
    expect(isos('Nazir ötən cümə bildirib.', 'az')).toEqual([['ötən cümə', '2025-11-14', 'event']]);
  });

  it('reads a Russian weekday only with its preposition, a time after "на", and no date in "лет назад"', () => {
    expect(isos('Дело о загрязнении морской среды возбудили в августе.', 'ru')).toEqual([
      ['августе', '2025-08', 'event'],
    ]);
    expect(isos('Работы продлятся до среды.', 'ru')).toEqual([['до среды', '2025-11-26', 'event']]);
    expect(isos('Трассу откроют не раньше пятницы.', 'ru')).toEqual([['пятницы', '2025-11-21', 'event']]);
    expect(isos('Заседание пройдёт 15 декабря на 10:30.', 'ru')).toEqual([
      ['15 декабря на 10:30', '2025-12-15T10:30', 'event'],
    ]);
    expect(isos('Дорогу проложили более двухсот лет назад.', 'ru')).toEqual([]);
  });
});
