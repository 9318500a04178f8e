/**
 * A change that takes effect from a day, told in the present (issue 13, events): "С 1 января
 * вступает в силу закон" is the coming 1 January; a state counted from a day ("действует с 1
 * января", "стоят с понедельника") has begun already. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';
import { RU_CHANGE_VERB } from '../languages/ru/dates.ts';

// 2026-11-04 is a Wednesday.
const isos = (text: string, published = '2026-11-04') =>
  findDates(tokenize(text, 'ru'), published).map((d) => [d.expression, d.iso]);

describe('Russian present-tense changes from a day', () => {
  it('knows verbs of change from verbs of state', () => {
    for (const w of ['вступает', 'переводит', 'повышаются', 'вводится', 'переходят', 'открывается'])
      expect(RU_CHANGE_VERB.test(w)).toBe(true);
    for (const w of ['действует', 'стоят', 'работает', 'находится', 'остаётся'])
      expect(RU_CHANGE_VERB.test(w)).toBe(false);
  });

  it('puts the change on the nearest such day', () => {
    expect(isos('С 1 января в республике вступает в силу новый налоговый кодекс.')).toEqual([
      ['С 1 января', '2027-01-01'],
    ]);
    expect(isos('Завод с 15 ноября переводит рабочих на четырёхдневку.')).toEqual([
      ['с 15 ноября', '2026-11-15'],
    ]);
    expect(isos('С 1 декабря повышаются тарифы на воду.')).toEqual([['С 1 декабря', '2026-12-01']]);
  });

  it('keeps a state counted from a day in the past', () => {
    expect(isos('С 1 января в городе действует запрет на фейерверки.')).toEqual([
      ['С 1 января', '2026-01-01'],
    ]);
    expect(isos('Суда стоят на рейде с понедельника.')).toEqual([['с понедельника', '2026-11-02']]);
  });
});
