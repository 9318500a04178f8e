import { describe, expect, it } from 'vitest';
import { baseName, surnameBases } from './base-form.ts';

const ru = (name: string) => baseName(name.split(' '), 'ru').join(' ');
const az = (name: string) => baseName(name.split(' '), 'az').join(' ');

describe('Russian names in their base form', () => {
  it.each([
    // Surnames in -ов/-ев/-ин, every oblique case, with the first name agreeing.
    ['Михаила Евдокимова', 'Михаил Евдокимов'],
    ['Михаилу Евдокимову', 'Михаил Евдокимов'],
    ['Михаилом Евдокимовым', 'Михаил Евдокимов'],
    ['Михаиле Евдокимове', 'Михаил Евдокимов'],
    ['Владимира Путина', 'Владимир Путин'],
    ['Рахманом Мустафаевым', 'Рахман Мустафаев'],
    ['Джейхуна Байрамова', 'Джейхун Байрамов'],
    ['Ильхаму Алиеву', 'Ильхам Алиев'],
    ['Сергея Лаврова', 'Сергей Лавров'],
    ['Дмитрию Пескову', 'Дмитрий Песков'],
    // Women's surnames: -ой/-у back to -а.
    ['Ирины Беловой', 'Ирина Белова'],
    ['Ирине Беловой', 'Ирина Белова'],
    ['Ирину Белову', 'Ирина Белова'],
    ['Ириной Беловой', 'Ирина Белова'],
    ['Марии Захаровой', 'Мария Захарова'],
    ['Натальи Ивановой', 'Наталья Иванова'],
    ['Ольги Ворониной', 'Ольга Воронина'],
    // Adjectival surnames.
    ['Дмитрия Полянского', 'Дмитрий Полянский'],
    ['Анны Ковальской', 'Анна Ковальская'],
    ['Льва Толстого', 'Лев Толстой'],
    // Other declining surnames.
    ['Никола Пашиняна', 'Никол Пашинян'],
    ['Алексея Оверчука', 'Алексей Оверчук'],
    ['Алексею Оверчуку', 'Алексей Оверчук'],
    // Patronymics agree too.
    ['Михаила Юрьевича Галузина', 'Михаил Юрьевич Галузин'],
    ['Марии Владимировны Захаровой', 'Мария Владимировна Захарова'],
  ])('%s → %s', (written, base) => expect(ru(written)).toBe(base));

  it.each([
    // Nominatives that merely end like a case ending stay as they are.
    'Ирина Белова',
    'Елена Воронина',
    'Мария Захарова',
    'Никита Михалков',
    'Илья Яшин',
    'Лев Толстой',
    'Михаил Галузин',
    // Names that never decline, in any case.
    'Сергей Шойгу',
    'Тарас Шевченко',
    'Мевлют Чавушоглу',
    'Нино Бурджанадзе',
  ])('%s stays as written', (name) => expect(ru(name)).toBe(name));

  it.each([
    ['Сергея Шойгу', 'Сергей Шойгу'],
    ['Сергею Шойгу', 'Сергей Шойгу'],
    ['Тараса Шевченко', 'Тарас Шевченко'],
    ['Мевлюта Чавушоглу', 'Мевлют Чавушоглу'],
    ['Каи Каллас', 'Кая Каллас'],
  ])('only the declining words change: %s → %s', (written, base) => expect(ru(written)).toBe(base));

  it.each([
    // The role noun before the name sets its case; in Korean and Chinese names only the last word declines.
    ['послом', 'Ли Сон Хуном', 'Ли Сон Хун'],
    ['заместителя', 'Пак Мин Джуна', 'Пак Мин Джун'],
    ['с', 'Ван Цзяньго', 'Ван Цзяньго'],
    // Arabic names: particles stay, the word after "бин" is a given name.
    ['посла', 'Омара бин Абдуллу Аль-Хашими', 'Омар бин Абдулла Аль-Хашими'],
    ['советником', 'Фейсалом бин Мансуром Аль-Тани', 'Фейсал бин Мансур Аль-Тани'],
    ['посла', 'Карима Абдель Салама', 'Карим Абдель Салам'],
    // Foreign surnames in -а decline like nouns, not like adjectives.
    ['премьером', 'Кэнтаро Мотоямой', 'Кэнтаро Мотояма'],
    ['с', 'Анной Шмидт', 'Анна Шмидт'],
    ['к', 'Ивану Петрову', 'Иван Петров'],
    // First names in -й take -ем in the instrumental, whatever the consonant before.
    ['заместителем', 'Сергеем Вершининым', 'Сергей Вершинин'],
    ['с', 'Андреем Козыревым', 'Андрей Козырев'],
    // A case the name cannot take is no reason to change it.
    ['посла', 'Сергея Шойгу', 'Сергей Шойгу'],
    ['посол', 'Ли Сон Хун', 'Ли Сон Хун'],
    ['глава', 'Ирина Белова', 'Ирина Белова'],
  ])('after «%s»: %s → %s', (governor, written, base) =>
    expect(baseName(written.split(' '), 'ru', governor).join(' ')).toBe(base),
  );

  it('keeps a name whose case nothing governs when no reading settles it', () => {
    expect(ru('Ли Сон Хун')).toBe('Ли Сон Хун');
    expect(ru('Г. Н. Артемьев')).toBe('Г. Н. Артемьев');
  });

  it('offers the forms a lone surname may stand for, the word itself first', () => {
    expect(surnameBases('Галузину', 'ru')).toEqual(expect.arrayContaining(['Галузину', 'Галузин']));
    expect(surnameBases('Беловой', 'ru')).toContain('Белова');
    expect(surnameBases('Евдокимова', 'ru')[0]).toBe('Евдокимова');
    expect(surnameBases('Евдокимова', 'ru')).toContain('Евдокимов');
  });
});

