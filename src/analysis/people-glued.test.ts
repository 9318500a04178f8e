/**
 * A Russian role's body written between the role and the name ("директор Кыргызгидромета Алмаз
 * Токтогулов"): the body is the role's, not the start of the name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const people = (body: string) =>
  analyze({ body, language: 'ru', published: '2025-11-12', timezone: 'UTC' }).people.map((p) => [
    p.name,
    p.role,
  ]);

describe('a body between a Russian role and the name', () => {
  it('leaves a genitive before a man’s name in the nominative to the role', () => {
    expect(people('Это подтвердил президент Казтрансойла Данияр Абенов.')).toEqual([
      ['Данияр Абенов', 'президент Казтрансойла'],
    ]);
    expect(people('Начальник Узавтодора Бахром Юсупов отказался от комментариев.')).toEqual([
      ['Бахром Юсупов', 'Начальник Узавтодора'],
    ]);
  });

  it('leaves it to the role when a known given name opens the name, in any case', () => {
    expect(people('По словам заместителя Узгидромета Рустама Каримова, воды хватит.')).toEqual([
      ['Рустам Каримов', 'заместителя Узгидромета'],
    ]);
  });

  it('keeps three-word names and women’s names whole', () => {
    expect(people('Выступила директор школы Анна Мария Петрова.')).toEqual([
      ['Анна Мария Петрова', 'директор школы'],
    ]);
    expect(people('Слово взял министр Сергей Викторович Лавров.')).toEqual([
      ['Сергей Викторович Лавров', 'министр'],
    ]);
  });
});

const azPeople = (body: string) =>
  analyze({ body, language: 'az', published: '2025-11-12', timezone: 'UTC' }).people.map((p) => p.name);

describe('a word after a given name and a surname', () => {
  it('is not a third part of the name', () => {
    expect(azPeople('Nazir Elçin Məmmədov Vəlixanın təklifini hələ dəstəkləməyib.')).toContain(
      'Elçin Məmmədov',
    );
    expect(azPeople('Direktor Rəşad Hüseynzadə Tahirin sözlərini təsdiqləyib.')).toContain(
      'Rəşad Hüseynzadə',
    );
  });

  it('keeps a double surname whole', () => {
    expect(azPeople('Həkim Leyla Həsənova Quliyeva bildirib ki, xəstə sağalıb.')).toContain(
      'Leyla Həsənova Quliyeva',
    );
  });
});
