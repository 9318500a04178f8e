import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { findSourceCitations, headlineFromText, parseTextArticle } from './parse-text-article.ts';

const seed = readFileSync(new URL('../../../test/fixtures/seed-article.txt', import.meta.url), 'utf8');

function errorOf(text: string): AppError {
  try {
    parseTextArticle(text);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a parse error');
}

describe('parseTextArticle on the seed', () => {
  const parsed = parseTextArticle(seed);

  it('reads the date from the first line and drops the page chrome', () => {
    expect(parsed.date).toEqual({ year: 2025, month: 11, day: 21, hour: null, minute: null });
    expect(parsed.droppedChrome).toBe('+ ↺ − 16 px');
  });

  it('splits the body into its six paragraphs, typographic quotes kept as written', () => {
    expect(parsed.paragraphs).toHaveLength(6);
    expect(parsed.paragraphs[0]).toMatch(/^Moscow has expressed “sincere regret” over the damage/);
    expect(parsed.paragraphs[2]).toContain('the alleged ‘targeted nature of missile strikes’');
    expect(parsed.paragraphs.join('\n')).not.toContain('16 px');
    expect(parsed.paragraphs.join('\n')).not.toMatch(/^News\.Az$/m);
  });

  it('takes the last line as the publisher and records the citation', () => {
    expect(parsed.publisher).toBe('News.Az');
    expect(parsed.sources).toEqual([{ outlet: 'News.Az', citing: 'Azerbaijani media', url: null }]);
  });

  it('finds no headline line in the seed (its first block is a paragraph)', () => {
    expect(parsed.headline).toBeNull();
  });
});

describe('parseTextArticle shapes', () => {
  it('accepts CRLF, a BOM, a time, a headline line and wrapped paragraph lines', () => {
    const p = parseTextArticle(
      '\uFEFFdate 2025-11-20 09:45\r\n\r\nCaspian ferry line reopens after storm\r\n\r\nThe ferry line resumed\r\nservice on Thursday.\r\n\r\nSecond paragraph.\r\n\r\nCaspian Wire\r\n',
    );
    expect(p.date).toEqual({ year: 2025, month: 11, day: 20, hour: 9, minute: 45 });
    expect(p.headline).toBe('Caspian ferry line reopens after storm');
    expect(p.paragraphs).toEqual(['The ferry line resumed service on Thursday.', 'Second paragraph.']);
    expect(p.publisher).toBe('Caspian Wire');
  });

  it('names line 1 when the date is missing', () => {
    const e = errorOf('Moscow said something.\n\nMore.\n\nNews.Az\n');
    expect(e.code).toBe('IMPORT_MALFORMED');
    expect(e.message).toMatch(/^line 1: expected the publication date/);
  });

  it('names the line of an impossible date', () => {
    const e = errorOf('\n\ndate 2025-02-30\n\nText.\n\nNews.Az\n');
    expect(e.message).toBe('line 3: "2025-02-30" is not a calendar date');
    expect(e.issues).toEqual([{ field: 'line 3', message: '"2025-02-30" is not a calendar date' }]);
  });

  it('names the last line when it is not a publisher', () => {
    const e = errorOf('date 2025-11-21\n\nFirst paragraph.\n\nThe last paragraph ends with a period.\n');
    expect(e.message).toMatch(/^line 5: expected the publisher's name alone on the last line/);
  });

  it('rejects an empty file and a file with a date only', () => {
    expect(errorOf('').message).toBe('line 1: the file is empty');
    expect(errorOf('  \n\n').message).toBe('line 1: the file is empty');
    expect(errorOf('date 2025-11-21\n').message).toBe('line 1: no article text after the date line');
  });

  it('requires a blank line after the date line', () => {
    expect(errorOf('date 2025-11-21\nText right below.\n\nNews.Az').message).toBe(
      'line 2: expected a blank line after the date line',
    );
  });

  it('rejects an impossible time', () => {
    expect(errorOf('date 2025-11-21 25:10\n\nText.\n\nNews.Az').message).toBe(
      'line 1: "25:10" is not a time of day',
    );
  });
});

describe('findSourceCitations', () => {
  it('reads English, Russian and Azerbaijani citation phrases', () => {
    expect(
      findSourceCitations(['The talks resumed, Caspian Wire reports, citing the Energy Ministry.']),
    ).toEqual([{ outlet: 'Caspian Wire', citing: 'the Energy Ministry', url: null }]);
    expect(
      findSourceCitations(['Переговоры возобновились, News.Az сообщает со ссылкой на азербайджанские СМИ.']),
    ).toEqual([{ outlet: 'News.Az', citing: 'азербайджанские СМИ', url: null }]);
    expect(
      findSourceCitations(['Danışıqlar bərpa olunub, News.Az Azərbaycan mediasına istinadən xəbər verir.']),
    ).toEqual([{ outlet: 'News.Az', citing: 'Azərbaycan mediasına', url: null }]);
  });
  it('finds nothing in plain prose', () => {
    expect(findSourceCitations(['The minister reported progress, citing no figures'])).toEqual([]);
  });
});

describe('headlineFromText', () => {
  it('takes the first sentence and cuts long ones at a word', () => {
    expect(headlineFromText('Short first sentence. Then more.')).toBe('Short first sentence');
    const long = headlineFromText(`${'word '.repeat(40)}end.`, 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('…')).toBe(true);
  });
});
