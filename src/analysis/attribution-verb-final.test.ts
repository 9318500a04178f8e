/**
 * Azerbaijani verb-final attributions in the forms the closed verb list lacked: the conditional of a
 * concession ("… “…” adlandırsa da, …") and a compound in the present ("… “…” iddia edir").
 * Sentences written for this test, not taken from the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string): (string | null)[] =>
  analyze({ body, language: 'az', published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('Azerbaijani verb-final attributions', () => {
  it('gives a short phrase before a conditional speech verb to the sentence subject', () => {
    expect(
      speakers('Liman direktoru Samir Əliyev ilk rübü “uğurlu” adlandırsa da, yük dövriyyəsi azalıb.'),
    ).toEqual(['Samir Əliyev']);
    expect(speakers('Memar Lalə Hüseynova layihəni “cəsarətli” qiymətləndirsə də, tikinti dayanıb.')).toEqual(
      ['Lalə Hüseynova'],
    );
  });

  it('reads "iddia edir" as a speech verb: the claim is its subject\'s', () => {
    expect(
      speakers(
        'Nazir Rauf Kərimov danışıb. Fermer Vüsalə Nəbiyeva yeni qaydanın “kəndləri boşaldacağını” iddia edir.',
      ),
    ).toEqual(['Vüsalə Nəbiyeva']);
  });

  it('leaves a term after a verb that says nothing as a term', () => {
    expect(speakers('Samir Əliyev şəhərin “yaşıl” zonasında yaşayır.')).toEqual([null]);
  });
});
