/**
 * A role written with its organisation ("DTA sədri", "assosiasiya prezidenti", "the agency's
 * chief", "глава ведомства") stands for the person holding it when the article names one, not for
 * the organisation. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('a role after its organisation is its holder (az)', () => {
  it('reads an acronym and its chair as the chair named before', () => {
    expect(
      speakers(
        'Dövlət Su Agentliyinin (DSA) sədri Rəşad Orucov mətbuat konfransı keçirib. "Su ehtiyatı kifayətdir", - deyə DSA sədri qeyd edib.',
        'az',
      ),
    ).toEqual(['Rəşad Orucov']);
  });

  it('reads the body’s common noun and its president as the president', () => {
    expect(
      speakers(
        'Azərbaycan Aptekçilər Assosiasiyasının prezidenti Günay Səfərli qiymətlərdən danışıb. "Dərman bahalaşmayacaq", - deyə assosiasiya prezidenti bildirib.',
        'az',
      ),
    ).toEqual(['Günay Səfərli']);
  });

  it('near miss: with no holder named, the organisation stays the speaker', () => {
    const [speaker] = speakers(
      'Dövlət Su Agentliyi (DSA) bəyanat yayıb. "Su ehtiyatı kifayətdir", - deyə DSA sədri qeyd edib.',
      'az',
    );
    expect(speaker).not.toBeNull();
    expect(speaker).not.toMatch(/Orucov/);
  });
});

describe('a role with its organisation is its holder (en, ru)', () => {
  it('en: "the agency’s director said" → the director named before', () => {
    expect(
      speakers(
        'Marta Quell, director of the Nordic Water Agency, visited the dam. “The reservoir is full,” the agency’s director said.',
        'en',
      ),
    ).toEqual(['Marta Quell']);
  });

  it('en: "the head of the agency said" → the head named before', () => {
    expect(
      speakers(
        'Marta Quell, head of the Nordic Water Agency, visited the dam. “The reservoir is full,” the head of the agency said.',
        'en',
      ),
    ).toEqual(['Marta Quell']);
  });

  it('ru: "глава ведомства" → the head named before', () => {
    expect(
      speakers(
        'Глава министерства водных ресурсов Марат Сейдахметов посетил плотину. «Водохранилище заполнено», — сказал глава ведомства.',
        'ru',
      ),
    ).toEqual(['Марат Сейдахметов']);
  });

  it('en near miss: the institution alone is the institution, not its head', () => {
    expect(
      speakers(
        'Marta Quell, director of the Nordic Water Agency, visited the dam. “The reservoir is full,” the agency said.',
        'en',
      ),
    ).toEqual(['Nordic Water Agency']);
  });
});
