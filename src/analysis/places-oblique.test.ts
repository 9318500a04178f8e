/**
 * Russian towns the gazetteer lacks, read from a place preposition and the case ending it governs
 * ("в Чиланзаре" → Чиланзар), with a lower confidence: the nominative is a guess. Sentences
 * written for these tests; the towns are made up.
 */
import { describe, expect, it } from 'vitest';
import { places } from './places.ts';
import { tokenize } from './tokenize.ts';
import { analyze } from './analyze.ts';
import { ruObliquePlace } from '../languages/ru/places.ts';

const names = (text: string) => places(tokenize(text, 'ru')).map((p) => p.name);

describe('a town after a place preposition, by its case ending', () => {
  it('takes a masculine town in the locative after "в" to its nominative', () => {
    expect(names('Новый рынок открылся в Тарагаре на прошлой неделе.')).toEqual(['Тарагар']);
    expect(names('Вчера во Вельдене прошла ярмарка мёда.')).toEqual(['Вельден']);
  });

  it('takes a town in the genitive after "из" or "до" to its nominative', () => {
    expect(names('Автобус из Хальберга опоздал на час.')).toEqual(['Хальберг']);
    expect(names('Трассу до Кумбазара откроют весной.')).toEqual(['Кумбазар']);
  });

  it('takes a region in "-ии" to "-ия"', () => {
    expect(names('Фермеры в Тармории жалуются на засуху.')).toEqual(['Тармория']);
    // A neuter noun in "-ие" takes "-ии" too: an office, not a region.
    expect(names('Документ подписали в Управлении.')).toEqual([]);
  });

  it('leaves bodies, platforms, people, adjectives and open endings alone', () => {
    expect(names('Вопрос обсудят в Совете безопасности.')).toEqual([]);
    expect(names('Министр написал об этом в Телеграме.')).toEqual([]);
    expect(names('Он стоял около Петрова и молчал.')).toEqual([]);
    expect(names('Работы идут в Верхней части долины.')).toEqual([]);
    expect(names('Город готовится к празднику до Рождества.')).toEqual([]);
    expect(names('Склад стоит в Тарабели у реки.')).toEqual([]);
  });

  it('does not read a word starting a multi-word name or a quoted name', () => {
    expect(names('Матч прошёл в Тарагаре Сити.')).toEqual([]);
    expect(names('Встреча прошла в «Тарагаре».')).toEqual([]);
  });

  it('gives the nominative for the shapes it knows and null for the rest', () => {
    expect(ruObliquePlace('в', 'пусане')).toBe('пусан');
    expect(ruObliquePlace('из', 'кёльна')).toBe('кёльн');
    expect(ruObliquePlace('в', 'кремле')).toBeNull();
    expect(ruObliquePlace('на', 'пусане')).toBeNull();
  });

  it('shows a town read once this way below the auto threshold', () => {
    const result = analyze({
      body: 'Новый рынок открылся в Тарагаре.',
      language: 'ru',
      published: '2025-05-05',
      timezone: 'Europe/Moscow',
    });
    expect(result.places.map((p) => [p.name, p.confidence])).toEqual([['Тарагар', 0.7]]);
  });
});
