/**
 * Unnamed sources introduced in full and named again by a bare noun, a possessive or "they": the
 * speaker is the source as first written. Sentences written for this test, not from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('an unnamed source named again', () => {
  it('gives "слова собеседника" to the source cited before, in the nominative', () => {
    expect(
      speakers(
        'Завод остановит конвейер, пишет деловой портал Kapital со ссылкой на источник в министерстве.\n\nРешение приняли в среду. «Деталей не хватит до конца месяца», — приводит издание слова собеседника.',
        'ru',
      ),
    ).toEqual(['источник в министерстве']);
  });

  it('gives "их слова" to the group named before', () => {
    expect(
      speakers(
        'Аналитики в нефтяной отрасли, опрошенные агентством, сомневаются в сделке. «Цена слишком высока», — приводит агентство их слова.',
        'ru',
      ),
    ).toEqual(['Аналитики в нефтяной отрасли']);
  });

  it('gives a bare Azerbaijani "mənbə" to the source written in full before', () => {
    expect(
      speakers(
        'Bu barədə sayt nazirlikdəki mənbəyə istinadən yazır.\n\n“Layihə yazda başlayacaq”, – mənbə bildirib.',
        'az',
      ),
    ).toEqual(['nazirlikdəki mənbə']);
  });

  it('gives "they" to the group as first written, with where it is', () => {
    expect(
      speakers(
        'The port will shut its grain berth, a trade site said, citing three officials in the harbour office. The officials met on Monday. “Nobody was surprised,” they said.',
        'en',
      ),
    ).toEqual(['three officials in the harbour office']);
  });

  it('keeps a source never written in full as written', () => {
    expect(speakers('«Сроки сдвинутся», — сказал источник.', 'ru')).toEqual(['источник']);
  });
});