describe('Azerbaijani names in their base form', () => {
  it.each([
    // One case suffix on the last word, in vowel harmony with it.
    ['Rəhman Mustafayevlə', 'Rəhman Mustafayev'],
    ['Rəhman Mustafayevin', 'Rəhman Mustafayev'],
    ['Rəhman Mustafayevə', 'Rəhman Mustafayev'],
    ['Rəhman Mustafayevi', 'Rəhman Mustafayev'],
    ['Rəhman Mustafayevdə', 'Rəhman Mustafayev'],
    ['Rəhman Mustafayevdən', 'Rəhman Mustafayev'],
    ['Mixail Yevdokimovu', 'Mixail Yevdokimov'],
    ['Mixail Qaluzinin', 'Mixail Qaluzin'],
    ['Hikmət Hacıyevin', 'Hikmət Hacıyev'],
    // Women's surnames in -ova/-yeva take the suffix after the vowel.
    ['Leyla Əliyevanın', 'Leyla Əliyeva'],
    ['Səbinə Əliyevaya', 'Səbinə Əliyeva'],
    ['Aynur Qasımovanı', 'Aynur Qasımova'],
    ['Leyla Əliyevayla', 'Leyla Əliyeva'],
    // Other surname shapes.
    ['Elnur Hüseynlinin', 'Elnur Hüseynli'],
    ['Elnur Hüseynliyə', 'Elnur Hüseynli'],
    ['Rauf Hacızadənin', 'Rauf Hacızadə'],
    ['Sərdar Həsənoğluna', 'Sərdar Həsənoğlu'],
    // Foreign names take the suffix after an apostrophe.
    ['Emmanuel Makron’un', 'Emmanuel Makron'],
    ["Vladimir Putin'in", 'Vladimir Putin'],
    // "Qasımova" is a man's surname in the dative only after a man's first name.
    ['Rəşad Qasımova', 'Rəşad Qasımov'],
  ])('%s → %s', (written, base) => expect(az(written)).toBe(base));

  it.each([
    'Rəhman Mustafayev',
    'Leyla Qasımova',
    'Qasımova',
    'Leyla Əliyeva',
    'Mixail Qaluzin',
    'Vladimir Putin',
    'Sergey Lavrov',
    'Kamran Əhmədov',
    'Elnur Hüseynli',
    'Karina Aslanova',
  ])('%s stays as written', (name) => expect(az(name)).toBe(name));

  it('offers the forms a lone surname may stand for', () => {
    expect(surnameBases('Mustafayevin', 'az')).toContain('Mustafayev');
    expect(surnameBases('Qaluzin', 'az')).toEqual(['Qaluzin']);
  });
});

it('leaves English names alone', () => {
  expect(baseName(['Mikhail', 'Galuzin’s'], 'en')).toEqual(['Mikhail', 'Galuzin’s']);
});
