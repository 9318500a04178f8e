import { describe, expect, it } from 'vitest';
import { findPeople, personFacts } from './people.ts';
import { findOrgMentions } from './orgs.ts';
import { findPlaceMentions } from './places.ts';
import { tokenize } from './tokenize.ts';

function run(text: string, language = 'en') {
  const model = tokenize(text, language);
  const blocked = new Uint8Array(model.tokens.length);
  for (const p of findPlaceMentions(model)) if (p.via !== 'demonym') blocked[p.tokenIndex] = 1;
  for (const o of findOrgMentions(model)) for (let k = o.first; k <= o.last; k++) blocked[k] = 1;
  return personFacts(findPeople(model, blocked));
}

describe('people', () => {
  it('reads a role written in front of the name, owner included', () => {
    expect(run('Georgian Deputy Defence Minister Levan Beridze arrived. Beridze said little.')).toEqual([
      {
        name: 'Levan Beridze',
        role: 'Georgian Deputy Defence Minister',
        mentions: ['Georgian Deputy Defence Minister Levan Beridze', 'Beridze'],
      },
    ]);
  });

  it('reads an appositive role with a complement', () => {
    expect(run('He met Armenia’s Ambassador to Georgia, Anna Petrosyan, on Monday.')).toEqual([
      {
        name: 'Anna Petrosyan',
        role: 'Armenia’s Ambassador to Georgia',
        mentions: ['Armenia’s Ambassador to Georgia, Anna Petrosyan'],
      },
    ]);
  });

  it('finds names next to speech verbs and honorifics, without a role', () => {
    expect(
      run('“No,” said Tomas Varga. Ms Keller disagreed. Linda Morris told reporters.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([
      ['Tomas Varga', null],
      ['Keller', null],
      ['Linda Morris', null],
    ]);
  });

  it('does not take places, organisations or roles without a name for people', () => {
    expect(
      run(
        'The Foreign Minister of Georgia met the NATO Secretary General in Brussels. Officials discussed Georgia.',
      ),
    ).toEqual([]);
  });

  it('reads Russian roles running on with genitives', () => {
    expect(run('Заявление сделал заместитель министра иностранных дел Грузии Леван Беридзе.', 'ru')).toEqual([
      {
        name: 'Леван Беридзе',
        role: 'заместитель министра иностранных дел Грузии',
        mentions: ['заместитель министра иностранных дел Грузии Леван Беридзе'],
      },
    ]);
  });

  it('reads Azerbaijani roles written before the name', () => {
    expect(
      run('Gürcüstanın müdafiə naziri Levan Beridze Bakıya gəlib.', 'az').map((p) => [p.name, p.role]),
    ).toEqual([['Levan Beridze', 'Gürcüstanın müdafiə naziri']]);
  });

  it('reads Russian roles running on over organisations and place adjectives, with inflected surnames', () => {
    expect(
      run(
        'Официальный представитель МИД России Ирина Белова выступила. По словам Беловой, заместитель министра иностранных дел России Михаил Галузин и глава администрации Шебекинского округа Елена Воронина встретятся. Галузина ждут.',
        'ru',
      ),
    ).toEqual([
      {
        name: 'Ирина Белова',
        role: 'Официальный представитель МИД России',
        mentions: ['Официальный представитель МИД России Ирина Белова', 'Беловой'],
      },
      {
        name: 'Михаил Галузин',
        role: 'заместитель министра иностранных дел России',
        mentions: ['заместитель министра иностранных дел России Михаил Галузин', 'Галузина'],
      },
      {
        name: 'Елена Воронина',
        role: 'глава администрации Шебекинского округа',
        mentions: ['глава администрации Шебекинского округа Елена Воронина'],
      },
    ]);
  });

  it('keeps time words and the sentence’s subject out of an Azerbaijani role, and names in their base form', () => {
    expect(
      run(
        'Nazir bu fikirləri cümə günü Azərbaycanın Rusiyadakı səfiri Rəhman Mustafayevlə görüşdə səsləndirib. Azərbaycan Xarici İşlər Nazirliyi Rusiyanın səfiri Mixail Yevdokimovu çağırıb. Mustafayevin sözlərinə görə, görüş olub.',
        'az',
      ).map((p) => [p.name, p.role, p.mentions]),
    ).toEqual([
      [
        'Rəhman Mustafayev',
        'Azərbaycanın Rusiyadakı səfiri',
        ['Azərbaycanın Rusiyadakı səfiri Rəhman Mustafayevlə', 'Mustafayevin'],
      ],
      ['Mixail Yevdokimov', 'Rusiyanın səfiri', ['Rusiyanın səfiri Mixail Yevdokimovu']],
    ]);
  });

  it('names a Russian person first met in an oblique case in the base form, and ties later forms to them', () => {
    expect(
      run(
        'МИД вызвал посла России Михаила Евдокимова. Позднее Евдокимову вручили ноту, и заявил Михаил Евдокимов, что ответит.',
        'ru',
      ).map((p) => [p.name, p.mentions]),
    ).toEqual([['Михаил Евдокимов', ['посла России Михаила Евдокимова', 'Евдокимову', 'Михаил Евдокимов']]]);
  });

  it('reads an Azerbaijani ambassador with the country and the posting before the title', () => {
    expect(
      run(
        'Azərbaycanın Rusiyadakı səfiri Rəhman Mustafayev çıxış edib. Mustafayevin sözlərinə görə, görüş olub.',
        'az',
      ),
    ).toEqual([
      {
        name: 'Rəhman Mustafayev',
        role: 'Azərbaycanın Rusiyadakı səfiri',
        mentions: ['Azərbaycanın Rusiyadakı səfiri Rəhman Mustafayev', 'Mustafayevin'],
      },
    ]);
  });
});
