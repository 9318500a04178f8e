import { describe, expect, it } from 'vitest';
import { attribute } from './attribution.ts';
import { findQuotes } from './quotes.ts';
import { findPeople } from './people.ts';
import { findOrgMentions } from './orgs.ts';
import { findPlaceMentions } from './places.ts';
import { tokenize } from './tokenize.ts';

function run(text: string, language = 'en') {
  const model = tokenize(text, language);
  const places = findPlaceMentions(model);
  const orgs = findOrgMentions(model);
  const blocked = new Uint8Array(model.tokens.length);
  for (const p of places) if (p.via !== 'demonym') blocked[p.tokenIndex] = 1;
  for (const o of orgs) for (let k = o.first; k <= o.last; k++) blocked[k] = 1;
  const people = findPeople(model, blocked);
  const quotes = findQuotes(model);
  return attribute(model, quotes, { people, orgs, places }).map((a, i) => ({
    quote: text.slice(quotes[i]?.start, quotes[i]?.end),
    ...a,
  }));
}

describe('attribution', () => {
  it('takes the named person after the quote, and he/she for the last-mentioned person', () => {
    const text =
      '“We will not back down,” Foreign Minister Anna Keller said on Tuesday. “The border stays shut,” she added.';
    expect(run(text)).toEqual([
      {
        quote: 'We will not back down,',
        speaker: 'Anna Keller',
        attribution: 'Foreign Minister Anna Keller said',
        kind: 'full',
        via: 'named',
      },
      {
        quote: 'The border stays shut,',
        speaker: 'Anna Keller',
        attribution: 'she added',
        kind: 'full',
        via: 'pronoun',
      },
    ]);
  });

  it('reads an inverted attribution', () => {
    expect(run('“It is over,” said Tomas Varga.')[0]).toMatchObject({
      speaker: 'Tomas Varga',
      attribution: 'said Tomas Varga',
    });
  });

  it('ties a surname to the person and a speech verb earlier in the sentence', () => {
    const text =
      'Georgian Deputy Defence Minister Levan Beridze spoke first. Beridze insisted that the army only hits “military targets in the region.”';
    expect(run(text)[0]).toMatchObject({
      speaker: 'Levan Beridze',
      attribution: 'Beridze insisted that',
      kind: 'partial',
    });
  });

  it('resolves "the statement said" to the institution cited earlier in the paragraph', () => {
    const text =
      'According to the Georgian Foreign Ministry, the note was delivered. “The talks are suspended,” the statement said.';
    expect(run(text)[0]).toMatchObject({
      speaker: 'Georgian Foreign Ministry',
      attribution: 'the statement said',
    });
  });

  it('resolves "the ministry said" to the last-named ministry', () => {
    const text =
      'The Armenian Foreign Ministry summoned the envoy.\n\n“This is unacceptable,” the ministry said.';
    expect(run(text)[0]).toMatchObject({
      speaker: 'Armenian Foreign Ministry',
      attribution: 'the ministry said',
    });
  });

  it('reads a capital as its government', () => {
    expect(run('Tbilisi has voiced “deep concern” over the incident.')[0]).toMatchObject({
      speaker: 'Tbilisi (Georgia)',
      attribution: 'Tbilisi has voiced',
      kind: 'partial',
    });
  });

  it('carries the speaker into a continuation paragraph', () => {
    const text = '“We are ready,” Linda Morris said.\n\n“And we will not wait.”';
    expect(run(text).map((a) => a.speaker)).toEqual(['Linda Morris', 'Linda Morris']);
    expect(run(text)[1]?.attribution).toBeNull();
  });

  it('leaves terms without a speaker and turns short unattributed quotes into terms', () => {
    const text = 'Linda Morris spoke about the so-called “red line.” The “reforms” stalled.';
    expect(run(text).map((a) => [a.quote, a.speaker, a.kind])).toEqual([
      ['red line.', null, 'term'],
      ['reforms', null, 'term'],
    ]);
  });

  it('gives a nested claim to the other side', () => {
    const text =
      'The Georgian side’s complaint was reviewed. “Claims about the alleged ‘deliberate strike’ are false,” the Armenian Foreign Ministry said.';
    const nested = run(text).find((a) => a.kind === 'nested');
    expect(nested).toMatchObject({
      quote: 'deliberate strike',
      speaker: 'Georgian side (claims)',
      attribution: 'Claims about the alleged',
    });
  });

  it('reads Russian attributions after a dash', () => {
    const text = '«Мы не отступим», — заявил министр иностранных дел Грузии Леван Беридзе.';
    expect(run(text, 'ru')[0]).toMatchObject({ speaker: 'Леван Беридзе', kind: 'full' });
  });

  it('reads Azerbaijani attributions with "deyə"', () => {
    const text = '«Biz hazırıq», – deyə Gürcüstanın müdafiə naziri Levan Beridze bildirib.';
    expect(run(text, 'az')[0]).toMatchObject({ speaker: 'Levan Beridze', kind: 'full' });
  });

  it('skips a clause set off by commas to find the subject, and reads "it" as the last organisation', () => {
    const speakers = (text: string) => run(text).map((a) => a.speaker);
    expect(
      speakers(
        'Interior Minister Nika Gelashvili, who chairs the crisis group, said progress was “too slow.”',
      ),
    ).toEqual(['Nika Gelashvili']);
    expect(
      speakers(
        'The Caspian Shipping Company, the state operator that runs most tankers, said it would sail “as planned.”',
      ),
    ).toEqual(['Caspian Shipping Company']);
    expect(
      speakers('The Georgian Interior Ministry issued a statement. "Roads are closed," it said.'),
    ).toEqual(['Georgian Interior Ministry']);
  });

  it('gives a quote after a participle to the subject of the sentence', () => {
    expect(
      run('Foreign Minister Anna Keller defended the talks, calling them “the only way forward.”')[0]
        ?.speaker,
    ).toBe('Anna Keller');
  });

  it('attributes nested quotes to the subject inside the outer quote, or to the outer speaker', () => {
    const text =
      '“Our neighbours came to us and said, ‘Open the border,’ and we did. My answer is simple: ‘Not yet.’” Foreign Minister Anna Keller said.';
    expect(run(text).map((a) => [a.quote, a.speaker])).toEqual([
      [text.slice(1, text.indexOf('”')), 'Anna Keller'],
      ['Open the border,', 'neighbours'],
      ['Not yet.', 'Anna Keller'],
    ]);
  });

  it('reads Russian pronouns and role nouns after the verb, and Azerbaijani verbs at the end', () => {
    const ru = run(
      'Посол России Алексей Иванов выступил. «Мы готовы», — подчеркнул дипломат. «Ждём ответа», — сказал он позднее журналистам.',
      'ru',
    );
    expect(ru.map((a) => a.speaker)).toEqual(['Алексей Иванов', 'Алексей Иванов']);
    const az = run(
      '“Hazırlıq başa çatıb”, – deyə müdafiə nazirinin müavini, general-mayor Elşad Quliyev bildirib. “Təlim başlayır”, – o əlavə edib.',
      'az',
    );
    expect(az.map((a) => a.speaker)).toEqual(['Elşad Quliyev', 'Elşad Quliyev']);
  });

  it('gives "– nazirlikdən bildirilib" to the ministry, not to the person quoted before', () => {
    const az = run(
      'Gürcüstan Xarici İşlər Nazirliyi bəyanat yayıb. “Görüş faydalı olub”, – deyə nazir Levan Beridze bildirib. “Əməkdaşlıq davam edəcək”, – nazirlikdən bildirilib.',
      'az',
    );
    expect(az.map((a) => a.speaker)).toEqual(['Levan Beridze', 'Gürcüstan Xarici İşlər Nazirliyi']);
  });
});
