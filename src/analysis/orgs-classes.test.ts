/**
 * Organisation classes of issue 13, each with sentences written for these tests (not from the gold
 * articles) and the cases that must not match.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => orgs(tokenize(text, language));
const names = (text: string, language = 'en') => run(text, language).map((o) => o.name);

describe('outlets in reporting formulas (az)', () => {
  it('reads a name with a case ending before a reporting word as an outlet', () => {
    expect(names('Deputat Elman Nəsirov Modern-ə açıqlamasında bildirib ki, layihə hazırdır.', 'az')).toEqual(
      ['Modern'],
    );
    expect(names('Qafqazinfo-nun məlumatına görə, yol bağlanıb.', 'az')).toEqual(['Qafqazinfo']);
    expect(names('Sədr Bakupost-a bildirib ki, iclas təxirə salınıb.', 'az')).toEqual(['Bakupost']);
    expect(names('Bu barədə Bakupost xəbər verir.', 'az')).toEqual(['Bakupost']);
  });

  it('leaves a person, or a suffixed name without a reporting word, alone', () => {
    expect(names('Bu barədə Kamran Əliyev xəbər verir.', 'az')).toEqual([]);
    expect(names('Qonaqlar Bakupost-un binasına baxıblar.', 'az')).toEqual([]);
  });
});

describe('Azerbaijani heads in any form', () => {
  it('names a bare head in its own nominative, a possessive one as it is', () => {
    expect(names('Xalq Bankın səhmdarları toplaşıb.', 'az')).toEqual(['Xalq Bank']);
    expect(names('Hərbi Prokurorluğa müraciət olunub.', 'az')).toEqual(['Hərbi Prokurorluq']);
    expect(names('Konstitusiya Məhkəməsinin qərarı dərc edilib.', 'az')).toEqual(['Konstitusiya Məhkəməsi']);
    expect(names('Ali Məhkəmədən cavab gəlib.', 'az')).toEqual(['Ali Məhkəmə']);
  });

  it('reads no organisation from a lower-case bare head, nor ends a name at a bare head going on', () => {
    expect(names('Şəhərdə bankın filialı bağlanıb.', 'az')).toEqual([]);
    expect(names('Şirvan Liman Xidmətləri MMC-nin gəmisi gəlib.', 'az')).toEqual([
      'Şirvan Liman Xidmətləri MMC',
    ]);
  });

  it('reads a two-word head only with its first word', () => {
    expect(names('Ukrayna Dəmir Yolunun rəhbəri gəlib.', 'az')).toEqual(['Ukrayna Dəmir Yolu']);
    expect(names('Böyük İpək Yolu marşrutu bərpa olunur.', 'az')).toEqual([]);
  });

  it('joins a shorter form to the one fuller name it ends, case and head agreeing', () => {
    expect(run('Qazaxıstan Milli Bankı faizi endirib. Milli Bankın sədri danışıb.', 'az')).toEqual([
      { name: 'Qazaxıstan Milli Bankı', mentions: ['Qazaxıstan Milli Bankı', 'Milli Bankın'] },
    ]);
    expect(names('Gürcüstanın milli bankı susur. Milli Bankın sədri danışıb.', 'az')).toEqual([
      'Gürcüstanın milli bankı',
      'Milli Bank',
    ]);
    expect(
      names('Qırğız Milli Bankı və Tacik Milli Bankı görüşüb. Milli Bankın sədri danışıb.', 'az'),
    ).toEqual(['Qırğız Milli Bankı', 'Tacik Milli Bankı', 'Milli Bank']);
  });
});

describe('where a name begins', () => {
  it('drops words before a name that its acronym does not spell', () => {
    expect(
      names('Türkiyə Dünya Gömrük Təşkilatının (DGT) iclasına qatılıb. DGT-nin katibi gəlib.', 'az'),
    ).toEqual(['Dünya Gömrük Təşkilatı']);
    expect(names('Layihəyə Xəzər İnkişaf Fondunun (XİF) vəsaiti cəlb olunub.', 'az')).toEqual([
      'Xəzər İnkişaf Fondu',
    ]);
  });

  it('keeps a name whose acronym spells none of its tails', () => {
    expect(names('Azərbaycan Respublikasının Dövlət Turizm Agentliyi (ADTA) bəyanat yayıb.', 'az')).toEqual([
      'Azərbaycan Respublikasının Dövlət Turizm Agentliyi',
    ]);
  });

  it('leaves a sentence’s first word out of a name that opens with a place', () => {
    expect(names('Qərardan Sumqayıt Apellyasiya Məhkəməsinə şikayət edilib.', 'az')).toEqual([
      'Sumqayıt Apellyasiya Məhkəməsi',
    ]);
    expect(names('Beynəlxalq Bakı Universitetinin tələbələri gəlib.', 'az')).toEqual([
      'Beynəlxalq Bakı Universiteti',
    ]);
    expect(names('Dövlət Sərhəd Xidməti məlumat yayıb.', 'az')).toEqual(['Dövlət Sərhəd Xidməti']);
  });

  it('leaves a place in the genitive out of a company it owns', () => {
    expect(names('Yaponiyanın Kiso Heavy Industries Co., Ltd. şirkəti ilə saziş imzalanıb.', 'az')).toEqual([
      'Kiso Heavy Industries Co., Ltd',
    ]);
  });
});

describe('movements before their noun (az)', () => {
  it('names a movement by its name, with later mentions of its noun', () => {
    expect(run('Hizbullah hərəkatının döyüşçüləri geri çəkilib. Hərəkatın bəyanatı yayılıb.', 'az')).toEqual([
      { name: 'Hizbullah', mentions: ['Hizbullah hərəkatının', 'Hərəkatın'] },
    ]);
  });

  it('reads no movement after a place', () => {
    expect(names('Livan hərəkatı haqqında kitab çıxıb.', 'az')).toEqual([]);
  });
});

describe('companies by legal form (en)', () => {
  it('reads "Co., Ltd.", lower-case forms and names joined by "&"', () => {
    expect(
      names(
        'Talvik Ports Co., Ltd. and Brno Metals a.s. signed, as did Nordvik Shipping & Trading Co., Ltd.',
      ),
    ).toEqual(['Talvik Ports Co., Ltd', 'Brno Metals a.s', 'Nordvik Shipping & Trading Co., Ltd']);
  });

  it('keeps two companies joined by "and" apart, and a descriptor outside', () => {
    expect(names('The bid came from Arcadia Corporation and Kiso & Co., Ltd.')).toEqual([
      'Arcadia Corporation',
      'Kiso & Co., Ltd',
    ]);
    expect(names('The Oslo-based Fjord Cable Holding ASA won.')).toEqual(['Fjord Cable Holding ASA']);
  });
});

describe('lower-case bodies owned by a country (en)', () => {
  it('names them with their owner, as written', () => {
    expect(names("Kazakhstan's transport ministry and Iran's central bank agreed.")).toEqual([
      "Kazakhstan's transport ministry",
      "Iran's central bank",
    ]);
  });

  it('reads none after an owner that is not a country', () => {
    expect(names("The country's central bank and Lena's bank account were named.")).toEqual([]);
  });
});

describe('names beside a noun that describes a body (en)', () => {
  it('reads the name after the noun, and before it in apposition', () => {
    expect(names('Officials of the state gas trader NORGAZ will attend.')).toEqual(['NORGAZ']);
    expect(names("Hungary's grid operator Mavir signed.")).toEqual(['Mavir']);
    expect(names('Baltic Ferry Lines, the Estonian-owned carrier of the route, said it would sail.')).toEqual(
      ['Baltic Ferry Lines'],
    );
    expect(names('Vexa, the grid operator of Slovakia, objected.')).toEqual(['Vexa']);
  });

  it('reads no person described by a noun that may be a person’s, and no place', () => {
    expect(names('Pavel Ivanov, a prominent investor, objected.')).toEqual([]);
    expect(names('Ireland, the biggest exporter of the drug, objected.')).toEqual([]);
    expect(names('Pavel Ivanov, the spokesman of the party, objected.')).toEqual([]);
  });
});

describe('longer Azerbaijani names', () => {
  it('keeps a head in an oblique case inside the name it opens', () => {
    expect(names('Gənclərə Yardım Fondu qrant verib.', 'az')).toEqual(['Gənclərə Yardım Fondu']);
    expect(names('Ailəyə Dəstək Mərkəzinin əməkdaşları gəlib.', 'az')).toEqual(['Ailəyə Dəstək Mərkəzi']);
  });

  it('reads a postposition inside a name, after a listed body', () => {
    expect(names('BMT Miqrasiya üzrə Beynəlxalq Təşkilatının nümayəndəsi gəlib.', 'az')).toEqual([
      'BMT Miqrasiya üzrə Beynəlxalq Təşkilatı',
    ]);
  });

  it('keeps a quoted name that opens a longer name', () => {
    expect(names('“Azərsu” Su Kanal Birliyinin sədri danışıb.', 'az')).toEqual(['“Azərsu” Su Kanal Birliyi']);
  });

  it('names a body by the country owning it and the place it stands in', () => {
    expect(names('Azərbaycanın Ankaradakı Səfirliyinin əməkdaşları gəlib.', 'az')).toEqual([
      'Azərbaycanın Ankaradakı Səfirliyi',
    ]);
  });

  it('reads no owner from a place whose name only ends like a genitive', () => {
    expect(names('Laçın rayon xəstəxanasına dərman göndərilib.', 'az')).toEqual([]);
    expect(names('Qazaxıstanın milli bankı faizi saxlayıb.', 'az')).toEqual(['Qazaxıstanın milli bankı']);
  });
});
