/**
 * A lower-case noun repeating the head of an organisation named before stands for it as a speaker,
 * and a Russian "говорится в документе" names the document's owner. Sentences written for this test,
 * not taken from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('an organisation named again by its head noun', () => {
  it('gives the quote to the organisation, in Russian, English and Azerbaijani', () => {
    expect(
      speakers(
        'Ассоциация фермеров Казахстана провела съезд в Астане. В марте ассоциация уже заявляла о «серьёзных потерях урожая».',
        'ru',
      ),
    ).toEqual(['Ассоциация фермеров Казахстана']);
    expect(
      speakers(
        'The Caspian Shipping Association met in Aktau on Monday. Last year the association warned of “a shortage of pilots”.',
        'en',
      ),
    ).toEqual(['Caspian Shipping Association']);
    expect(
      speakers(
        'Azərbaycan Şahmat Federasiyası turnirin yerini açıqlayıb. “Yarış Şuşada keçiriləcək”, – federasiya bildirib.',
        'az',
      ),
    ).toEqual(['Azərbaycan Şahmat Federasiyası']);
  });

  it('reads "говорится в документе" as the statement of the organisation cited', () => {
    expect(
      speakers(
        'Союз транспортников Армении направил письмо в правительство. «Тарифы нужно пересмотреть до весны», — говорится в документе.',
        'ru',
      ),
    ).toEqual(['Союз транспортников Армении']);
  });

  it('leaves a lower-case noun that heads no organisation named before as written', () => {
    expect(
      speakers(
        'Министр приехал в Гюмри. Позже ассоциация заявила о «серьёзных потерях урожая». Ассоциация фермеров Армении промолчала.',
        'ru',
      ),
    ).not.toContain('Ассоциация фермеров Армении');
  });
});
