/**
 * Speaker classes of issue 13, each with sentences written for these tests (not from the gold
 * articles) and the cases that must not match. Read through analyze(), as readers see them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('Azerbaijani attributions', () => {
  it('takes the pronoun of a compound verb before the quote, not "O qeyd"', () => {
    expect(
      speakers(
        'Səfir Orxan Vəliyev danışıqlardan danışıb. O qeyd edib ki, "tərəflər razılığa yaxındır".',
        'az',
      ),
    ).toEqual(['Orxan Vəliyev']);
  });

  it('leaves whom the speaker told out of the speaker', () => {
    expect(
      speakers(
        'Ekspertlər sənədi öyrənib. "Qərar gecikir", - deyə onlar Xəzərpress-ə açıqlamalarında bildiriblər.',
        'az',
      ),
    ).toEqual(['Ekspertlər']);
    expect(speakers('"Yol açıqdır", - Rauf Kərimli Bakupost-a deyib.', 'az')).toEqual(['Rauf Kərimli']);
    // Only the outlet was named: no speaker, not the outlet.
    expect(speakers('"Yol açıqdır", - nazirlikdən Bakupost-a bildirilib.', 'az')).toEqual([null]);
  });

  it('reads compound and pluperfect speech verbs', () => {
    expect(
      speakers(
        'Nazir Vüsal Həsənli və səfir Orxan Vəliyev görüşüb. "Hazırıq", - deyə Həsənli vurğulayıb. "Biz də hazırıq", - deyə Vəliyev cavab verib.',
        'az',
      ),
    ).toEqual(['Vüsal Həsənli', 'Orxan Vəliyev']);
    expect(
      speakers('Komitə Sədri Lalə Qasımova iclasda "qərar qəbul olunub" deyə bildirmişdi.', 'az'),
    ).toEqual(['Lalə Qasımova']);
  });

  it('gives cited words to their owner, not to the outlet citing them', () => {
    expect(
      speakers('"Limanda iş dayanmayıb", – Trend direktor Emin Sadıqovun sözlərini sitat gətirir.', 'az'),
    ).toEqual(['Emin Sadıqov']);
  });

  it('reads an attribution with an acronym in brackets', () => {
    expect(
      speakers('"Yük azalıb", – Azərbaycan Sürücülər Birliyinin (ASB) sədri Nizami Həsənov deyib.', 'az'),
    ).toEqual(['Nizami Həsənov']);
  });

  it('gives a statement’s words to the body that issued it', () => {
    expect(
      speakers(
        'Fövqəladə Hallar Nazirliyi xəbərdarlıq edib. "Sahilə yaxınlaşmayın", - məlumatda deyilir.',
        'az',
      ),
    ).toEqual(['Fövqəladə Hallar Nazirliyi']);
  });
});

describe('attributions outside the quote’s sentence (az)', () => {
  it('reads the clause before a colon that ends the previous paragraph', () => {
    expect(
      speakers('Dəniz Limanının sədri Tural Nəbiyev bildirib:\n\n"Gəmilər limana daxil olur."', 'az'),
    ).toEqual(['Tural Nəbiyev']);
  });

  it('reads a name set off by a colon, but not a place', () => {
    expect(speakers('Səfir Kamran Həsənli: "Viza rejimi sadələşəcək"', 'az')).toEqual(['Kamran Həsənli']);
    expect(speakers('Gəncə: "Viza rejimi sadələşəcək"', 'az')).toEqual([null]);
  });

  it('reads the next sentence when it points back at the quote', () => {
    expect(
      speakers(
        '"Körpü gələn ay açılacaq". Bu barədə Report-a açıqlamasında layihə rəhbəri Vüqar Əliyev deyib.',
        'az',
      ),
    ).toEqual(['Vüqar Əliyev']);
    expect(
      speakers('"Qatarlar gecikmir". Bunu jurnalistlərə Dəmir Yolunun sədri Elnur Rzayev bildirib.', 'az'),
    ).toEqual(['Elnur Rzayev']);
  });

  it('leaves a next sentence that does not point back at the quote', () => {
    expect(speakers('"Körpü gələn ay açılacaq". Sonra Vüqar Əliyev Gəncəyə gedib.', 'az')).toEqual([null]);
  });
});

describe('English attributions', () => {
  it('reads a speaker after the quote with an insert and initials', () => {
    expect(
      speakers(
        '“Freight will double,” R. S. Menon, an analyst in Chennai, told Harbour Daily on Friday.',
        'en',
      ),
    ).toEqual(['R. S. Menon']);
    expect(speakers('“We start in May,” its chairman, Lars Nygaard, said in a statement.', 'en')).toEqual([
      'Lars Nygaard',
    ]);
  });

  it('gives a that-clause after "the claim by X" to X, however long X’s description', () => {
    expect(
      speakers(
        'The minister dismissed a claim by Tomas Berg, the transport spokesman of the Green Party in Oslo, that the tunnel was "far behind schedule".',
        'en',
      ),
    ).toEqual(['Tomas Berg']);
  });

  it('leaves a that-clause without reported words to the sentence', () => {
    expect(speakers('Tomas Berg said on Monday that the tunnel was "far behind schedule".', 'en')).toEqual([
      'Tomas Berg',
    ]);
  });
});

describe('names of the region in English copy', () => {
  it('reads a first name the English lexicon lacks, and a surname’s shape mid-sentence', () => {
    expect(speakers('Irakli Kobakhidze spoke in Batumi. "We will finish the port," he said.', 'en')).toEqual([
      'Irakli Kobakhidze',
    ]);
    expect(speakers('On Monday Rovshan Mammadov spoke. "We agree," he said.', 'en')).toEqual([
      'Rovshan Mammadov',
    ]);
  });

  it('reads a name after an honorific with a full stop', () => {
    expect(speakers('"It was hard," said Dr. Armen Sargsyan, the head of the team.', 'en')).toEqual([
      'Armen Sargsyan',
    ]);
  });

  it('finds no person where no name is written', () => {
    expect(speakers('Black Sea shipping resumed on Monday. "It is calm," he said.', 'en')).toEqual([null]);
  });
});

describe('an age for a person', () => {
  it('reads "the 54-year-old" as the last person named', () => {
    expect(speakers('Lena Varga spoke in Vienna. "We will not move," the 54-year-old said.', 'en')).toEqual([
      'Lena Varga',
    ]);
  });
});

describe('the passive', () => {
  it('gives no words to the subject of a passive speech verb', () => {
    expect(speakers('Adam Holt was warned at the crossing that "the border is closed".', 'en')).toEqual([
      null,
    ]);
    expect(speakers('Adam Holt warned at the crossing that "the border is closed".', 'en')).toEqual([
      'Adam Holt',
    ]);
  });
});

describe('first names that are also places (az)', () => {
  it('reads "Ararat" before a surname as a first name', () => {
    expect(
      speakers('Ermənistanın naziri Ararat Mirzoyan danışıb. "Hazırıq", - deyə Mirzoyan bildirib.', 'az'),
    ).toEqual(['Ararat Mirzoyan']);
  });
});
