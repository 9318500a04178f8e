/**
 * Russian organisation names whose head is followed by lower-case genitive fields (issue 13): a
 * ministry's portfolio listed with "и" and commas, then its owner; a public body's head opening a
 * sentence; a noun in -и/-ы right after a head; a second name after "и". Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';
import { analyze } from './analyze.ts';

const names = (text: string) => orgs(tokenize(text, 'ru')).map((o) => o.name);

describe('a ministry portfolio runs on through its listed fields', () => {
  it('takes fields joined by "и" and the owner after them', () => {
    expect(names('Проверку начало Министерство труда и социальной защиты Татарстана.')).toEqual([
      'Министерство труда и социальной защиты Татарстана',
    ]);
    expect(names('В Министерстве образования и науки Казахстана идею поддержали.')).toEqual([
      'Министерство образования и науки Казахстана',
    ]);
  });

  it('takes a list of fields with commas when "и" closes it', () => {
    expect(
      names('Письмо ушло в Министерство транспорта, связи и информационных технологий Республики Казахстан.'),
    ).toEqual(['Министерство транспорта, связи и информационных технологий Республики Казахстан']);
  });

  it('stops before a capitalised name or another body after "и"', () => {
    expect(names('Министерство обороны и Генштаб не ответили.')).toEqual(['Министерство обороны']);
    expect(names('Министерство энергетики и компании отрасли подписали меморандум.')).toEqual([
      'Министерство энергетики',
    ]);
  });

  it('keeps a region that owns the ministry among the story places', () => {
    const r = analyze({
      body: 'Субсидии распределит Министерство сельского хозяйства и продовольствия Башкортостана.',
      language: 'ru',
      published: '2026-03-02',
      timezone: 'Europe/Moscow',
    });
    expect(r.orgs.map((o) => o.name)).toContain(
      'Министерство сельского хозяйства и продовольствия Башкортостана',
    );
    expect(r.places.map((p) => p.name)).toContain('Башкортостан');
  });
});

describe('a public body opening a sentence is a name', () => {
  it('reads a committee or ministry with lower-case complements at a sentence start', () => {
    expect(names('Комитет гражданской авиации продлил проверку.')).toEqual(['Комитет гражданской авиации']);
    expect(names('Министерство связи опровергло слухи.')).toEqual(['Министерство связи']);
    expect(names('Агентство лесного хозяйства выдало разрешения.')).toEqual(['Агентство лесного хозяйства']);
  });

  it('leaves a company or a court opening a sentence as a common noun', () => {
    expect(names('Компания крупного бизнеса ушла с рынка.')).toEqual([]);
    expect(names('Суд первой инстанции отклонил иск.')).toEqual([]);
  });
});

describe('a head after "и" opens another name', () => {
  it('does not run a union\'s name on into "и организация"', () => {
    expect(names('Союз архитекторов Армении и организация «Зелёный квартал» выступили вместе.')).toEqual([
      'Союз архитекторов Армении',
      'Зелёный квартал',
    ]);
  });
});
