/**
 * Organisations as an open class (issue 13), with sentences written for these tests: acronyms and
 * the names that spell them, names cut before a place, names without quote marks after a noun or a
 * reporting verb. Each class has cases that must not match.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => orgs(tokenize(text, language));
const names = (text: string, language = 'en') => run(text, language).map((o) => o.name);

describe('a name runs on to the acronym in brackets that it begins', () => {
  it('keeps "of the Republic of …" inside the name when an acronym closes it', () => {
    expect(names('The National Oil Company of the Republic of Moldova (NOCRM) signed the deal.')).toEqual([
      'National Oil Company of the Republic of Moldova',
    ]);
  });

  it('does not run on to an acronym that begins with another letter', () => {
    expect(names('The National Bank of Moldova (BNM) kept its rate.')).toEqual(['National Bank of Moldova']);
  });
});

describe('an acronym and the words that spell it elsewhere are one organisation', () => {
  it('joins a Russian name in an oblique case, lower-case words and all, to its acronym', () => {
    expect(
      run(
        'Саммит ОЧЭС пройдет в Варне. Страны Организации черноморского экономического сотрудничества обсудят транзит.',
        'ru',
      ),
    ).toEqual([
      {
        name: 'Организация черноморского экономического сотрудничества',
        mentions: ['ОЧЭС', 'Организации черноморского экономического сотрудничества'],
      },
    ]);
  });

  it('defines an acronym in brackets that another rule read alone', () => {
    expect(
      names('Организация тюркских государств (ОТГ) проведет саммит. ОТГ объединяет пять стран.', 'ru'),
    ).toEqual(['Организация тюркских государств']);
  });

  it('joins English and Azerbaijani names to their acronyms', () => {
    expect(names('BSEC envoys met. Greece chairs the Black Sea Economic Cooperation this year.')).toEqual([
      'Black Sea Economic Cooperation',
    ]);
    expect(
      names(
        'QDİƏT sammiti Varnada keçiriləcək. Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatının üzvləri görüşəcək.',
        'az',
      ),
    ).toEqual(['Qara Dəniz İqtisadi Əməkdaşlıq Təşkilatı']);
  });

  it('does not read a sentence opening whose initials happen to spell an acronym', () => {
    expect(names('Кредит выдал банк ВТБ. Вчера Тимур Бекмамбетов приехал.', 'ru')).toEqual(['ВТБ']);
    expect(names('EDB staff met. Every Day Bakers sold bread.')).toEqual([]);
  });
});

describe('a company or outlet named without quote marks', () => {
  it('reads a Latin-script name or an acronym after a Russian company or outlet noun', () => {
    expect(names('Контракт получила компания Nordic Yards.', 'ru')).toEqual(['Nordic Yards']);
    expect(names('Компания Caspian Link открыла офис.', 'ru')).toEqual(['Caspian Link']);
    expect(names('Об этом пишет газета Morning Ledger.', 'ru')).toEqual(['Morning Ledger']);
    expect(names('Кредит выдал банк ВТБ.', 'ru')).toEqual(['ВТБ']);
  });

  it('reads an outlet right after a Russian reporting verb, but not a person', () => {
    expect(names('Сделка закрыта, сообщает РБК со ссылкой на источники.', 'ru')).toEqual(['РБК']);
    expect(names('Об этом пишет Caspian Courier.', 'ru')).toEqual(['Caspian Courier']);
    expect(names('Как сообщил Иванов, сделка закрыта.', 'ru')).toEqual([]);
    expect(names('Компания объявила о сделке.', 'ru')).toEqual([]);
  });
});

describe('an uncued company as the subject of a business verb', () => {
  it('reads a name before a business verb and a company object (en, ru)', () => {
    expect(names('Tarvik expanded its fleet, and Baltic Steel reported higher profits.')).toEqual([
      'Tarvik',
      'Baltic Steel',
    ]);
    expect(names('Уральская Сталь нарастила выпуск, а Севмаш увеличило выручку.', 'ru')).toEqual([
      'Уральская Сталь',
      'Севмаш',
    ]);
  });

  it('leaves people, places and common nouns as subjects alone', () => {
    expect(names('Dana Mirek reported higher profits. Moldova exported more wine.')).toEqual([]);
    expect(names('Tarvik sold his shares.')).toEqual([]);
    expect(names('Ольга Сомова увеличила долю. Петров продал акции.', 'ru')).toEqual([]);
  });
});

describe('a kind of company abbreviated before its quoted name', () => {
  it('reads ИК, НК, УК … «Name» as one company, the abbreviation kept', () => {
    expect(
      names('Аналитик ИК «Северный капитал» ждет роста. НК «Прикаспий» увеличила добычу.', 'ru'),
    ).toEqual(['ИК «Северный капитал»', 'НК «Прикаспий»']);
  });

  it('leaves an abbreviation without a quoted name alone', () => {
    expect(names('Отчет УК опубликован.', 'ru')).toEqual([]);
  });
});

describe('a ministry owned by a republic written as an abbreviation', () => {
  it('reads "МИД РК", "Минэнерго РБ" whole', () => {
    expect(names('Об этом сообщает пресс-служба МИД РК. Минэнерго РБ подтвердило.', 'ru')).toEqual([
      'МИД РК',
      'Минэнерго РБ',
    ]);
  });

  it('does not take any capitalised word after the ministry', () => {
    expect(names('МИД СМИ не комментировал.', 'ru')).toEqual(['МИД']);
  });
});

describe('long names with joined complements and their acronyms', () => {
  it('reads Russian complements joined by "и", an adjective and its genitive noun', () => {
    expect(names('Глава Федерального агентства воздушного и водного транспорта приехал.', 'ru')).toEqual([
      'Федеральное агентство воздушного и водного транспорта',
    ]);
    expect(names('Северный банк реконструкции и развития выделит кредит.', 'ru')).toEqual([
      'Северный банк реконструкции и развития',
    ]);
  });

  it('takes in the words before a name that its bracketed acronym spells', () => {
    expect(names('The Korea National Railway Corporation (KNRC) will build it. KNRC said so.')).toEqual([
      'Korea National Railway Corporation',
    ]);
    expect(names('In Korea the National Railway Corporation (NRC) will build it.')).toEqual([
      'National Railway Corporation',
    ]);
  });
});

describe('Azerbaijani zones as organisations', () => {
  it('reads a capitalised name ending in Zonası in its nominative', () => {
    expect(names('Qəbələ Sənaye Zonasında görüş olub.', 'az')).toEqual(['Qəbələ Sənaye Zonası']);
  });
});
