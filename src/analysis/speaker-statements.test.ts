/**
 * A statement's words belong to the organisation that issued it (issue 13): "– açıqlamada deyilir",
 * "the statement said", "говорится в сообщении" after a sentence naming whose statement it was,
 * even when another organisation is named after it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('statements and their issuers', () => {
  it('az: the organisation owning "yaydığı açıqlamada", not the company named later', () => {
    expect(
      speakers(
        'Azərbaycan Respublikası Kənd Təsərrüfatı Nazirliyinin yaydığı açıqlamada bildirilir ki, anbarlar “Gəncə Taxıl” MMC tərəfindən tikiləcək. “Layihə fermerlərin gəlirini artıracaq”, – açıqlamada deyilir.',
        'az',
      ),
    ).toEqual(['Azərbaycan Respublikası Kənd Təsərrüfatı Nazirliyi']);
  });

  it('en: the organisation that "said in a statement", not the one named after it', () => {
    expect(
      speakers(
        'The Ministry of Digital Development said in a statement that the cable would be laid by Nordic Marine Services Ltd. "The cable doubles our capacity," the statement said.',
        'en',
      ),
    ).toEqual(['Ministry of Digital Development']);
  });

  it('ru: the organisation after "в сообщении", not the one named later', () => {
    expect(
      speakers(
        'В сообщении Министерства транспорта Казахстана говорится, что паромы построит компания «Каспий Верфь». «Первый паром выйдет в рейс весной», — говорится в сообщении.',
        'ru',
      ),
    ).toEqual(['Министерство транспорта Казахстана']);
  });
});
