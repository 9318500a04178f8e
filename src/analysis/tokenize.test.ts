import { describe, expect, it } from 'vitest';
import { sentenceAt, tokenAtOrAfter, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  const body =
    'Mr. Keller arrived in Vienna at 9 a.m. when talks began. Austria’s envoy left.\n\nThe Azerbaijan-Armenia talks resumed. News.Az reported it.';
  const model = tokenize(body, 'en');

  it('splits paragraphs with offsets into the body', () => {
    expect(model.paragraphs).toHaveLength(2);
    const [p1, p2] = model.paragraphs;
    expect(body.slice(p1?.start, p1?.end)).toBe(
      'Mr. Keller arrived in Vienna at 9 a.m. when talks began. Austria’s envoy left.',
    );
    expect(body.slice(p2?.start, p2?.end)).toBe('The Azerbaijan-Armenia talks resumed. News.Az reported it.');
  });

  it('splits sentences, not after abbreviations or "a.m." before a lower-case word', () => {
    const texts = model.sentences.map((s) => body.slice(s.start, s.end));
    expect(texts).toEqual([
      'Mr. Keller arrived in Vienna at 9 a.m. when talks began.',
      'Austria’s envoy left.',
      'The Azerbaijan-Armenia talks resumed.',
      'News.Az reported it.',
    ]);
    expect(model.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('ends a sentence after a closing quote', () => {
    const m = tokenize('“We will stay,” she said. “We will not leave.” He nodded.');
    expect(m.sentences.map((s) => m.body.slice(s.start, s.end))).toEqual([
      '“We will stay,” she said.',
      '“We will not leave.”',
      'He nodded.',
    ]);
  });

  it('keeps joined words whole and strips possessives in base', () => {
    const words = model.tokens.map((t) => t.text);
    expect(words).toContain('Azerbaijan-Armenia');
    expect(words).toContain('News.Az');
    const austria = model.tokens.find((t) => t.text === 'Austria’s');
    expect(austria).toMatchObject({ base: 'Austria', lower: 'austria', possessive: true, cap: true });
    expect(body.slice(austria?.start, austria?.end)).toBe('Austria’s');
  });

  it('lower-cases Azerbaijani with Azerbaijani rules', () => {
    const m = tokenize('İrəvan və Bakı', 'az');
    expect(m.tokens.map((t) => t.lower)).toEqual(['irəvan', 'və', 'bakı']);
  });

  it('finds tokens and sentences by offset', () => {
    const at = tokenAtOrAfter(model.tokens, body.indexOf('Vienna'));
    expect(model.tokens[at]?.text).toBe('Vienna');
    expect(sentenceAt(model, body.indexOf('envoy'))?.index).toBe(1);
  });
});
