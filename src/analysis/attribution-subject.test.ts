/**
 * A pronoun after a quote stands for the subject of the previous sentence's main clause when that
 * subject is a person who fits, not for the person named last (an object there); otherwise the last
 * person mentioned stays. Sentences written for these tests, in English, Russian and Azerbaijani.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const speakers = (body: string, language: string): (string | null)[] =>
  analyze({ body, language, published: '2026-12-07', timezone: 'UTC' }).quotes.map((q) => q.speaker);

describe('a pronoun goes to the main clause subject of the sentence before', () => {
  it('skips an apposition and an object named after a preposition (en)', () => {
    expect(
      speakers(
        'The grain cooperative is run from Tarvik. Its director, Marten Solberg, rejected the criticism by Ilse Varnholm, a councillor of the Green List, that the silo was "built too late". "We finished it on the day we promised," he said.',
        'en',
      ),
    ).toEqual([null, 'Marten Solberg']);
  });

  it('takes the holder of a role opening the sentence, not a name in the genitive (ru)', () => {
    expect(
      speakers(
        'Министр экономики Аркадий Светлов открыл форум. «Мы готовы», — сказал Светлов. Министр назвал переговоры «полезными» и отверг утверждение аналитика Семёна Кравцова о том, что «деньги не придут». «Первые заводы появятся уже весной», — подчеркнул он.',
        'ru',
      ).at(-1),
    ).toBe('Аркадий Светлов');
  });

  it('skips a participle phrase before the subject and a name with a case ending (az)', () => {
    expect(
      speakers(
        'Tədbirdə iştirak edən Gürcüstan Nəqliyyat Nazirliyinin nümayəndəsi Levan Beridze həmkarı ilə razılaşsa da, ekspert Samirə Qasımovanın «layihə gecikəcək» iddiasını rədd edib. "Bütün işlər vaxtında bitəcək”, - o qeyd edib.',
        'az',
      ).at(-1),
    ).toBe('Levan Beridze');
  });

  it('keeps the last person mentioned when the subject is not a person', () => {
    expect(
      speakers(
        'The harbour board met on Monday with Oskar Lindqvist, the union leader. "We will strike if nothing changes," he said.',
        'en',
      ),
    ).toEqual(['Oskar Lindqvist']);
    expect(
      speakers(
        'В понедельник совет директоров встретился с профсоюзным лидером Олегом Зуевым. «Мы готовы к забастовке», — сказал он.',
        'ru',
      ),
    ).toEqual(['Олег Зуев']);
  });

  it('reads a capitalised role word before a name as part of the subject phrase', () => {
    expect(
      speakers(
        'Auditors visited the plant in May. Deputy Infrastructure Minister Tamsin Holloway said the report was fair. "We asked for it ourselves," she said.',
        'en',
      ),
    ).toEqual(['Tamsin Holloway']);
  });

  it('gives a generic role after a quote to the subject of the sentence before', () => {
    expect(
      speakers(
        'Port director Lena Marsh opened the new berth on Friday. Transport Minister Paul Ritter visited the site. Ritter called the berth "overdue" and rejected a claim by councillor Tom Abney that "the berth will flood". "The berth was built to last a century," the official said.',
        'en',
      ).at(-1),
    ).toBe('Paul Ritter');
    expect(
      speakers(
        'Energetika naziri Pərviz Şahbazov deputat Rauf Əliyevlə görüşüb. Pərviz Şahbazov deputat Rauf Əliyevin «stansiya gecikir» iddiasını rədd edib. "Stansiya vaxtında açılacaq”, - rəsmi bildirib.',
        'az',
      ).at(-1),
    ).toBe('Pərviz Şahbazov');
  });

  it('reads "вице-министр" as a role whose holder the next sentences speak of (ru)', () => {
    expect(
      speakers(
        'Вице-министр энергетики Киргизии Талант Абдыкеримов провёл встречу с инвесторами. Абдыкеримов напомнил, что станция строится с 2022 года. Вице-министр назвал переговоры «полезными» и отверг утверждение депутата Нурлана Осмонова о том, что «станция не будет достроена». «Все деньги уже выделены», — подчеркнул чиновник.',
        'ru',
      ),
    ).toEqual(['Талант Абдыкеримов', 'Нурлан Осмонов', 'Талант Абдыкеримов']);
  });
});

describe('a group of speakers with a number, or opening a sentence, for "they"', () => {
  it('keeps the number written with the group (en, ru, az)', () => {
    expect(
      speakers(
        'Three shipping sources told the newsletter that the fee had not been agreed. "Nobody will sign before spring," they said.',
        'en',
      ),
    ).toEqual(['Three shipping sources']);
    expect(
      speakers(
        'Два источника в правительстве сообщили, что сделка отложена. «Подписания не будет до весны», — сказали они.',
        'ru',
      ),
    ).toEqual(['Два источника в правительстве']);
    expect(
      speakers(
        'İki diplomatik mənbə bildirib ki, razılaşma gecikir. "Yazdan əvvəl imza olmayacaq”, – onlar qeyd edib.',
        'az',
      ),
    ).toEqual(['İki diplomatik mənbə']);
  });

  it('takes a plural noun opening the sentence before, a country adjective included (ru)', () => {
    expect(
      speakers(
        'Местные рыбаки, с которыми удалось поговорить, недовольны. «Рыбы стало вдвое меньше», — сказали они.',
        'ru',
      ),
    ).toEqual(['Местные рыбаки']);
    expect(
      speakers(
        'Грузинские фермеры, на которых ссылается агентство «Кавказ-Пресс», спокойны. «Урожай будет хорошим», — сказали они.',
        'ru',
      ),
    ).toEqual(['Грузинские фермеры']);
  });
});

describe('an organisation with commas in its name inside an insert', () => {
  it('gives the words to the person before the insert, not to the company (en)', () => {
    expect(
      speakers(
        'The line opens in 2029. Li Hong Wei, a director of Qingdao Harbour Logistics Group Co., Ltd., said the terminal could handle more ships "without new cranes".',
        'en',
      ),
    ).toEqual(['Li Hong Wei']);
  });
});

describe('a second verb joined by a conjunction shares the main clause subject', () => {
  it('gives a short quote after "and called" to the subject opening the sentence (en, ru, az)', () => {
    expect(
      speakers(
        'The delegation arrived on Monday. Trade Minister Oskar Brenner thanked the Georgian side for its welcome and called the talks "productive".',
        'en',
      ),
    ).toEqual(['Oskar Brenner']);
    expect(
      speakers(
        'Делегация прибыла в понедельник. Министр торговли Оскар Бреннер поблагодарил грузинскую сторону за приём и назвал переговоры «продуктивными».',
        'ru',
      ),
    ).toEqual(['Оскар Бреннер']);
    expect(
      speakers(
        'Nümayəndə heyəti bazar ertəsi gəlib. Ticarət naziri Oskar Brenner gürcü tərəfinə təşəkkür edib və danışıqları “məhsuldar” adlandırıb.',
        'az',
      ),
    ).toEqual(['Oskar Brenner']);
  });
});
