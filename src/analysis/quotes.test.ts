import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes.ts';
import { tokenize } from './tokenize.ts';

function run(text: string, language = 'en') {
  return findQuotes(tokenize(text, language)).map((q) => ({
    text: text.slice(q.start, q.end),
    kind: q.kind,
    depth: q.depth,
    marker: q.marker,
  }));
}

describe('quotes', () => {
  it('finds curly quotes and classifies full and partial ones', () => {
    const text =
      '“We will not back down,” Foreign Minister Anna Keller said on Tuesday, calling the plan “a dead end.”';
    expect(run(text)).toEqual([
      { text: 'We will not back down,', kind: 'full', depth: 0, marker: null },
      { text: 'a dead end.', kind: 'partial', depth: 0, marker: null },
    ]);
  });

  it('gives offsets inside the marks', () => {
    const text = 'She said: “Enough.”';
    const [q] = findQuotes(tokenize(text));
    expect(q).toMatchObject({ start: 11, end: 18, openAt: 10, closeAt: 18, kind: 'full' });
  });

  it('pairs straight quotes', () => {
    expect(run('"We are ready," he said. Critics called it "too little."')).toEqual([
      { text: 'We are ready,', kind: 'full', depth: 0, marker: null },
      { text: 'too little.', kind: 'partial', depth: 0, marker: null },
    ]);
  });

  it('finds single quotes nested in double ones, ignoring apostrophes', () => {
    expect(run('“Reports of Georgia’s ‘secret deal’ are false,” she said.')).toEqual([
      { text: 'Reports of Georgia’s ‘secret deal’ are false,', kind: 'full', depth: 0, marker: null },
      { text: 'secret deal', kind: 'nested', depth: 1, marker: null },
    ]);
  });

  it('marks scare-quoted terms after so-called and similar words', () => {
    expect(run('He condemned the so-called “peace corridor” and what was dubbed “Plan B”.')).toEqual([
      { text: 'peace corridor', kind: 'term', depth: 0, marker: 'the so-called' },
      { text: 'Plan B', kind: 'term', depth: 0, marker: 'dubbed' },
    ]);
  });

  it('reads Russian guillemets with low-high quotes inside', () => {
    expect(run('«Мы отвергаем так называемый „план мира“», — заявил министр.', 'ru')).toEqual([
      { text: 'Мы отвергаем так называемый „план мира“', kind: 'full', depth: 0, marker: null },
      { text: 'план мира', kind: 'nested', depth: 1, marker: null },
    ]);
    expect(run('Он назвал это „ошибкой“.', 'ru')).toEqual([
      { text: 'ошибкой', kind: 'partial', depth: 0, marker: null },
    ]);
  });

  it('follows a quotation over paragraphs when the opening mark repeats', () => {
    const text = '“We will rebuild the bridge.\n\n“We will open it by spring,” the mayor said.\n\nShe left.';
    const [q] = findQuotes(tokenize(text));
    expect(q?.segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'We will rebuild the bridge.',
      'We will open it by spring,',
    ]);
    expect(text.slice(q?.start, q?.end)).toBe('We will rebuild the bridge.\n\n“We will open it by spring,');
    expect(findQuotes(tokenize(text))).toHaveLength(1);
  });

  it('does the same with straight quotes', () => {
    const text = '"First paragraph.\n\n"Second paragraph," he said.';
    const qs = findQuotes(tokenize(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.segments).toHaveLength(2);
  });

  it('drops a quote left open at the end of a paragraph that does not run on', () => {
    expect(run('He said “this never closes.\n\nNew paragraph.')).toEqual([]);
  });

  it('closes a straight opening mark with a curly one, and the reverse', () => {
    expect(run('"We are ready,” she said. “We will wait," he said.').map((q) => q.text)).toEqual([
      'We are ready,',
      'We will wait,',
    ]);
  });

  it('follows a quotation over paragraphs reopened with another mark of its family', () => {
    const text = '“We will rebuild the bridge.\n\n"We will open it by spring,” the mayor said.';
    const qs = findQuotes(tokenize(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'We will rebuild the bridge.',
      'We will open it by spring,',
    ]);
  });

  it('nests guillemets in guillemets and reads a term marked after it', () => {
    expect(run('«Он ответил «нет» и ушёл», — сказал министр.', 'ru')).toEqual([
      { text: 'Он ответил «нет» и ушёл', kind: 'full', depth: 0, marker: null },
      { text: 'нет', kind: 'nested', depth: 1, marker: null },
    ]);
    expect(run('Bu “yeni arxitektura” adlandırılan modeldir.', 'az')[0]).toMatchObject({
      kind: 'term',
      marker: 'adlandırılan',
    });
  });

  it('nests a straight quote in a straight quote only where an opening mark stands', () => {
    expect(run('"Yük "Şimal-Cənub" dəhlizi ilə gedir", - deyə o bildirib.', 'az')).toEqual([
      { text: 'Yük "Şimal-Cənub" dəhlizi ilə gedir', kind: 'full', depth: 0, marker: null },
      { text: 'Şimal-Cənub', kind: 'nested', depth: 1, marker: null },
    ]);
    // A mark after a word closes the quotation; it opens nothing.
    expect(run('"Hazırıq", dedi. Sonra "bəli" dedi.', 'az').map((q) => q.text)).toEqual(['Hazırıq', 'bəli']);
  });
});
