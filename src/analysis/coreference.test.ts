import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

/** Each quote's text and speaker, as the whole pipeline reads them. */
const speakers = (body: string, language = 'ru'): [string, string | null][] =>
  analyze({ body, language, published: '2026-03-02', timezone: 'Europe/Moscow' }).quotes.map((q) => [
    q.full_text,
    q.speaker,
  ]);

describe('who a role or a pronoun stands for', () => {
  it('takes the holder from the country written with the role, even under another role noun', () => {
    const body =
      'Министр энергетики Казахстана Ерлан Нурланов встретился со своим грузинским коллегой Леваном ' +
      'Давиташвили. Грузинский министр, в свою очередь, назвал переговоры «полезными и честными». ' +
      'Казахстанский министр назвал итоги «обнадёживающими для обеих сторон».';
    expect(speakers(body)).toEqual([
      ['полезными и честными', 'Леван Давиташвили'],
      ['обнадёживающими для обеих сторон', 'Ерлан Нурланов'],
    ]);
  });

  it('takes a role with its organisation after it for the role’s holder, and an abbreviated role for the full one', () => {
    const body =
      'Андрей Волков, заместитель главы Минфина России, прибыл в Баку. ' +
      'Замглавы Минфина назвал встречу «продуктивной и долгой». ' +
      '«Бюджет будет исполнен», — говорится в сообщении Минфина.';
    expect(speakers(body)).toEqual([
      ['продуктивной и долгой', 'Андрей Волков'],
      ['Бюджет будет исполнен', 'Минфин России'],
    ]);
  });

  it('reads a generic role right after a quote as that quote’s speaker, not the last person with a role', () => {
    const body =
      '«Мы готовы к диалогу», — сказал посол Пётр Соколов после встречи с заместителем министра ' +
      'Иваном Ивановым. «Это не так. Мы говорим каждую неделю», — подчеркнул дипломат.';
    expect(speakers(body).map((q) => q[1])).toEqual(['Пётр Соколов', 'Пётр Соколов']);
  });

  it('reads an expert by the profession and the verb’s gender', () => {
    const body =
      '«Порт загружен», — сказал губернатор Олег Петров. Аналитик банка Ольга Смирнова считает, что ' +
      'спрос вырастет. «Рынок растёт, но медленно», — отметила эксперт.';
    expect(speakers(body).map((q) => q[1])).toEqual(['Олег Петров', 'Ольга Смирнова']);
  });

  it('finds the speaker after the verb past an addressee and a time, by a family name written first', () => {
    const body =
      'В Москву прибыл советник Чжоу Линьфэн. «Разговор был трудным», — сказал журналистам после ' +
      'встречи советник Чжоу. По словам Чжоу, стороны договорились «о новых встречах в Пекине».';
    expect(speakers(body).map((q) => q[1])).toEqual(['Чжоу Линьфэн', 'Чжоу Линьфэн']);
  });

  it('lets a role written with a country, opening the sentence before, stand for its holder to a pronoun', () => {
    const body =
      'Посол Египта Омар Хашим встретился с заместителем министра Сергеем Вершининым. ' +
      'Египетский дипломат рассказал о подготовке саммита. Он назвал повестку «очень плотной».';
    expect(speakers(body)).toEqual([['очень плотной', 'Омар Хашим']]);
    // Without a country the role says too little: the last man named stays the antecedent.
    const bare =
      'Посол Египта Омар Хашим встретился с заместителем министра Сергеем Вершининым. ' +
      'Дипломат рассказал о подготовке саммита. Он назвал повестку «очень плотной».';
    expect(speakers(bare)).toEqual([['очень плотной', 'Сергей Вершинин']]);
  });

  it('names a group of sources with where they are by a common noun, not by a place', () => {
    const body =
      'Источники в правительстве считают, что сделка состоится. «Условия почти согласованы», — пояснили они. ' +
      'Дипломатические источники в Ереване настроены осторожнее. «Рано говорить», — сказали они.';
    expect(speakers(body).map((q) => q[1])).toEqual([
      'Источники в правительстве',
      'Дипломатические источники',
    ]);
  });

  it('keeps another country’s official out of a role written with a country, the role after the name too', () => {
    const body =
      'Гусейнов, глава МИД Азербайджана, позвонил министру иностранных дел Армении Арарату Саргсяну. ' +
      '«Мы готовы подписать договор», — сказал азербайджанский министр.';
    expect(speakers(body)).toEqual([['Мы готовы подписать договор', 'Гусейнов']]);
  });
});
