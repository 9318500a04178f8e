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

describe('people: the issue’s classes', () => {
  const names = (text: string, language = 'en') => run(text, language).map((p) => p.name);

  it('reads names with initials', () => {
    expect(names('K Raman said the deal was done.')).toEqual(['K Raman']);
    expect(names('“We will see,” said J. D. Vance, a lawyer.')).toEqual(['J. D. Vance']);
    expect(names('Об этом заявил заместитель министра Г. Н. Артемьев.', 'ru')).toEqual(['Г. Н. Артемьев']);
  });

  it('reads an appositive counterpart and a name right after an organisation', () => {
    expect(run('Lena Varga met his Japanese counterpart, Taro Ono, on Monday.')).toContainEqual({
      name: 'Taro Ono',
      role: 'Japanese counterpart',
      mentions: ['Japanese counterpart, Taro Ono'],
    });
    expect(
      names('The governor of the Central Bank of Azerbaijan Farid Mammadov said rates would hold.'),
    ).toEqual(['Farid Mammadov']);
  });

  it('reads first names that are also places before a surname, and leaves the places alone', () => {
    expect(names('Jordan Havel, the energy spokesman of the opposition, objected.')).toEqual([
      'Jordan Havel',
    ]);
    expect(names('Georgia said it would reopen the border. Officials in Jordan agreed.')).toEqual([]);
  });

  it('reads long Arabic names and three-part Korean names', () => {
    expect(names('Qatar’s minister, Nasser bin Khalid Al Thani, said the plant would open.')).toEqual([
      'Nasser bin Khalid Al Thani',
    ]);
    expect(names('Deputy Foreign Minister Kim Jong Soo said talks went well.')).toEqual(['Kim Jong Soo']);
  });

  it('reads a Russian role after the name', () => {
    expect(run('Игорь Веденеев, заместитель председателя правления, назвал встречу трудной.', 'ru')).toEqual([
      {
        name: 'Игорь Веденеев',
        role: 'заместитель председателя правления',
        mentions: ['Игорь Веденеев'],
      },
    ]);
  });

  it('gives ru and az names in the nominative, one person per name', () => {
    expect(
      names('Министр встретился со своим турецким коллегой Мехметом Озкаттой. Озкатта уехал.', 'ru'),
    ).toEqual(['Мехмет Озкатта']);
    expect(names('Operatorun baş direktoru Mixay Popeskunun iddiası rədd edilib.', 'az')).toEqual([
      'Mixay Popesku',
    ]);
    expect(run('The chief executive, Georgia Pokorná, spoke. Ms Pokorná later left.')).toEqual([
      {
        name: 'Georgia Pokorná',
        role: 'chief executive',
        mentions: ['chief executive, Georgia Pokorná', 'Ms Pokorná'],
      },
    ]);
  });

  it('does not read adverbs, offices or place names as people', () => {
    expect(names('Позднее Евдокимову вручили награду.', 'ru')).toEqual([]);
    expect(names('Layihəni nümayəndəlik Orta Dəhliz adlandırıb.', 'az')).toEqual([]);
    expect(names('Kənan Nəbiyev Report-a bildirib ki, iş bitib.', 'az')).toEqual(['Kənan Nəbiyev']);
  });

  it('ends a Russian role at a verb or a preposition, and reads the name in the role noun’s case', () => {
    expect(
      run('Министр провёл переговоры с заместителем министра финансов Японии Кэнтаро Мотоямой.', 'ru'),
    ).toEqual([
      {
        name: 'Кэнтаро Мотояма',
        role: 'заместителем министра финансов Японии',
        mentions: ['заместителем министра финансов Японии Кэнтаро Мотоямой'],
      },
    ]);
    expect(run('Глава делегации встретился с советником Ли Сон Хуном.', 'ru').map((p) => p.name)).toEqual([
      'Ли Сон Хун',
    ]);
  });

  it('keeps a place of several words inside a Russian role, out of the name', () => {
    expect(names('Вчера он принял посла Республики Корея Чон Мин Су и уехал.', 'ru')).toEqual(['Чон Мин Су']);
    expect(names('Он говорил с послом Египта Омаром бин Салехом Аль-Хашими.', 'ru')).toEqual([
      'Омар бин Салех Аль-Хашими',
    ]);
  });

  it('reads a known first name in an oblique case as evidence of a name', () => {
    expect(names('Соглашение обсуждалось с Анной Шмидт и Ольгой Кох.', 'ru')).toEqual([
      'Анна Шмидт',
      'Ольга Кох',
    ]);
    expect(names('Переговоры шли в Египте и Судане.', 'ru')).toEqual([]);
  });

  it('ties a later family name to a name written family name first', () => {
    expect(run('Визит совершил советник Чжоу Линьфэн. Позже Чжоу посетил порт.', 'ru')).toEqual([
      { name: 'Чжоу Линьфэн', role: 'советник', mentions: ['советник Чжоу Линьфэн', 'Чжоу'] },
    ]);
    // A known given name alone is not a family name.
    expect(names('Приехал посол Иван Петров. Иван — его сын.', 'ru')).toEqual(['Иван Петров']);
  });

  it('keeps a name in one script, after a Latin-script organisation', () => {
    expect(names('Сделку подписал директор Global Ports Тимур Ахмедов.', 'ru')).toEqual(['Тимур Ахмедов']);
  });

  it('reads a known first name that is also a place when a surname follows it', () => {
    expect(names('Порт возглавил заместитель директора Руслан Бекетов.', 'ru')).toEqual(['Руслан Бекетов']);
  });

  it('reads Russian roles beyond ministers: envoys, chief executives, ombudsmen, declined as adjectives too', () => {
    expect(
      names(
        'В Баку прибыл спецпредставитель Франции Луи Мартен. Переговоры провёл гендиректор компании ' +
          'Тимур Садыков. Встреча с уполномоченной по правам человека Ниной Соколовой прошла в пятницу.',
        'ru',
      ),
    ).toEqual(['Луи Мартен', 'Тимур Садыков', 'Нина Соколова']);
  });

  it('reads European particles in Russian names, one or two of them', () => {
    expect(names('Письмо подписала Урсула фон дер Ляйен. Ответ прислал Жан де Монтебелло.', 'ru')).toEqual([
      'Урсула фон дер Ляйен',
      'Жан де Монтебелло',
    ]);
  });

  it('reads a surname alone with a role after it, and ties its later mentions', () => {
    expect(run('Гусейнов, глава МИД Азербайджана, прилетел в Тбилиси. Позже Гусейнов уехал.', 'ru')).toEqual([
      { name: 'Гусейнов', role: 'глава МИД Азербайджана', mentions: ['Гусейнов'] },
    ]);
    expect(
      names('Ереван, столица Армении, принял делегацию. Тбилиси, глава делегации сказал, готов.', 'ru'),
    ).toEqual([]);
  });

  it('reads a first name that is also a place in an oblique case before a surname', () => {
    expect(names('Он принял министра культуры Армении Арарата Саргсяна.', 'ru')).toEqual(['Арарат Саргсян']);
  });

  it('reads a role with a quoted company in straight quotes, and never runs on past an unclosed mark', () => {
    expect(names('Глава "Севморпути" Олег Гусев выступил. Потом "Итоги" подвели.', 'ru')).toEqual([
      'Олег Гусев',
    ]);
    expect(names('Директор "Альфы Олег Гусев выступил.', 'ru').at(-1)).toMatch(/Гусев$/u);
  });

  it('reads no person from an adjective-opened name beside a speech verb, and none from the verb itself', () => {
    expect(names('Как пишет Северная Правда, мост откроют. Заявили Объединённые Нации.', 'ru')).toEqual([]);
    expect(names('Сообщила Ольга Кравец, что рейсы отменены.', 'ru')).toEqual(['Ольга Кравец']);
    expect(names('Said Karimov told reporters the port was shut.')).toEqual(['Said Karimov']);
  });
});
