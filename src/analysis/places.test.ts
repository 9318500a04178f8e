import { describe, expect, it } from 'vitest';
import { findPlaceMentions, places, placesOutsideOrgs } from './places.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => places(tokenize(text, language));

describe('places', () => {
  it('finds countries, cities and regions by name, once each', () => {
    const found = run('Georgia’s envoy flew from Tbilisi to Istanbul. Georgia and Crimea were discussed.');
    expect(found).toEqual([
      { name: 'Georgia', type: 'country', via: 'name', mentions: ['Georgia’s', 'Georgia'] },
      { name: 'Tbilisi', type: 'city', via: 'name', mentions: ['Tbilisi'] },
      { name: 'Istanbul', type: 'city', via: 'name', mentions: ['Istanbul'] },
      { name: 'Crimea', type: 'region', via: 'name', mentions: ['Crimea'] },
    ]);
  });

  it('adds a country named only through its demonym', () => {
    expect(run('Turkish diplomats arrived in Baku.')).toEqual([
      { name: 'Turkey', type: 'country', via: 'demonym', mentions: ['Turkish'] },
      { name: 'Baku', type: 'city', via: 'name', mentions: ['Baku'] },
    ]);
  });

  it('prefers the name when a country is both named and referred to by demonym', () => {
    expect(run('Armenian troops left Armenia.')).toEqual([
      { name: 'Armenia', type: 'country', via: 'name', mentions: ['Armenia'] },
    ]);
  });

  it('reads a capital used as its government as its country, via metonym', () => {
    expect(run('Tehran has rejected the offer, and Ankara’s position is unchanged.')).toEqual([
      { name: 'Iran', type: 'country', via: 'metonym', mentions: ['Tehran'] },
      { name: 'Turkey', type: 'country', via: 'metonym', mentions: ['Ankara’s'] },
    ]);
    expect(run('Officials in Tehran said no.')[0]).toMatchObject({ name: 'Tehran', via: 'name' });
    expect(run('BAKU, Nov 2 (Wire) – Baku said nothing.').map((p) => [p.name, p.via])).toEqual([
      ['Baku', 'name'],
      ['Azerbaijan', 'metonym'],
    ]);
  });

  it('finds metonyms as subjects past a relative clause, as objects and in pairs', () => {
    const names = (text: string, language = 'en') => run(text, language).map((p) => `${p.name}/${p.via}`);
    expect(names('Minsk, which hosted the last round, did not respond.')).toEqual(['Belarus/metonym']);
    expect(names('Bishkek was furious.')).toEqual(['Kyrgyzstan/metonym']);
    expect(names('Kyiv was hit by drones.')).toEqual(['Kyiv/name']);
    expect(names('The envoy urged Chisinau and Bucharest to agree.')).toEqual([
      'Moldova/metonym',
      'Romania/metonym',
    ]);
    expect(names('The note followed talks with Tashkent.')).toEqual(['Uzbekistan/metonym']);
    expect(names('He flew to Tashkent with a note.')).toEqual(['Tashkent/name']);
    expect(names('Ереван и Тбилиси подписали соглашение, делегация прибыла в Москву.', 'ru')).toEqual([
      'Армения/metonym',
      'Грузия/metonym',
      'Москва/name',
    ]);
    expect(names('Министр сказал, что Анкара поддерживает проект.', 'ru')).toEqual(['Турция/metonym']);
    expect(names('Görüş Ankarada keçirildi. Tehran bu təklifi rədd edib.', 'az')).toEqual([
      'Ankara/name',
      'İran/metonym',
    ]);
  });

  it('reads small towns, regions and features from the gazetteer and from grammar cues', () => {
    const names = (text: string, language = 'en') => run(text, language).map((p) => p.name);
    expect(names('Floods hit Zugdidi, Samegrelo and the village of Tsaishi near the Gulf of Riga.')).toEqual([
      'Zugdidi',
      'Samegrelo',
      'Tsaishi',
      'Gulf of Riga',
    ]);
    expect(
      names('Shelling hit Nikopol in the Dnipropetrovsk region and a farm in Vovchansk district.'),
    ).toEqual(['Nikopol', 'Dnipropetrovsk region', 'Vovchansk']);
    expect(names('Aircraft patrolled the Black Sea coast.')).toEqual(['Black Sea coast']);
    expect(names('He joined the Almaty-based bank.')).toEqual(['Almaty']);
    expect(
      names('Над Курской областью и в Волгоградской области сбиты дроны, пострадал посёлок Глушково.', 'ru'),
    ).toEqual(['Курская область', 'Волгоградская область', 'Глушково']);
    expect(names('В Суджанском районе и Рыльском округе ввели режим ЧС.', 'ru')).toEqual([
      'Суджанский район',
      'Рыльский округ',
    ]);
    expect(names('Паром прибыл в Астрахань, затем в Туркменбаши и Махачкалу.', 'ru')).toEqual([
      'Астрахань',
      'Туркменбаши',
      'Махачкала',
    ]);
    expect(
      names('Yük Qusar rayonundan Xaçmaza, oradan Nabran kəndinə və Şəki şəhərinə çatdırılıb.', 'az'),
    ).toEqual(['Qusar', 'Xaçmaz', 'Nabran', 'Şəki']);
    expect(names('Belqorod vilayətində və Xəzər dənizində təlim keçirilib.', 'az')).toEqual([
      'Belqorod vilayəti',
      'Xəzər dənizi',
    ]);
  });

  it('does not read the news agency in a dateline as a place', () => {
    expect(run('TBILISI, May 2 (Caucasus Wire) – Rain fell.').map((p) => p.name)).toEqual(['Tbilisi']);
  });

  it('splits hyphenated pairs into both places', () => {
    expect(
      run('The Georgia-Armenia border and Turkish-Iranian trade.').map((p) => [p.name, p.via, p.mentions]),
    ).toEqual([
      ['Georgia', 'name', ['Georgia-Armenia']],
      ['Armenia', 'name', ['Georgia-Armenia']],
      ['Turkey', 'demonym', ['Turkish-Iranian']],
      ['Iran', 'demonym', ['Turkish-Iranian']],
    ]);
  });

  it('reads Russian and Azerbaijani texts', () => {
    expect(run('Делегация прибыла в Ереван из Грузии.', 'ru').map((p) => p.name)).toEqual([
      'Ереван',
      'Грузия',
    ]);
    expect(run('Nümayəndə heyəti Tbilisidən İrəvana gedib.', 'az').map((p) => p.name)).toEqual([
      'Tbilisi',
      'İrəvan',
    ]);
  });

  const names = (text: string, language = 'en') => run(text, language).map((p) => [p.name, p.mentions]);

  it('maps variants of a place to one canonical name, in all three languages', () => {
    expect(names('Burma, which the junta calls Myanmar, bought rice from Bombay and Tiflis.')).toEqual([
      ['Myanmar', ['Burma', 'Myanmar']],
      ['Mumbai', ['Bombay']],
      ['Tbilisi', ['Tiflis']],
    ]);
    expect(names('Kiev, now spelt Kyiv; Czechia, or the Czech Republic.')).toEqual([
      ['Kyiv', ['Kiev', 'Kyiv']],
      ['Czech Republic', ['Czechia', 'Czech Republic']],
    ]);
    expect(names('Делегация Бирмы прибыла в Тифлис, затем в Чешскую Республику и Чехию.', 'ru')).toEqual([
      ['Мьянма', ['Бирмы']],
      ['Тбилиси', ['Тифлис']],
      ['Чехия', ['Чешскую Республику', 'Чехию']],
    ]);
    expect(names('Nümayəndə heyəti Tiflisdə, sonra Çex Respublikasında və Birmada olub.', 'az')).toEqual([
      ['Tbilisi', ['Tiflisdə']],
      ['Çexiya', ['Çex Respublikasında']],
      ['Myanma', ['Birmada']],
    ]);
  });

  it('reads inflected multi-word countries and short names in the base form', () => {
    expect(names('Делегации Республики Корея и Китая встретились в Дохе.', 'ru')).toEqual([
      ['Республика Корея', ['Республики Корея']],
      ['Китай', ['Китая']],
      ['Доха', ['Дохе']],
    ]);
    expect(names('Cənubi Koreyanın şirkəti Sofiyada ofis açıb.', 'az')).toEqual([
      ['Cənubi Koreya', ['Cənubi Koreyanın']],
      ['Sofiya', ['Sofiyada']],
    ]);
  });

  it('reads Russian demonym adjectives, compounds included, and bays by their adjective', () => {
    expect(
      names('Российско-иранские учения прошли у финских и болгарских судов в Цемесской бухте.', 'ru'),
    ).toEqual([
      ['Россия', ['Российско-иранские']],
      ['Иран', ['Российско-иранские']],
      ['Финляндия', ['финских']],
      ['Болгария', ['болгарских']],
      ['Цемесская бухта', ['Цемесской бухте']],
    ]);
  });

  it('does not read an adjective as a city whose name ends in a consonant', () => {
    expect(names('Корабли Каспийской флотилии вернулись в Каспийск.', 'ru')).toEqual([
      ['Каспийск', ['Каспийск']],
    ]);
  });

  it('names a part of a known region on its own, in the nominative', () => {
    expect(names('Neft Abşeron yarımadasında hasil edilir.', 'az')).toEqual([
      ['Abşeron yarımadası', ['Abşeron yarımadasında']],
    ]);
    expect(names('Gas is landed on the Caspian coast.')).toEqual([['Caspian coast', ['Caspian coast']]]);
  });

  it('skips names in quotation marks and cities that are first names before a surname', () => {
    expect(
      names('“Şirvan” bərəsi limanda lövbər salıb, direktor Təbriz Hüseynzadə Bakıya gəlib.', 'az'),
    ).toEqual([['Bakı', ['Bakıya']]]);
    expect(names('The tanker “Astana” sailed; Sofia Petrova, the envoy, flew to Sofia.')).toEqual([
      ['Sofia', ['Sofia']],
    ]);
  });

  it('leaves out a country written only inside an organisation name', () => {
    const text =
      'The Bank of Japan and the Turkish Armed Forces met in Baku. Iran’s foreign ministry agreed.';
    const model = tokenize(text, 'en');
    const mentions = findPlaceMentions(model);
    const orgTokens = new Uint8Array(model.tokens.length);
    // The organisations as the organisation step reads them.
    for (const org of ['Bank of Japan', 'Turkish Armed Forces', 'Iran’s foreign ministry']) {
      const start = text.indexOf(org);
      model.tokens.forEach((t, k) => {
        if (t.start >= start && t.end <= start + org.length) orgTokens[k] = 1;
      });
    }
    const kept = placesOutsideOrgs(model, mentions, orgTokens).map((m) => m.entry.name);
    expect(kept).toEqual(['Baku', 'Iran']);
  });
});
