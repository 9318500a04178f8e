/**
 * People classes of issue 13, with sentences written for these tests: family names written first,
 * long Arabic names, two people's names side by side, a capitalised word opening the sentence before
 * a name. Each class has cases that must not match.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const people = (body: string, language = 'en') =>
  analyze({ body, language, published: '2025-11-12', timezone: 'UTC' }).people.map((p) => p.name);

describe('family names written first', () => {
  it('reads Chinese and Korean names of two or three words without a role or speech verb', () => {
    expect(people('Officials met Zhao Wen Bo and Choi Min Seo in Busan.')).toEqual([
      'Zhao Wen Bo',
      'Choi Min Seo',
    ]);
    expect(people('The visit by Liu Haitao was short.')).toEqual(['Liu Haitao']);
  });

  it('leaves a building or venue named after a family alone', () => {
    expect(people('Guests stayed at the Zhou Ming Hotel.')).toEqual([]);
  });
});

describe('long Arabic names', () => {
  it('reads a name with bin and an al- surname whole, in English and Russian', () => {
    expect(people('Talks with Faisal bin Turki al-Harbi ended late.')).toEqual(['Faisal bin Turki al-Harbi']);
    expect(people('Переговоры провел Фейсал бин Турки аль-Харби.', 'ru')).toEqual([
      'Фейсал бин Турки аль-Харби',
    ]);
  });

  it('reads an al- word only inside a name', () => {
    expect(people('The al-Harbi family sold the farm.')).toEqual([]);
  });
});

describe('two names side by side are two people', () => {
  it('starts a new person at a first name after a surname (az)', () => {
    expect(people('Prezident Elmar Qafarov Tural Həsənovla görüşüb.', 'az')).toEqual([
      'Elmar Qafarov',
      'Tural Həsənov',
    ]);
  });

  it('keeps a name with a patronymic as one person', () => {
    expect(people('Nazir Elmar Nadir oğlu Qafarov çıxış edib.', 'az')).toHaveLength(1);
    expect(people('Министр Игорь Павлович Сомов выступил.', 'ru')).toEqual(['Игорь Павлович Сомов']);
  });
});

describe('a capitalised word opening the sentence is not part of the name after it', () => {
  it('reads the name from its known first name (az, ru)', () => {
    expect(people('Tədbirdə Tural Həsənov çıxış edib.', 'az')).toEqual(['Tural Həsənov']);
    expect(people('Конференцию открыла Марина Лебедева.', 'ru')).toEqual(['Марина Лебедева']);
  });
});

describe('Russian surnames in -ец lose the е when they decline', () => {
  it('returns the nominative with its е', () => {
    expect(people('По словам замдиректора завода А. Н. Резца, работы идут.', 'ru')).toEqual(['А. Н. Резец']);
    expect(people('Министр Олег Швец выступил.', 'ru')).toEqual(['Олег Швец']);
  });
});
