/**
 * Organisations of fields our development articles do not cover (courts, health, sport, education,
 * elections, parties, start-ups), in English, Russian and Azerbaijani, with sentences written for
 * these tests. Each class has a case that must not match.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string, language = 'en') => orgs(tokenize(text, language)).map((o) => o.name);

describe('English: capitalised words ending in a head of any field', () => {
  it('reads hospitals, clinics, schools, chambers and clubs by their head', () => {
    expect(names('Doctors at Riverside General Hospital treated twelve patients.')).toEqual([
      'Riverside General Hospital',
    ]);
    expect(names('The Tashkent Eye Clinic reopened on Monday.')).toEqual(['Tashkent Eye Clinic']);
    expect(names('The Chamber of Commerce of Armenia hosted the fair.')).toEqual([
      'Chamber of Commerce of Armenia',
    ]);
    expect(names('The Baku Higher Oil School signed a memorandum.')).toEqual(['Baku Higher Oil School']);
    expect(names('Pupils of the Ganja Chess Club won the cup.')).toEqual(['Ganja Chess Club']);
  });

  it('does not make a lone capitalised head an organisation', () => {
    expect(names('Hospital staff went on strike.')).toEqual([]);
  });
});

describe('English: a company or club introduced by its noun or mark', () => {
  it('reads a start-up after "the start-up" and a club after "FC"', () => {
    expect(names('The start-up Lumora raised two million dollars.')).toEqual(['Lumora']);
    expect(names('FC Zirva beat its rivals 2-1.')).toEqual(['FC Zirva']);
    expect(names('The title went to Kapaz FC on penalties.')).toEqual(['Kapaz FC']);
  });

  it('needs a capitalised name after the mark', () => {
    expect(names('The start-up raised two million dollars.')).toEqual([]);
  });
});

describe('Russian: heads of other fields, their complements and quoted names', () => {
  it('reads hospitals and clinics in an oblique case, named in the nominative', () => {
    expect(names('Пациентов доставили в Республиканскую клиническую больницу.', 'ru')).toEqual([
      'Республиканская клиническая больница',
    ]);
    expect(names('Врачи Городской детской поликлиники провели прививки.', 'ru')).toEqual([
      'Городская детская поликлиника',
    ]);
  });

  it('keeps a field noun before a place in the genitive inside the name', () => {
    expect(names('Федерация футбола Узбекистана оштрафовала клуб.', 'ru')).toEqual([
      'Федерация футбола Узбекистана',
    ]);
    expect(names('Сессию провела Академия наук Армении.', 'ru')).toEqual(['Академия наук Армении']);
    expect(names('Университет имени Фараби открыл кампус.', 'ru')).toEqual(['Университет имени Фараби']);
  });

  it('reads longer complements: a capitalised genitive pair, "по" with its dative, a number', () => {
    expect(names('Общество Красного Полумесяца Кыргызстана направило палатки.', 'ru')).toEqual([
      'Общество Красного Полумесяца Кыргызстана',
    ]);
    expect(names('Агентство по техническому регулированию Узбекистана ввело правила.', 'ru')).toEqual([
      'Агентство по техническому регулированию Узбекистана',
    ]);
    expect(names('Пациент скончался в Городской больнице № 7.', 'ru')).toEqual(['Городская больница № 7']);
    expect(names('Казахский национальный университет имени аль-Фараби открыл кампус.', 'ru')).toEqual([
      'Казахский национальный университет имени аль-Фараби',
    ]);
  });

  it('reads a head capitalised mid-sentence with lower-case complements agreeing in the genitive', () => {
    expect(names('По оценке Центра стратегических исследований, рост замедлится.', 'ru')).toEqual([
      'Центр стратегических исследований',
    ]);
    expect(names('Доклад подготовила Академия медицинской науки.', 'ru')).toEqual([
      'Академия медицинской науки',
    ]);
    expect(names('Комиссия рассмотрела жалобу.', 'ru')).toEqual([]);
  });

  it('does not take a verb and a dative place into the name', () => {
    expect(names('Банк выдал Армении кредит.', 'ru')).toEqual([]);
  });

  it('reads a party, club or start-up named after its noun', () => {
    expect(names('Депутаты от партии «Новый путь» выступили против.', 'ru')).toEqual(['Новый путь']);
    expect(names('Футболисты клуба «Кайрат» победили.', 'ru')).toEqual(['Кайрат']);
    expect(names('Стартап Lumora привлек два миллиона долларов.', 'ru')).toEqual(['Lumora']);
    expect(names('ФК Ордабасы выиграл кубок.', 'ru')).toEqual(['ФК Ордабасы']);
  });

  it('does not read an acronym after "партию" (a batch) as a party', () => {
    expect(names('Мьянма получила партию СПГ.', 'ru')).toEqual([]);
  });
});

describe('Azerbaijani: heads with the izafet suffix, and names before their noun', () => {
  it('reads clinics and leagues with case endings, named in the nominative', () => {
    expect(names('Respublika Klinik Xəstəxanasında əməliyyat aparılıb.', 'az')).toEqual([
      'Respublika Klinik Xəstəxanası',
    ]);
    expect(names('Gəncə Göz Klinikasının həkimləri xəstəni müayinə edib.', 'az')).toEqual([
      'Gəncə Göz Klinikası',
    ]);
    expect(names('Oyunçular Azərbaycan Basketbol Liqasından ayrılıb.', 'az')).toEqual([
      'Azərbaycan Basketbol Liqası',
    ]);
  });

  it('reads a name before "şirkəti" or "klubu", quoted or not', () => {
    expect(names('İnvestorlar Lumora şirkətinin səhmlərini alıb.', 'az')).toEqual(['Lumora']);
    expect(names('Futbolçular Zirvə klubunun heyətinə qoşulub.', 'az')).toEqual(['Zirvə']);
    expect(names('“Neftçi” klubu qələbə qazandı.', 'az')).toEqual(['Neftçi']);
    expect(names('Turniri “Şahdağ” voleybol klubu udub.', 'az')).toEqual(['Şahdağ']);
  });

  it('does not read an owner, a pointing word or a capital at a sentence start as the name', () => {
    expect(names('Hökumətin şirkəti satılıb.', 'az')).toEqual([]);
    expect(names('Bu şirkətin gəliri artıb.', 'az')).toEqual([]);
    expect(names('Tikinti şirkəti tenderi udub.', 'az')).toEqual([]);
    expect(names('Tədarükçü şirkətin direktoru gəlib.', 'az')).toEqual([]);
  });
});

describe('a body named in full and later by its head alone is one organisation', () => {
  const mentions = (text: string, language: string) =>
    orgs(tokenize(text, language)).map((o) => [o.name, o.mentions]);

  it('joins "the court" and "the bank" to the body named before', () => {
    expect(
      mentions('The Constitutional Court ruled on Friday. The court said the law was void.', 'en'),
    ).toEqual([['Constitutional Court', ['Constitutional Court', 'The court']]]);
    expect(mentions('Kapital Bank raised rates. Inflation was high, the bank said.', 'en')).toEqual([
      ['Kapital Bank', ['Kapital Bank', 'the bank']],
    ]);
  });

  it('joins a Russian head in any case, but not one owned by the noun before it', () => {
    expect(mentions('Верховный суд отклонил жалобу. Суд указал на ошибки. В суде отказались.', 'ru')).toEqual(
      [['Верховный суд', ['Верховный суд', 'Суд', 'суде']]],
    );
    expect(mentions('Апелляционный суд отклонил жалобу. Решение суда вступило в силу.', 'ru')).toEqual([
      ['Апелляционный суд', ['Апелляционный суд']],
    ]);
  });

  it('leaves a head with its own complement as another body, and a head with no body before it alone', () => {
    expect(mentions('Верховный суд отклонил жалобу. Суд Армении указал на ошибки.', 'ru')).toEqual([
      ['Верховный суд', ['Верховный суд']],
      ['Суд Армении', ['Суд Армении']],
    ]);
    expect(mentions('The court said the law was void.', 'en')).toEqual([]);
  });
});
