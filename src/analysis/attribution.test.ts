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

  describe("the issue's speaker classes", () => {
    const speakers = (text: string, language = 'en') => run(text, language).map((a) => a.speaker);

    it('gives a role to its holder named earlier, or later as a guess', () => {
      expect(
        run('Foreign Minister Lena Varga arrived in Vienna. "We are ready," the foreign minister said.')[0],
      ).toMatchObject({ speaker: 'Lena Varga', via: 'anaphor' });
      expect(
        run('"We are ready," the interior minister said. Interior Minister Karl Weiss left at noon.')[0],
      ).toMatchObject({ speaker: 'Karl Weiss', via: 'guess' });
      // "minister" is not "ministry": the ministry's spokeswoman does not hold the minister's role.
      expect(
        speakers(
          'Foreign Minister Haruto Kishimoto spoke first. Chinese foreign ministry spokeswoman Zhou Mei Ling replied. "We are investing," the foreign minister said.',
        ),
      ).toEqual(['Haruto Kishimoto']);
    });

    it('reads he/she as the last person of that gender outside quotes, and they as the sources', () => {
      expect(
        speakers(
          'Interior Minister Karl Weiss and his deputy Maria Lind visited the dam. "The dam held," she said.',
        ),
      ).toEqual(['Maria Lind']);
      expect(
        speakers('"We met Tom Reyes on Monday," said Anna Keller. "Nothing changed," she added.'),
      ).toEqual(['Anna Keller', 'Anna Keller']);
      expect(speakers('Diplomatic sources confirmed the meeting. "Nothing has changed," they said.')).toEqual(
        ['Diplomatic sources'],
      );
    });

    it('reads attributions after the quote with words trailing them', () => {
      const base = 'Foreign Minister Lena Varga met the envoy. ';
      expect(speakers(`${base}"The talks will go on," Varga said without giving details.`)).toEqual([
        'Lena Varga',
      ]);
      expect(speakers(`${base}"Nothing was agreed," Varga told reporters on Monday.`)).toEqual([
        'Lena Varga',
      ]);
      expect(run(`${base}"The border stays open," according to Varga.`)[0]).toMatchObject({
        speaker: 'Lena Varga',
        attribution: 'according to Varga',
      });
    });

    it('gives reported words to their owner, not to the sentence subject', () => {
      expect(run('The ministry rejected Mr Holt\'s claim that "the border is closed".')[0]).toMatchObject({
        speaker: 'Holt',
        kind: 'partial',
      });
      expect(
        speakers(
          'Anna Keller dismissed the claim by Jordan Havel, an opposition MP, that the deal was "overpriced by a third".',
        ),
      ).toEqual(['Jordan Havel']);
    });

    it("reads short quoted phrases after a speech verb as the speaker's words, real scare quotes as terms", () => {
      const r = run(
        'Trade Commissioner Peter Holt spoke after the meeting. He called the meeting "constructive" and said nothing "unusual" was discussed.',
      );
      expect(r.map((a) => [a.quote, a.speaker, a.kind])).toEqual([
        ['constructive', 'Peter Holt', 'partial'],
        ['unusual', 'Peter Holt', 'partial'],
      ]);
      // Not an attribution: no speech verb, or a so-called term.
      expect(
        run('Critics dismissed the plan as a "reset". The so-called "peace plan" stalled.').map((a) => [
          a.speaker,
          a.kind,
        ]),
      ).toEqual([
        [null, 'term'],
        [null, 'term'],
      ]);
    });

    it('does not take the writer\'s "and said" after a quote as its attribution', () => {
      expect(
        run('Peter Holt called the plan "a dead end" and said he would vote against it.')[0]?.speaker,
      ).toBe('Peter Holt');
    });

    it('keeps a lone surname to the full name written before', () => {
      expect(
        speakers('Nərgiz Sadıqlı ittihamla razılaşmayıb. “Biz şikayət edəcəyik”, – Sadıqlı deyib.', 'az'),
      ).toEqual(['Nərgiz Sadıqlı']);
    });
  });

  describe('Russian', () => {
    const speakers = (text: string) => run(text, 'ru').map((a) => a.speaker);

    it('reads pronouns and roles after the verb, cut before the words trailing them', () => {
      expect(
        speakers('Глава МИД Сергей Петров встретился с послом. «Ничего не решено», — сказал он журналистам.'),
      ).toEqual(['Сергей Петров']);
      expect(
        speakers(
          'Министр энергетики Иван Соколов провёл встречу. «Мы готовы», — сказал министр журналистам в Москве.',
        ),
      ).toEqual(['Иван Соколов']);
    });

    it('reads "по словам", "как заявил" and "они" after sources', () => {
      expect(speakers('Как заявил Сергей Петров, «решение ещё не принято».')).toEqual(['Сергей Петров']);
      expect(
        speakers(
          'Дипломатические источники сообщили, что саммит состоится. «Ничего не изменилось», — сказали они.',
        ),
      ).toEqual(['Дипломатические источники']);
    });

    it('does not give a term in another clause to the source named at the sentence start', () => {
      const r = run(
        'Глава района Сергей Петров выступил. По словам Петрова, местные жители уже называют ночные сирены «будильником».',
        'ru',
      );
      expect(r.map((a) => [a.speaker, a.kind])).toEqual([[null, 'term']]);
    });
  });

  describe('Azerbaijani', () => {
    const speakers = (text: string) => run(text, 'az').map((a) => a.speaker);

    it('reads "sözlərinə görə", the verb-final subject and "o" with words before the verb', () => {
      expect(speakers('Nazir Ceyhun Bayramovun sözlərinə görə, “sərhəd açıqdır”.')).toEqual([
        'Ceyhun Bayramov',
      ]);
      expect(speakers('Prezident İlham Əliyev “Azərbaycan sülh istəyir” deyib.')).toEqual(['İlham Əliyev']);
      expect(
        speakers(
          'Xarici işlər naziri Ceyhun Bayramov Vyanaya gəlib. “Biz hazırıq”, – deyə o jurnalistlərə bildirib.',
        ),
      ).toEqual(['Ceyhun Bayramov']);
    });

    it('gives "“…” kimi səciyyələndirib" to the clause subject and "iddiasını" to its owner', () => {
      expect(
        speakers('Prokuror Rauf Mirzəyev işi “korrupsiyanın dərslik nümunəsi” kimi səciyyələndirib.'),
      ).toEqual(['Rauf Mirzəyev']);
      expect(
        speakers(
          'Səfir Nasir Bağıri danışıb. Deputat Elxan Şirinlinin “Tehran dəhlizi ləngidir” iddiasını Bağıri əsassız adlandırıb.',
        ),
      ).toEqual(['Elxan Şirinli']);
    });

    it('leaves a term marked after it without a speaker', () => {
      expect(
        run(
          'Ekspertlər bunu “yeni təhlükəsizlik arxitekturası” adlandırılan modelin hissəsi hesab edirlər.',
          'az',
        )[0],
      ).toMatchObject({ speaker: null, kind: 'term' });
    });
  });

  it('marks quoted names as names, not speech', () => {
    const r = run('ПАО «Газпром» и ТОО «Сарыарка Транзит» подписали договор.', 'ru');
    expect(r.every((a) => a.name === true)).toBe(true);
    expect(run('«Нет», — сказал Сергей Петров.', 'ru')[0]?.name).toBeUndefined();
  });
});
