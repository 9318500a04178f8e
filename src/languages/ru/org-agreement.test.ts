/**
 * A capitalised word before an organisation head is part of the name only when it agrees with the
 * head in gender and case, as an adjective must. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findOrgMentions } from '../../analysis/orgs.ts';
import { tokenize } from '../../analysis/tokenize.ts';
import { ruAdjectiveAgrees } from './org-names.ts';

const orgNames = (text: string): string[] => findOrgMentions(tokenize(text, 'ru')).map((o) => o.name);

describe('adjectives agree with the head they name', () => {
  it('reads agreeing adjectives in any case into the nominative', () => {
    expect(orgNames('Кредит выдан Северному промышленному банку в мае.')).toEqual([
      'Северный промышленный банк',
    ]);
    expect(orgNames('Решение приняли на заседании Горной палаты.')).toEqual(['Горная палата']);
    expect(orgNames('Он работал в Речном агентстве три года.')).toEqual(['Речное агентство']);
  });

  it('does not read an adverb or an adjective of another case as part of a name', () => {
    // "Раньше/Позднее" opening a sentence is an adverb, neuter in form, before a feminine head.
    expect(orgNames('Позднее компания отказалась от сделки.')).toEqual([]);
    // An instrumental before a genitive head: a description, no name.
    expect(orgNames('Главным акционером завода остаётся город.')).toEqual([]);
    expect(orgNames('Крупнейшим заказчиком союза стал флот.')).toEqual([]);
  });

  it('checks gender and case by the endings of both words', () => {
    expect(ruAdjectiveAgrees('государственной', 'думы')).toBe(true);
    expect(ruAdjectiveAgrees('центральному', 'банку')).toBe(true);
    expect(ruAdjectiveAgrees('позднее', 'федерация')).toBe(false);
    expect(ruAdjectiveAgrees('основным', 'порта')).toBe(false);
  });
});

describe('a masculine head in -й declines like "музей"', () => {
  it('reads the name in any case into the nominative', () => {
    expect(orgNames('Выставку открыли в Государственном историческом музее.')).toEqual([
      'Государственный исторический музей',
    ]);
    expect(orgNames('Экспонаты передали Национальному художественному музею.')).toEqual([
      'Национальный художественный музей',
    ]);
    expect(orgNames('Фонды Горного музея Казахстана пополнились.')).toEqual(['Горный музей Казахстана']);
  });

  it('does not read an adverb before it as part of a name', () => {
    expect(orgNames('Позднее музей закрылся на ремонт.')).toEqual([]);
  });
});
