import { describe, expect, it } from 'vitest';
import { genericPack } from '../languages/generic.ts';
import { languages, packFor } from '../languages/index.ts';
import { fold, folderFor, highlight, indexText, parseQuery, stem, unitFolder } from './text.ts';

describe('fold', () => {
  it('folds Azerbaijani letters, Turkish-style I, Russian ё, case and accents, keeping the length', () => {
    for (const [input, folded] of [
      ['Əliyev İlham Şuşa Ağdam Göygöl Üzüm Çay ılıq', 'eliyev ilham susa agdam goygol uzum cay iliq'],
      ['Ёлка ЁЛКА Москва', 'елка елка москва'],
      ['Café Zürich ÅNGSTRÖM', 'cafe zurich angstrom'],
    ] as const) {
      expect(fold(input)).toBe(folded);
      expect(fold(input).length).toBe(input.length);
    }
    expect(fold('emoji 🙂 ok').length).toBe('emoji 🙂 ok'.length);
  });
});

describe('indexText', () => {
  it('stems English and Russian, leaves Azerbaijani folded', () => {
    expect(indexText('Embassies damaged by strikes', 'en')).toBe('embassi damag by strike');
    expect(indexText('Посольства повреждены ракетами', 'ru')).toBe('посольств поврежд ракет');
    expect(indexText('Əliyev səfirliyə getdi', 'az')).toBe('eliyev sefirliye getdi');
  });
});

describe('parseQuery', () => {
  it('reads words, phrases and a trailing prefix', () => {
    expect(parseQuery('embassy damage', 'en')).toEqual({
      terms: ['embassi'],
      phrases: [],
      prefix: 'dama',
      problem: null,
    });
    expect(parseQuery('embassy damage ', 'en')).toEqual({
      terms: ['embassi', 'damag'],
      phrases: [],
      prefix: null,
      problem: null,
    });
    expect(parseQuery('"air defense" Kyiv.', 'en')).toEqual({
      terms: ['kyiv'],
      phrases: [['air', 'defens']],
      prefix: null,
      problem: null,
    });
    expect(parseQuery('«ракета Patriot»', 'ru')).toMatchObject({
      phrases: [['ракет', 'patriot']],
      problem: null,
    });
  });
  it('handles odd input without throwing', () => {
    expect(parseQuery('', 'en').problem).toBe('empty');
    expect(parseQuery('   ', 'en').problem).toBe('empty');
    expect(parseQuery('!!! ??? …', 'en').problem).toBe('empty');
    expect(parseQuery('a', 'en').problem).toBe('too-short');
    expect(parseQuery('"', 'en').problem).toBe('empty');
    expect(parseQuery('"unclosed phrase', 'en').problem).toBe(null);
    expect(parseQuery('x'.repeat(5000), 'en').problem).toBe(null);
    expect(parseQuery('2022', 'en')).toMatchObject({ prefix: '2022' });
    expect(parseQuery('a b c d e f g h i j k l m n o p q r s t u v', 'en').problem).toBe('too-short');
  });
  it('folds the query like the index: "eliyev" for Əliyev', () => {
    expect(parseQuery('ƏLİYEV ', 'az')).toMatchObject({ terms: ['eliyev'], prefix: null });
    expect(parseQuery('ƏLİY', 'az')).toMatchObject({ terms: [], prefix: 'eliy' });
    expect(parseQuery('посольств', 'ru').prefix).toBe('посольс');
  });
});

describe('highlight', () => {
  const text =
    'Moscow has expressed “sincere regret” over the damage caused to Azerbaijan’s embassy in Kyiv during the strikes.';
  it('marks the matching words of the original text', () => {
    const segs = highlight(text, parseQuery('embassy kyiv', 'en'), 'en');
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['embassy', 'Kyiv']);
    expect(segs.map((s) => s.text).join('')).toContain('Azerbaijan’s embassy in Kyiv');
  });
  it('cuts long texts around the matches with ellipses', () => {
    const long = `${'filler '.repeat(100)}the Iskander missile landed ${'more '.repeat(100)}`;
    const segs = highlight(long, parseQuery('iskander', 'en'), 'en', 20);
    const joined = segs.map((s) => s.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(segs.find((s) => s.mark)?.text).toBe('Iskander');
  });
});

describe('stem', () => {
  it('stems each word of a pack once, however many texts it appears in, with the same results', () => {
    const seen: string[] = [];
    const pack = {
      ...genericPack('xx'),
      stem: (w: string) => (seen.push(w), w.replace(/s$/, '')),
    };
    const q = parseQuery('boats ', pack);
    expect(q.terms).toEqual(['boat']);
    for (let i = 0; i < 3; i++)
      expect(highlight('Boats and more boats', q, pack).filter((x) => x.mark)).toHaveLength(2);
    expect(seen.filter((w) => w === 'boats')).toHaveLength(1);
    expect(stem('boats', pack)).toBe('boat');
    for (let i = 0; i < 2; i++) expect(stem('elections', 'en')).toBe(packFor('en').stem('elections'));
  });
});

describe('folderFor', () => {
  it('folds exactly as unit by unit: every UTF-16 code unit, alone and among ASCII and other letters', () => {
    const reference = unitFolder(languages);
    // Compared without an expect() per text (196,608 of them took over 30 s on a busy machine).
    const differing: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      for (const text of [c, `Ab${c}İz`, `x${c}${c}Q`])
        if (fold(text) !== reference(text)) differing.push(`U+${u.toString(16)} in ${JSON.stringify(text)}`);
    }
    expect(differing).toEqual([]);
    for (const text of ['Əliyev İlham ŞUŞA', 'Ёлка ЁЛКА', 'Straße ØRSTED', 'K for Kelvin', '𐐀𐐨 astral', '']) {
      expect(fold(text)).toBe(reference(text));
      expect(fold(text)).toHaveLength(text.length);
    }
  });
  it('folds by unit when a pack folds an ASCII letter to something other than its lower case', () => {
    const odd = { searchFolds: { Q: 'k' } };
    expect(folderFor(odd)('Quiz é')).toBe(unitFolder(odd)('Quiz é'));
    expect(folderFor(odd)('Quiz é')).toBe('kuiz e');
  });
});
