import { describe, expect, it } from 'vitest';
import { findOrgMentions, orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => orgs(tokenize(text, language));

describe('orgs', () => {
  it('keeps one ministry however it is written, named by its fullest written form', () => {
    expect(
      run(
        'The Ministry of Foreign Affairs of Georgia protested. Later the Georgian Foreign Ministry and Georgia’s Foreign Ministry repeated it.',
      ),
    ).toEqual([
      {
        name: 'Ministry of Foreign Affairs of Georgia',
        mentions: [
          'Ministry of Foreign Affairs of Georgia',
          'Georgian Foreign Ministry',
          'Georgia’s Foreign Ministry',
        ],
      },
    ]);
    expect(run('The Ministry of Defence of the Republic of Armenia said.')[0]?.name).toBe(
      'Ministry of Defence of the Republic of Armenia',
    );
  });

  it('reads "the ministry" as the last-named ministry', () => {
    const text =
      'The Turkish Defense Ministry and the Iranian Foreign Ministry met. The ministry said talks went well.';
    expect(run(text)).toEqual([
      { name: 'Turkish Defense Ministry', mentions: ['Turkish Defense Ministry'] },
      { name: 'Iranian Foreign Ministry', mentions: ['Iranian Foreign Ministry', 'The ministry'] },
    ]);
    const anaphor = findOrgMentions(tokenize(text)).find((m) => m.anaphor);
    expect(text.slice(anaphor?.start, anaphor?.end)).toBe('The ministry');
  });

  it('reads armed forces with their country, as written', () => {
    expect(run('The Armed Forces of Armenia’s units and the Georgian Armed Forces drilled.')).toEqual([
      { name: 'Armed Forces of Armenia', mentions: ['Armed Forces of Armenia’s'] },
      { name: 'Georgian Armed Forces', mentions: ['Georgian Armed Forces'] },
    ]);
  });

  it('finds outlets, acronyms and full names of international bodies', () => {
    expect(
      run('Report.az and Reuters said NATO, the OSCE and the United Nations were invited; the UN declined.'),
    ).toEqual([
      { name: 'Report.az', mentions: ['Report.az'] },
      { name: 'Reuters', mentions: ['Reuters'] },
      { name: 'NATO', mentions: ['NATO'] },
      { name: 'OSCE', mentions: ['OSCE'] },
      { name: 'United Nations', mentions: ['United Nations', 'UN'] },
    ]);
  });

  it('finds capitalised phrases with an organisation head, not other capitalised phrases', () => {
    expect(
      run(
        'The Georgian Security Council met under the Treaty on Good Neighbourliness. The Council of Europe watched.',
      ).map((o) => o.name),
    ).toEqual(['Georgian Security Council', 'Council of Europe']);
  });

  it('reads Russian ministries and acronyms, named in the article’s language', () => {
    expect(run('МИД Грузии и НАТО выступили с заявлением.', 'ru').map((o) => o.name)).toEqual([
      'МИД Грузии',
      'НАТО',
    ]);
  });

  it('names a body as the text spells it out, with its acronym in brackets as a mention', () => {
    expect(
      run(
        'Experts of the International Atomic Energy Agency (IAEA) arrived. The IAEA and the UN Development Programme (UNDP) said UNDP would help.',
      ),
    ).toEqual([
      {
        name: 'International Atomic Energy Agency',
        mentions: ['International Atomic Energy Agency', 'IAEA'],
      },
      { name: 'UN Development Programme', mentions: ['UN Development Programme', 'UNDP'] },
    ]);
  });

  it('reads named organisations with plural possessives, descriptors and more head nouns', () => {
    expect(
      run(
        "Ermekov, head of the Kazakh Grain Exporters' Union, met the Almaty-based Institute for Regional Security, the Port of Aktau and Khazar Ferry Lines.",
      ).map((o) => o.name),
    ).toEqual([
      "Kazakh Grain Exporters' Union",
      'Institute for Regional Security',
      'Port of Aktau',
      'Khazar Ferry Lines',
    ]);
  });

  it('reads Russian ministries by their short and full names, and "ведомство" as the last one', () => {
    expect(
      run(
        'Об этом сообщило Минобороны России. По данным Минобороны, в сообщении ведомства сказано иное. Министерство иностранных дел РФ промолчало.',
        'ru',
      ),
    ).toEqual([
      { name: 'Минобороны России', mentions: ['Минобороны России', 'Минобороны', 'ведомства'] },
      { name: 'Министерство иностранных дел РФ', mentions: ['Министерство иностранных дел РФ'] },
    ]);
  });

  it('reads Azerbaijani organisations in any case, named in the nominative', () => {
    expect(
      run(
        'Müdafiə Nazirliyinin mətbuat xidməti bildirib. Nazirliyin açıqlamasına görə, Türkiyə Milli Müdafiə Nazirliyi də qoşulub.',
        'az',
      ),
    ).toEqual([
      { name: 'Müdafiə Nazirliyi', mentions: ['Müdafiə Nazirliyinin', 'Nazirliyin'] },
      { name: 'Türkiyə Milli Müdafiə Nazirliyi', mentions: ['Türkiyə Milli Müdafiə Nazirliyi'] },
    ]);
  });
});

describe('organisations as an open class', () => {
  const names = (text: string, language = 'en') => run(text, language).map((o) => o.name);

  it('reads the agency of a dateline and of a closing credit', () => {
    expect(names('TOKYO (Kyodo) -- Japan and Mongolia agreed on Friday to extend a rail deal.')).toEqual([
      'Kyodo',
    ]);
    expect(
      run(
        'АСТАНА, 7 октября (Интерфакс) — Казахстан продлил соглашение.\n\nКак сообщили «Интерфаксу» в ведомстве, текст готов.',
        'ru',
      ),
    ).toContainEqual({ name: 'Интерфакс', mentions: ['Интерфакс', 'Интерфаксу'] });
    expect(
      run(
        'Gəncə, 3 may (Qafqaz Ekspress) – Yol açılıb.\n\nMənbə Qafqaz Ekspress-ə bildirib ki, iş bitib.',
        'az',
      ),
    ).toEqual([{ name: 'Qafqaz Ekspress', mentions: ['Qafqaz Ekspress', 'Qafqaz Ekspress-ə'] }]);
    expect(names('Flights resumed at the airport on Sunday.\n\n— Xinhua')).toEqual(['Xinhua']);
  });

  it('reads agencies in credits, in any case and beside their noun', () => {
    expect(names('AFP/TASS/APA/Trend/AZERTAC report that the talks ended.')).toEqual([
      'AFP',
      'TASS',
      'APA',
      'Trend',
      'AZERTAC',
    ]);
    expect(names('Об этом сообщает ТАСС.', 'ru')).toEqual(['ТАСС']);
    expect(names('APA-nın məlumatına görə, görüş baş tutub.', 'az')).toEqual(['APA']);
    expect(names('Xəbər Bolqarıstanın BTA agentliyinin materialları əsasında hazırlanıb.', 'az')).toEqual([
      'BTA',
    ]);
    expect(names('The Nordic Wire news agency said the port was closed.')).toEqual(['Nordic Wire']);
  });

  it('names a lower-case possessive body as written, and leaves a bare one alone', () => {
    expect(names("Iran's foreign ministry said the talks would resume.")).toEqual([
      "Iran's foreign ministry",
    ]);
    expect(names('The foreign ministry said nothing.')).toEqual([]);
    expect(names('Об этом сообщило министерство энергетики Азербайджана.', 'ru')).toEqual([
      'министерство энергетики Азербайджана',
    ]);
  });

  it('reads an acronym defined in brackets as the same organisation', () => {
    expect(
      run('Leaders of the Shanghai Cooperation Organisation (SCO) met. The SCO summit ended late.'),
    ).toEqual([
      { name: 'Shanghai Cooperation Organisation', mentions: ['Shanghai Cooperation Organisation', 'SCO'] },
    ]);
    expect(names('Engineers of the Volga-Caspian Shipbuilding Yard (VCSY) said VCSY was ready.')).toEqual([
      'Volga-Caspian Shipbuilding Yard',
    ]);
    expect(run('По данным Объединённой судостроительной корпорации (ОСК), ОСК загружена.', 'ru')).toEqual([
      {
        name: 'Объединённая судостроительная корпорация',
        mentions: ['Объединённой судостроительной корпорации', 'ОСК'],
      },
    ]);
  });

  it('reads companies by their legal form or a quoted name with its noun', () => {
    expect(names('Caspian Marine Services LLC won the tender.')).toEqual(['Caspian Marine Services LLC']);
    expect(names('Контракт получило ПАО «Северный завод».', 'ru')).toEqual(['ПАО «Северный завод»']);
    expect(
      run(
        'Xəzər Qaz Nəqliyyatı ASC danışıqları aparır. Xəzər Qaz Nəqliyyatı ASC-nin rəhbərliyi razıdır.',
        'az',
      ),
    ).toEqual([
      {
        name: 'Xəzər Qaz Nəqliyyatı ASC',
        mentions: ['Xəzər Qaz Nəqliyyatı ASC', 'Xəzər Qaz Nəqliyyatı ASC-nin'],
      },
    ]);
    expect(names('“Günəş Enerji” şirkəti ilə müqavilə imzalanıb.', 'az')).toEqual(['Günəş Enerji']);
  });

  it('ends a name before a following date or place', () => {
    expect(names('The Central Bank on Monday raised rates.')).toEqual(['Central Bank']);
    expect(names('The Turkish Embassy in Baku said visas were ready.')).toEqual(['Turkish Embassy']);
    expect(names('The Council of Europe met.')).toEqual(['Council of Europe']);
  });

  it('reads movements and armed groups, not peoples or places with a group noun', () => {
    expect(names('Fighters of the Houthi movement fired at a ship.')).toEqual(['Houthi movement']);
    expect(names('A Georgian group of experts arrived.')).toEqual([]);
  });

  it('names a declining organisation name in the nominative, and not a noun phrase that only ends in a head', () => {
    expect(names('Об этом заявили в Федеральной службе безопасности России.', 'ru')).toEqual([
      'Федеральная служба безопасности России',
    ]);
    expect(names('В Москву прибудет группа экспертов.', 'ru')).toEqual([]);
    expect(names('Компания заявила о росте. На заводе тихо.', 'ru')).toEqual([]);
  });

  it('reads Azerbaijani bodies owned by a place in the genitive, and legal forms after a head', () => {
    expect(names('Rusiyanın mərkəzi bankı faizi saxlayıb.', 'az')).toEqual(['Rusiyanın mərkəzi bankı']);
    expect(names('İranın xarici işlər nazirliyinin açıqlaması yayılıb.', 'az')).toEqual([
      'İranın xarici işlər nazirliyi',
    ]);
    expect(names('Azərbaycan Dəmir Yolları QSC sədri danışıb.', 'az')).toEqual([
      'Azərbaycan Dəmir Yolları QSC',
    ]);
    expect(names('Türkiyənin Nəqliyyat və İnfrastruktur Nazirliyinə məktub göndərilib.', 'az')).toEqual([
      'Nəqliyyat və İnfrastruktur Nazirliyi',
    ]);
    expect(names('Bu barədə İzvestiya qəzetinin müxbiri yazıb.', 'az')).toEqual(['İzvestiya']);
  });
});
