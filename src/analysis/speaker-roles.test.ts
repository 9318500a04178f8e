/**
 * Role nouns for their holders (issue 13): "the minister" is not the deputy minister, a country
 * written after the role picks its holder, a role ends a long run before its verb, and a common
 * noun ("the hydrologist") stands for the person it described. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('a role for its holder', () => {
  it('en: "the Minister" is the minister, not the deputy minister named after him', () => {
    expect(
      speakers(
        'On Monday, Trade Minister Levan Abashidze received a delegation headed by Deputy Minister Said Al Rawahi of Oman.\n\nWelcoming the guests, the head of the Georgian ministry praised the ties. "Georgia sees Oman as a reliable partner," the Minister stressed.',
        'en',
      ),
    ).toEqual(['Levan Abashidze']);
  });

  it('ru: «министр» is not the deputy minister, «замминистра» is', () => {
    expect(
      speakers(
        'Министр энергетики Армении Давид Саркисян принял заместителя министра энергетики Ирана Мохаммада Резаи. «Мы готовы расширить поставки», — отметил министр. «Мы тоже готовы», — добавил замминистра.',
        'ru',
      ),
    ).toEqual(['Давид Саркисян', 'Мохаммад Резаи']);
  });

  it('az: "nazir" is not the deputy minister', () => {
    expect(
      speakers(
        'Gürcüstanın nəqliyyat naziri Levan Davitadze Qazaxıstanın nəqliyyat nazirinin müavini Asqar Nurlanov ilə görüşüb. “Marşrut hazırdır”, – nazir bildirib.',
        'az',
      ),
    ).toEqual(['Levan Davitadze']);
  });

  it("ru: a country written in the role's complement picks the holder («глава японского МИД»)", () => {
    expect(
      speakers(
        'Министр иностранных дел Казахстана Ерлан Ахметов и его японский коллега Хироси Мори провели переговоры. «Мы откроем фонд», — заявил глава японского МИД.',
        'ru',
      ),
    ).toEqual(['Хироси Мори']);
  });

  it('ru: a role with its country ends a long run before the verb', () => {
    expect(
      speakers(
        'Министр иностранных дел Казахстана Ерлан Ахметов и его японский коллега Хироси Мори провели переговоры. На вопрос корреспондента о конкуренции с Китаем и Республикой Корея японский министр ответил коротко: «Места хватит всем».',
        'ru',
      ),
    ).toEqual(['Хироси Мори']);
  });
});

describe('a common noun for the person it described', () => {
  it('en: "the hydrologist said" after "X, a hydrologist at …"', () => {
    expect(
      speakers(
        'Sofia Lind, a hydrologist at the Baltic Water Institute, studied the river. Karl Berg, the mayor, disagreed with her. "Every dry year makes it worse," the hydrologist said.',
        'en',
      ),
    ).toEqual(['Sofia Lind']);
  });

  it('ru and az: the noun written before the name', () => {
    expect(
      speakers(
        'Вулканолог Анна Смирнова изучала склон. Мэр Олег Котов не согласился с ней. «Каждый год всё хуже», — сказала вулканолог.',
        'ru',
      ),
    ).toEqual(['Анна Смирнова']);
    expect(
      speakers(
        'Vulkanoloq Aygün Məmmədova yamacı öyrənib. Mer Oleq Kotov onunla razılaşmayıb. “Hər il vəziyyət pisləşir”, – vulkanoloq bildirib.',
        'az',
      ),
    ).toEqual(['Aygün Məmmədova']);
  });

  it('leaves a noun that described nobody as written', () => {
    expect(
      speakers(
        'Karl Berg, the mayor, studied the river. "Every dry year makes it worse," the hydrologist said.',
        'en',
      ),
    ).toEqual(['hydrologist']);
  });
});
