import { describe, expect, it } from 'vitest';
import { ninjsItem } from '../../../../test/utils/wire-samples.ts';
import { readNinjs } from './ninjs.ts';

describe('readNinjs', () => {
  it('reads a ninjs 2.x item, keeping the file as received', () => {
    const json = JSON.stringify(ninjsItem, null, 2);
    const [entry] = [...readNinjs(json)];
    expect(entry).toEqual({
      item: {
        guid: 'urn:ninjs:example.org:2025:77',
        headline: 'Bakıda yeni park açıldı',
        slugline: 'PARK',
        body: '<p>Şəhərin mərkəzində yeni park açıldı.</p>',
        bodyIsHtml: true,
        url: null,
        language: 'az',
        byline: 'Nigar Aliyeva',
        located: 'Bakı',
        subjects: ['şəhər'],
        publishedAt: new Date('2025-11-21T11:00:00Z'),
        original: json,
      },
    });
  });

  it('reads a list, naming each invalid item by uri or position while the rest go on', () => {
    const list = {
      items: [
        { uri: 'urn:a', headline: 'Plain one', body_text: 'Just text.' },
        { uri: 'urn:b', headlines: 'not a list' },
        { headline: 'No uri' },
        { uri: 'urn:c', headline: 'Bad date', versioncreated: 'soon' },
        { uri: 'urn:d' },
      ],
    };
    const got = [...readNinjs(JSON.stringify(list))];
    expect(got[0]).toMatchObject({ item: { guid: 'urn:a', body: 'Just text.', bodyIsHtml: false } });
    const errors = got.slice(1).map((e) => ('error' in e ? e.error : 'an item'));
    expect(errors[0]).toMatch(/^item "urn:b": headlines: /);
    expect(errors[1]).toMatch(/^item 3: uri: /);
    expect(got.slice(3)).toEqual([
      { error: 'item "urn:c": versioncreated: "soon" is not a date' },
      { error: 'item "urn:d": no headline' },
    ]);
  });

  it('refuses malformed JSON with the parser’s reason', () => {
    expect(() => [...readNinjs('{"uri": ')]).toThrow(/malformed JSON/);
  });
});
