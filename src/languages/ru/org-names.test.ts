import { describe, expect, it } from 'vitest';
import { findOrgMentions } from '../../analysis/orgs.ts';
import { tokenize } from '../../analysis/tokenize.ts';
import { ruNominativeOrgName, ruOrgComplement, ruProperOrgHead } from './org-names.ts';

const orgNames = (text: string): string[] => findOrgMentions(tokenize(text, 'ru')).map((o) => o.name);

describe('Russian organisation names in the nominative', () => {
  it.each([
    [['Росавиации'], ['Росавиация']],
    [['Ростехнадзора'], ['Ростехнадзор']],
    [['Росрыболовству'], ['Росрыболовство']],
    [
      ['Вооружённых', 'сил'],
      ['Вооружённые', 'силы'],
    ],
    [
      ['Пограничными', 'войсками'],
      ['Пограничные', 'войска'],
    ],
    [
      ['Северного', 'военного', 'округа'],
      ['Северный', 'военный', 'округ'],
    ],
  ])('%j → %j', (words, nominative) => expect(ruNominativeOrgName(words)).toEqual(nominative));

  it('does not read an administrative district, a noun in -ие or a place as a body', () => {
    expect(ruNominativeOrgName(['Грайворонского', 'округа'])).toBeNull();
    expect(ruNominativeOrgName(['Совещание', 'комиссии'])).toBeNull();
    expect(ruProperOrgHead('ростова')).toBe(false);
    expect(ruProperOrgHead('россии')).toBe(false);
    expect(ruProperOrgHead('роспуска')).toBe(false);
    expect(ruProperOrgHead('рославля')).toBe(false);
  });

  it('takes genitives of nouns in -ика and -ы as complements', () => {
    expect(ruOrgComplement('статистики')).toBe(true);
    expect(ruOrgComplement('торговли')).toBe(true);
    expect(ruOrgComplement('заявил')).toBe(false);
  });

  it('finds federal agencies by their compound name, military districts and plural bodies', () => {
    expect(orgNames('Проверку провели инспекторы Росгидромета. Данные передали в Росавиацию.')).toEqual([
      'Росгидромет',
      'Росавиация',
    ]);
    expect(orgNames('Учения прошли в Центральном военном округе.')).toEqual(['Центральный военный округ']);
    expect(orgNames('Отряд вернулся в Краснянский округ.')).toEqual([]);
  });

  it('reads "по" and its dative in an official name, never ending the name on the preposition', () => {
    expect(orgNames('Решение приняло Федеральное агентство по туризму.')).toEqual([
      'Федеральное агентство по туризму',
    ]);
    expect(orgNames('Письмо направили в Федеральную комиссию по ценным бумагам.')).toEqual([
      'Федеральная комиссия по ценным бумагам',
    ]);
    expect(orgNames('Движение по Северной трассе закрыли.')).toEqual([]);
  });
});
