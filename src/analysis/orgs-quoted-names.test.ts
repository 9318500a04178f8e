/**
 * Organisations named in quote marks beside a noun for their kind (issue 13): Russian airlines,
 * film studios, portals, services and non-profits ("авиакомпания «…»"), the whole quoted name after
 * an outlet's noun, an Azerbaijani quoted name before its noun whatever follows, and a quoted
 * outlet with its case ending after the closing mark before a reporting word (“X”a açıqlamasında).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const names = (text: string, language: string) => orgs(tokenize(text, language)).map((o) => o.name);

describe('a quoted name after a noun for its kind (ru)', () => {
  it('reads airlines, studios, services and non-profits, and their later bare mentions', () => {
    expect(
      names('Регулятор приостановил авиакомпанию «Небесный Путь». Клиенты «Небесного Пути» ждут.', 'ru'),
    ).toEqual(['Небесный Путь']);
    expect(names('Фильм сняли на киностудии «Тамыр» прошлой весной.', 'ru')).toEqual(['Тамыр']);
    expect(names('По данным сервиса «ТрафикМер», скорость упала.', 'ru')).toEqual(['ТрафикМер']);
    expect(names('Акцию провела организация «Чистый берег».', 'ru')).toEqual(['Чистый берег']);
  });

  it("takes every word inside the marks after an outlet's noun", () => {
    expect(names('Об этом пишет портал «Волжский вестник» со ссылкой на мэрию.', 'ru')).toContain(
      'Волжский вестник',
    );
  });

  it('does not read a quoted phrase after an ordinary noun as a name', () => {
    expect(names('Он назвал план «Большим рывком» и ушёл.', 'ru')).toEqual([]);
  });
});

describe('a quoted name before its noun (az)', () => {
  it('keeps “X” portalı when another quoted name follows the noun', () => {
    expect(
      names('Bu barədə “Şəhər Nəbzi” portalı “Səhər Xəbərləri” qəzetinə istinadən xəbər verir.', 'az'),
    ).toContain('Şəhər Nəbzi');
  });
});

describe('a quoted outlet with its case ending after the mark (az)', () => {
  it('reads “X”a açıqlamasında and “X Y”ə bildirib as the outlet', () => {
    expect(names('Ekspert “Xəbərçi”yə açıqlamasında qiymətləri şərh edib.', 'az')).toEqual(['Xəbərçi']);
    expect(names('İki mənbə “Gündəlik Bakı”ya bildirib ki, razılaşma var.', 'az')).toEqual(['Gündəlik Bakı']);
  });

  it('leaves a quoted place with a case ending before an ordinary verb', () => {
    expect(names('Nümayəndə heyəti “Qarabağ”a yola düşüb.', 'az')).toEqual([]);
  });
});
