/**
 * Tense classes of issue 13 (events), with sentences written for these tests: Russian perfective
 * futures and modals, a present state counted "since" a date, deadlines "by Friday", nouns that look
 * like verbs.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';
import { ruPerfectiveFuture } from '../languages/ru/dates.ts';

// 2025-11-12 is a Wednesday.
const isos = (text: string, language: string, published = '2025-11-12') =>
  findDates(tokenize(text, language), published).map((d) => [d.expression, d.iso]);

describe('Russian perfective verbs in the non-past are futures', () => {
  it('reads prefixed perfectives as future and imperfective presents as present', () => {
    for (const w of ['пройдут', 'ограничат', 'подготовят', 'возобновит', 'откроется', 'подпишет', 'завершат'])
      expect(ruPerfectiveFuture(w)).toBe(true);
    for (const w of [
      'проводит',
      'открывается',
      'подписывает',
      'участвует',
      'находится',
      'содержит',
      'растут',
    ])
      expect(ruPerfectiveFuture(w)).toBe(false);
  });

  it('puts a date already passed this year, with a perfective verb, in the next year', () => {
    expect(isos('Сборы пройдут с 2 по 4 июня.', 'ru')).toEqual([['с 2 по 4 июня', '2026-06-02/2026-06-04']]);
    expect(isos('Трассу перекроют 10 марта.', 'ru')).toEqual([['10 марта', '2026-03-10']]);
    expect(isos('Трассу перекрывали 10 марта.', 'ru')).toEqual([['10 марта', '2025-03-10']]);
  });

  it('reads a modal or readiness as future', () => {
    expect(isos('Новый терминал должен заработать в феврале.', 'ru')).toEqual([['феврале', '2026-02']]);
    expect(isos('«Мы готовы принять грузы с апреля», — сказал он.', 'ru')).toEqual([['с апреля', '2026-04']]);
  });

  it('reads a capitalised word after a dash as a name, not a past verb', () => {
    // "Павлодар" ends like a past form only by chance; "закроют" is the verb.
    expect(isos('Трассу Омск — Павлодар 20 марта закроют на ремонт.', 'ru')).toEqual([
      ['20 марта', '2026-03-20'],
    ]);
  });
});

describe('a present state counted from a date has begun already', () => {
  it('gives the last weekday or month after "с" with a present verb, the next with a future one', () => {
    expect(isos('Суда стоят в порту с понедельника.', 'ru')).toEqual([['с понедельника', '2025-11-10']]);
    expect(isos('Цены на топливо растут с августа.', 'ru')).toEqual([['с августа', '2025-08']]);
    expect(isos('Паром выйдет на линию с понедельника.', 'ru')).toEqual([['с понедельника', '2025-11-17']]);
  });

  it('reads a deadline "к пятнице" or "до субботы" as that weekday', () => {
    expect(isos('Мост откроют к пятнице.', 'ru')).toEqual([['к пятнице', '2025-11-14']]);
    expect(isos('Работы завершат до субботы.', 'ru')).toEqual([['до субботы', '2025-11-15']]);
  });
});

describe('Azerbaijani nouns in -ti are not past verbs', () => {
  it('reads the future verb after a possessive noun ending in -ti', () => {
    expect(
      isos('Cümə günü saat 11:00-da nazirlik ilə Xəzər Logistika şirkəti arasında saziş imzalanacaq.', 'az'),
    ).toEqual([['Cümə günü saat 11:00', '2025-11-14T11:00']]);
    expect(isos('Cümə günü bank xidməti dayandırılıb.', 'az')).toEqual([['Cümə günü', '2025-11-07']]);
  });
});

describe('English dates keep their tense reading', () => {
  it('reads "since" with a perfect as past and a future verb as next', () => {
    expect(isos('Prices have risen since March.', 'en')).toEqual([['March', '2025-03']]);
    expect(isos('The bridge will reopen on Friday.', 'en')).toEqual([['on Friday', '2025-11-14']]);
  });
});

describe('the clause outside a quotation gives the tense', () => {
  it('ignores a future verb inside quoted words when the date is outside them, mixed marks too', () => {
    expect(isos('On Monday the mayor dismissed the warning that "the dam will break”.', 'en')).toEqual([
      ['On Monday', '2025-11-10'],
    ]);
    expect(isos('Во вторник министр отверг слова о том, что «мост закроют».', 'ru')).toEqual([
      ['Во вторник', '2025-11-11'],
    ]);
  });

  it('gives a date quoted alone the tense of the reporting verb', () => {
    expect(isos('She said the cargo would arrive "by Friday".', 'en')).toEqual([['Friday', '2025-11-14']]);
  });
});

describe('a date in the possessive is an event told already', () => {
  it('lists "Tuesday’s meeting" once when Tuesday was dated before', () => {
    expect(isos('The envoys met on Tuesday. At Tuesday’s meeting they agreed a plan.', 'en')).toEqual([
      ['on Tuesday', '2025-11-11'],
    ]);
    expect(isos('At Tuesday’s meeting they agreed a plan.', 'en')).toHaveLength(1);
  });
});
