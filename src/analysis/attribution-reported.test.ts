import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

/** Each quote's text and speaker, as the whole pipeline reads them. */
const speakers = (body: string, language = 'ru'): [string, string | null][] =>
  analyze({ body, language, published: '2026-03-02', timezone: 'Europe/Moscow' }).quotes.map((q) => [
    q.full_text,
    q.speaker,
  ]);

describe('reported words and their owner', () => {
  it('reads "слова X" after a quote as X’s, a role noun standing for its holder', () => {
    const body =
      'Министр транспорта Грузии Леван Давиташвили осмотрел тоннель. ' +
      '«Работы идут по графику, открытие в мае», — приводит портал слова министра.';
    expect(speakers(body)).toEqual([['Работы идут по графику, открытие в мае', 'Леван Давиташвили']]);
  });

  it('reads words in the instrumental with no owner as the sentence subject’s own', () => {
    const body =
      'Адмирал Пётр Соколов провёл смотр кораблей. Соколов, командующий флотом с 2021 года, ограничился ' +
      'замечанием, что учения «пройдут по плану».';
    expect(speakers(body)).toEqual([['пройдут по плану', 'Пётр Соколов']]);
  });

  it('takes a name of capitalised words after a noun for words as the claim’s owner', () => {
    const body =
      'Министр Пётр Соколов отверг утверждение агентства Bloomberg News о том, что «сделка сорвана ' +
      'окончательно и бесповоротно».';
    expect(speakers(body)).toEqual([['сделка сорвана окончательно и бесповоротно', 'Bloomberg News']]);
  });

  it('does not give a claim with no owner after it to the subject who rejected it', () => {
    const body = 'Министр Пётр Соколов отверг заявление, что «сделка сорвана окончательно».';
    expect(speakers(body).map((q) => q[1])).not.toEqual(['Пётр Соколов']);
  });

  it('reads the person an outlet cites as the speaker, not the outlet', () => {
    const body =
      'Вице-премьер Олег Жуков посетил порт. «Погрузка возобновится завтра», — цитирует Жукова «Коммерсант».';
    expect(speakers(body)).toEqual([['Погрузка возобновится завтра', 'Олег Жуков']]);
  });

  it('gives a statement owned by an institution named by a common noun to the last body named', () => {
    const body =
      'Рейсы отменены, сообщила пресс-служба Росавиации. «Полёты возобновятся после проверки», — ' +
      'говорится в сообщении ведомства.';
    expect(speakers(body)).toEqual([['Полёты возобновятся после проверки', 'Росавиация']]);
  });

  it('does not read a company’s quoted name after its legal form as a quotation', () => {
    const body = 'Контракт получило ООО «Северная судоремонтная верфь», сообщил директор Иван Петров.';
    expect(speakers(body)).toEqual([]);
  });

  it('reads an outlet in quote marks before the verb as the addressee, the sentence’s person as the speaker', () => {
    const body = 'Сенатор Ольга Ветрова в беседе с «Ведомостями» отметила: «Пошлины вырастут уже весной».';
    expect(speakers(body)).toEqual([['Пошлины вырастут уже весной', 'Ольга Ветрова']]);
  });

  it('reads the pronoun after a verb of citing as the person cited, not the outlet', () => {
    const body = 'Губернатор Олег Гусев осмотрел мост. «Движение откроем в пятницу», — цитирует его ТАСС.';
    expect(speakers(body)).toEqual([['Движение откроем в пятницу', 'Олег Гусев']]);
  });
});
