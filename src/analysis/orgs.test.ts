import { describe, expect, it } from 'vitest';
import { findOrgMentions, orgs } from './orgs.ts';
import { tokenize } from './tokenize.ts';

const run = (text: string, language = 'en') => orgs(tokenize(text, language));

describe('orgs', () => {
  it('normalises ministries however they are written', () => {
    expect(
      run(
        'The Ministry of Foreign Affairs of Georgia protested. Later the Georgian Foreign Ministry and Georgia’s Foreign Ministry repeated it.',
      ),
    ).toEqual([
      {
        name: 'Georgian Foreign Ministry',
        mentions: [
          'Ministry of Foreign Affairs of Georgia',
          'Georgian Foreign Ministry',
          'Georgia’s Foreign Ministry',
        ],
      },
    ]);
    expect(run('The Ministry of Defence of the Republic of Armenia said.')[0]?.name).toBe(
      'Armenian Defence Ministry',
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

  it('names armed forces after their country', () => {
    expect(run('The Armed Forces of Armenia’s units and the Georgian Armed Forces drilled.')).toEqual([
      { name: 'Armed Forces of Armenia', mentions: ['Armed Forces of Armenia’s'] },
      { name: 'Armed Forces of Georgia', mentions: ['Georgian Armed Forces'] },
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

  it('reads Russian ministries and acronyms', () => {
    expect(run('МИД Грузии и НАТО выступили с заявлением.', 'ru').map((o) => o.name)).toEqual([
      'МИД Грузии',
      'NATO',
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
      { name: 'МИД РФ', mentions: ['Министерство иностранных дел РФ'] },
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
