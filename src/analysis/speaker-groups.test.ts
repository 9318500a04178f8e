/**
 * Unnamed groups as speakers (issue 13): "they"/"onlar" and a bare "mənbələr" stand for the group
 * written before, as written without the clause around it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('groups of sources as speakers', () => {
  it('keeps a group found for "onlar" instead of guessing a person', () => {
    expect(
      speakers(
        'Limanın direktoru Kamal Rzayev yeni planı təqdim edib. Adını açıqlamayan hərbi mənbələr saytına bildirib ki, gəmilər radarla təchiz olunacaq. “Bu radarlar regionda ilk dəfədir”, – onlar qeyd edib.',
        'az',
      ),
    ).toEqual(['hərbi mənbələr']);
  });

  it('reads the plural of a compound verb after "deyə onlar"', () => {
    expect(
      speakers(
        'Diplomatik mənbələr Xəbər Mərkəzi-nə bildiriblər ki, danışıqlar bərpa edilib. “Əsas problem qiymətdir. Tərəflər razılaşmayıb”, – deyə onlar əlavə ediblər.',
        'az',
      ),
    ).toEqual(['Diplomatik mənbələr']);
  });

  it('gives a bare group noun the group written in full before it, without a named place', () => {
    expect(
      speakers(
        'Nazir Araz Quliyev limana gəlib. Bölgədəki mənbələr isə Report-a bildiriblər ki, problem vaqonlardır. «Vaqonlar çatmır», – deyə mənbələr qeyd edib.',
        'az',
      ),
    ).toEqual(['Bölgədəki mənbələr']);
    expect(
      speakers(
        'Nazir Araz Quliyev limana gəlib. Gəncədəki mənbələr isə Report-a bildiriblər ki, problem vaqonlardır. «Vaqonlar çatmır», – deyə onlar qeyd edib.',
        'az',
      ),
    ).toEqual(['mənbələr']);
  });

  it('takes a counted group opening a sentence, with its "of" phrase, for "they"', () => {
    expect(
      speakers(
        'Three members of the Polish delegation, who asked not to be named, said Warsaw wanted a loan. "The fund has studied it for a year," they said.',
        'en',
      ),
    ).toEqual(['Three members of the Polish delegation']);
    expect(
      speakers(
        'Three engineers at the plant said the pumps had failed. "We warned them in May," they said.',
        'en',
      ),
    ).toEqual(['Three engineers']);
  });
});
