/**
 * Reported words owned by a party named after a description or in quote marks (issue 13), and a
 * quotation opened with a straight mark and closed with an opening-style one. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('claims of a party named after its description', () => {
  it('en: the name after "the Tbilisi weekly", not the city', () => {
    expect(
      speakers(
        'Minister Ana Beridze rejected a claim by the Tbilisi weekly Kartuli Kronika that "the port has run out of money".',
        'en',
      ),
    ).toEqual(['Kartuli Kronika']);
  });

  it('ru: a name in quote marks owning the words, not the speaker of the sentence', () => {
    const found = speakers(
      'Министр энергетики Олег Петров отверг утверждение казахстанского телеграм-канала «Нефтяник» о том, что «экспорт остановлен до весны». «Мы нагоним график», — заявил он.',
      'ru',
    );
    expect(found).toEqual(['Нефтяник', 'Олег Петров']);
  });

  it('az: a quoted name before the owner noun in the genitive', () => {
    expect(
      speakers(
        'Nazir Rauf Əliyev “Yeni Yol” partiyasının “layihə tamamilə dayandırılıb” iddiasını rədd edib.',
        'az',
      ),
    ).toEqual(['Yeni Yol']);
  });
});

describe('mixed quote marks', () => {
  it('closes a straight opening mark with an opening-style one and reads the next quote apart', () => {
    const found = speakers(
      'Министр Нино Гелашвили отвергла утверждение партии «Новый путь» о том, что "вагоны куплены без тендера“. «Тендер был открытым», — заявила она.',
      'ru',
    );
    expect(found).toEqual(['Новый путь', 'Нино Гелашвили']);
  });
});
