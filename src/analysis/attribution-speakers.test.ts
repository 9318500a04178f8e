/**
 * Speaker classes of issue 13 read through general mechanisms — a dropped subject, a possessive
 * source, a relative pronoun, a participle of speech, reported words far from their quote, the
 * speaker of the sentences before an unattributed quote — each in English, Russian and
 * Azerbaijani, with sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const read = (body: string, language: string): { speaker: string | null; confidence: number | undefined }[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => ({
    speaker: q.speaker,
    confidence: q.confidence,
  }));
const speakers = (body: string, language: string): (string | null)[] =>
  read(body, language).map((q) => q.speaker);

describe('a dropped subject (Azerbaijani)', () => {
  it('gives a speech verb with no subject to the last person spoken of', () => {
    expect(
      speakers(
        'Deputat Elvin Səfərov parlamentdə çıxış edib. "Qanun yenidən baxılmalıdır", - deyə bildirib.',
        'az',
      ),
    ).toEqual(['Elvin Səfərov']);
    expect(
      speakers('Hakim Nigar Abbasova iclası açıb. Qeyd edib ki, "iş gələn ay baxılacaq".', 'az'),
    ).toEqual(['Nigar Abbasova']);
  });

  it('reads a nominalised clause before the verb as its object, not its speaker', () => {
    expect(
      speakers(
        'Deputat Elvin Səfərov parlamentdə çıxış edib. Qanunun yenidən baxılmalı olduğunu qeyd edib: "Bu, vacib məsələdir".',
        'az',
      ),
    ).toEqual(['Elvin Səfərov']);
  });

  it('gives a passive verb with no agent to the body the paragraph cites, as a guess', () => {
    const quotes = read(
      'Fövqəladə Hallar Nazirliyi sakinlərə müraciət edib. "Sahilə yaxınlaşmayın", - deyə bildirilib.',
      'az',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Fövqəladə Hallar Nazirliyi']);
    expect(quotes[0]?.confidence ?? 1).toBeLessThan(0.75);
  });
});

describe('a possessive pronoun owning the source phrase', () => {
  it('reads "по его словам" and "onun sözlərinə görə" as the pronoun’s person', () => {
    expect(
      speakers('Министр Олег Ветров провёл встречу. По его словам, «работы завершатся в мае».', 'ru'),
    ).toEqual(['Олег Ветров']);
    expect(
      speakers(
        'Министр Олег Ветров и посол Анна Кузина провели встречу. По её мнению, «итог будет позитивным».',
        'ru',
      ),
    ).toEqual(['Анна Кузина']);
    expect(
      speakers(
        'Nazir Kamran Əliyev görüş keçirib. Onun sözlərinə görə, "işlər may ayında başa çatacaq".',
        'az',
      ),
    ).toEqual(['Kamran Əliyev']);
  });

  it('keeps the named source where one is written', () => {
    expect(
      speakers(
        'Министр Олег Ветров провёл встречу. По словам посла Анны Кузиной, «итог будет позитивным».',
        'ru',
      ),
    ).toEqual(['Анна Кузина']);
  });
});

describe('a relative pronoun as the subject', () => {
  it('gives "who called it “…”" to the name before the comma', () => {
    expect(
      speakers('Exports fell by a third, according to Ilse Moreau, who called the figures "alarming".', 'en'),
    ).toEqual(['Ilse Moreau']);
    expect(
      speakers('Экспорт упал на треть, отметил Павел Рудин, который назвал цифры «тревожными».', 'ru'),
    ).toEqual(['Павел Рудин']);
  });
});

describe('a participle of speech after the main attribution', () => {
  it('gives the quote after "добавив, что" and "adlandıraraq" to the sentence’s speaker', () => {
    expect(
      speakers(
        'Губернатор Вадим Кольцов посетил завод. «Работы завершатся в мае», — сказал Кольцов, добавив, что «деньги уже выделены».',
        'ru',
      ),
    ).toEqual(['Вадим Кольцов', 'Вадим Кольцов']);
    expect(
      speakers(
        'Nazir Kamran Əliyev görüş keçirib. "Biz hazırıq", - deyə Əliyev bildirib, vəziyyəti "çox gərgin" adlandıraraq.',
        'az',
      ),
    ).toEqual(['Kamran Əliyev', 'Kamran Əliyev']);
  });
});

describe('reported words far from their quote', () => {
  it('reads the clause opened by "что" after the owner’s words', () => {
    expect(
      speakers('В министерстве отвергли заявление Игоря Холтова о том, что «граница закрыта».', 'ru'),
    ).toEqual(['Игорь Холтов']);
  });
});

describe('an unattributed quote after sentences about someone', () => {
  it('gives it to the person the paragraph before was about, as a guess', () => {
    const en = read(
      'Carla Diaz, the governor, spoke for an hour.\n\n"The road will be rebuilt by spring. The money is there."',
      'en',
    );
    expect(en.map((q) => q.speaker)).toEqual(['Carla Diaz']);
    expect(en[0]?.confidence ?? 1).toBeLessThan(0.75);
    expect(
      speakers(
        'Губернатор Вадим Кольцов посетил завод.\n\n«Работы завершатся в мае. Деньги уже выделены».',
        'ru',
      ),
    ).toEqual(['Вадим Кольцов']);
    expect(
      speakers(
        'Nazir Kamran Əliyev görüş keçirib.\n\n"İşlər may ayında başa çatacaq. Vəsait ayrılıb".',
        'az',
      ),
    ).toEqual(['Kamran Əliyev']);
  });

  it('prefers the subject of the last speech verb to a person named after it', () => {
    expect(
      speakers(
        'The ministry said in a statement that talks with Omar Haddad would go on.\n\n"Nothing has been agreed yet."',
        'en',
      ).length,
    ).toBe(1);
    expect(
      speakers('Nadia Kulik told reporters she had met Omar Haddad.\n\n"We agreed on nothing yet."', 'en'),
    ).toEqual(['Nadia Kulik']);
  });

  it('leaves a quote with nobody before it unattributed', () => {
    expect(speakers('"The road will be rebuilt by spring. The money is there."', 'en')).toEqual([null]);
  });
});

describe('words between the subject and its verb', () => {
  it('leaves an adverb or particle out of the subject', () => {
    expect(
      speakers(
        'Nazir Kamran Əliyev görüş keçirib. Nazir həmçinin qeyd edib ki, "tərəflər razılığa gəliblər".',
        'az',
      ),
    ).toEqual(['Kamran Əliyev']);
    expect(
      speakers(
        'Səfir Aygün Rəhimova görüşə gəlib. "Əlaqələrimiz inkişaf edir", - deyə səfir isə bildirib.',
        'az',
      ),
    ).toEqual(['Aygün Rəhimova']);
  });
});

describe('the attribution in the next sentence', () => {
  it('reads "Об этом заявил X" after a quote, the subject after its verb', () => {
    expect(
      speakers('Губернатор Олег Рябов открыл мост. «Мы успели». Об этом Рябов написал в соцсетях.', 'ru'),
    ).toEqual(['Олег Рябов']);
    expect(speakers('«Мы готовы к переговорам». Об этом заявил глава комитета Андрей Котов.', 'ru')).toEqual([
      'Андрей Котов',
    ]);
    expect(
      speakers('«Мост откроют в июне». Об этом в понедельник сообщила вице-губернатор Елена Сомова.', 'ru'),
    ).toEqual(['Елена Сомова']);
  });
});

describe('an outlet told, not speaking', () => {
  it('gives the words to the source after the outlet', () => {
    expect(speakers('«Решение ещё не принято», — сообщил ТАСС источник в правительстве.', 'ru')).toEqual([
      'источник в правительстве',
    ]);
  });

  it('keeps the outlet when only a time follows it', () => {
    expect(speakers('«Решение ещё не принято», — сообщил ТАСС в понедельник.', 'ru')).toEqual(['ТАСС']);
  });
});

describe('a name set off after a description of the speaker', () => {
  it('gives "said one of them, Omar Saleh" to Omar Saleh', () => {
    expect(
      speakers(
        'Residents said the water rose quickly. "We lost everything," said one of them, Omar Saleh.',
        'en',
      ),
    ).toEqual(['Omar Saleh']);
  });
});

describe('a colon after a clause', () => {
  it('hands the quote to the clause’s subject', () => {
    expect(
      speakers('The Interior Ministry issued a short warning: "Stay away from the coast."', 'en'),
    ).toEqual(['Interior Ministry']);
    expect(speakers('Fövqəladə Hallar Nazirliyi məlumat yayıb: "Yanğın lokallaşdırılıb".', 'az')).toEqual([
      'Fövqəladə Hallar Nazirliyi',
    ]);
    expect(
      speakers(
        'Министерство по чрезвычайным ситуациям распространило предупреждение: «Не подходите к берегу».',
        'ru',
      ),
    ).toEqual(['Министерство по чрезвычайным ситуациям']);
  });
});

describe('a role written with a country', () => {
  it('gives "the Moldovan minister" to the holder from that country', () => {
    const en = 'Moldovan Foreign Minister Ion Ceban met his Latvian counterpart, Karlis Ozols, on Monday.';
    expect(speakers(`${en} "Latvia is a close partner," the Moldovan minister said.`, 'en')).toEqual([
      'Ion Ceban',
    ]);
    expect(speakers(`${en} "Moldova is a close partner," the Latvian minister said.`, 'en')).toEqual([
      'Karlis Ozols',
    ]);
    expect(
      speakers(
        'Министр иностранных дел Молдавии Ион Чебан встретился с латвийским коллегой Карлисом Озолсом. «Латвия — наш близкий партнёр», — сказал молдавский министр.',
        'ru',
      ),
    ).toEqual(['Ион Чебан']);
    expect(
      speakers(
        'Moldovanın xarici işlər naziri İon Çeban latviyalı həmkarı Karlis Ozols ilə görüşüb. "Latviya yaxın tərəfdaşımızdır", - deyə Moldova naziri bildirib.',
        'az',
      ),
    ).toEqual(['İon Çeban']);
  });
});

describe('a surname written first with an Arabic article', () => {
  it('gives "Khatib said" to Samir al-Khatib', () => {
    expect(
      speakers(
        'His Iraqi counterpart, Hayder al-Jubouri, spoke first. Jubouri said they had agreed "to close the file" without giving details.',
        'en',
      ),
    ).toEqual(['Hayder al-Jubouri']);
  });
});

describe('a name in the genitive is not the subject (az)', () => {
  it('gives the words to the name opening the sentence, not to the owner of a forecast', () => {
    expect(
      speakers(
        'Professor Nərmin Qasımova çıxış edib. Qasımova ekoloq Pavel Rudenkonun “göl tamamilə quruyacaq” proqnozunu isə “çox pessimist” adlandırıb.',
        'az',
      ),
    ).toEqual(['Pavel Rudenko', 'Nərmin Qasımova']);
  });
});

describe('an outlet or body passing on someone’s words', () => {
  it('gives them to the one it cites', () => {
    expect(
      speakers('«Судно вышло из порта», — пишет РБК со ссылкой на источник в министерстве.', 'ru'),
    ).toEqual(['источник в министерстве']);
    expect(
      speakers('"Talks will resume in May," the agency said, citing Foreign Minister Lena Varga.', 'en'),
    ).toEqual(['Lena Varga']);
  });

  it('keeps a person who cites someone as the speaker', () => {
    expect(
      speakers(
        'Tomas Brandt spoke in Riga. "Talks will resume in May," Brandt said, citing Foreign Minister Lena Varga.',
        'en',
      ),
    ).toEqual(['Tomas Brandt']);
  });
});

describe('an addressee in the dative is never the speaker (az)', () => {
  it('gives the words to the subject opening the sentence, not to the embassy they were addressed to', () => {
    expect(
      speakers(
        'Ankara martın 3-də Fransanın Bakıdakı səfirliyinə göndərilən məktubda “dərin narahatlıq” ifadə edib.',
        'az',
      ),
    ).toEqual(['Ankara (Türkiyə)']);
    expect(
      speakers(
        'Səfir Orxan Vəliyev danışıqlara gəlib. Nazir Tural Məmmədli görüşdə səfir Vəliyevə “səmimi minnətdarlıq” bildirib.',
        'az',
      ),
    ).toEqual(['Tural Məmmədli']);
  });
});

describe('a statement belongs to its owner in its own sentence', () => {
  it('does not give "говорится в заявлении" to a person named in the next paragraph', () => {
    expect(
      speakers(
        'Министерство иностранных дел Литвы распространило заявление. «Мы требуем объяснений», — говорится в заявлении.\n\nВетров заявил, что ответ будет.',
        'ru',
      ),
    ).toEqual(['Министерство иностранных дел Литвы']);
  });
});

describe('"they" for a plural subject that is no known group', () => {
  it('stands for the plural noun opening a recent sentence, as a guess', () => {
    const quotes = read(
      'The rebels seized the town on Sunday. "We will hold it," they said in a video.',
      'en',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['rebels']);
    expect(quotes[0]?.confidence ?? 1).toBeLessThan(0.75);
  });
});

describe('"по данным" names a source', () => {
  it('gives the quote to the body whose data it is', () => {
    expect(speakers('По данным МЧС России, «пожар локализован на площади двух гектаров».', 'ru')).toEqual([
      'МЧС России',
    ]);
  });
});

describe('a person before an insert naming their employer', () => {
  it('gives the words to the person, not to the company in the insert', () => {
    expect(
      speakers(
        'Mira Castell, an analyst at Northgate Capital LLP in Dublin, said the deal gave Lisbon "a seat at the table".',
        'en',
      ),
    ).toEqual(['Mira Castell']);
  });
});

describe('one person, one speaker', () => {
  it('gives a shorter form of a name to the full name written in the article', () => {
    expect(
      speakers(
        'Sheikh Khalid bin Saeed Al Nuaimi signed the deal in Tbilisi. Al Nuaimi called it "the start of a long road".',
        'en',
      ),
    ).toEqual(['Khalid bin Saeed Al Nuaimi']);
  });
});

describe('a full name after the words of its role, before a final verb (az)', () => {
  it('takes the name, not the lower-case role words, as the speaker', () => {
    expect(
      speakers(
        '“Tikinti gələn ay başlayacaq”, – şirkətin baş direktoru Kemal Arda Yıldız Report-a açıqlamasında bildirib.',
        'az',
      ),
    ).toEqual(['Kemal Arda Yıldız']);
  });
});
