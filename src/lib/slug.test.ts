import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it('makes the seed headline readable ASCII', () => {
    expect(slugify("Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv")).toBe(
      'moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv',
    );
    expect(slugify('Moscow expresses regret over damage to Azerbaijan’s embassy')).toBe(
      'moscow-expresses-regret-over-damage-to-azerbaijans-embassy',
    );
  });
  it('transliterates Azerbaijani letters the Azerbaijani way', () => {
    expect(slugify('Əliyev Şuşada çıxış etdi: İlham, Ağdam, Göygöl, Üzüm')).toBe(
      'eliyev-susada-cixis-etdi-ilham-agdam-goygol-uzum',
    );
  });
  it('transliterates Russian Cyrillic', () => {
    expect(slugify('Москва выразила сожаление, ёлка')).toBe('moskva-vyrazila-sozhalenie-yolka');
  });
  it('keeps slugs short and cut at a word', () => {
    const s = slugify('word '.repeat(60));
    expect(s.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(s.endsWith('-')).toBe(false);
    expect(s.split('-').every((w) => w === 'word')).toBe(true);
  });
  it('gives an empty slug for text without letters', () => {
    expect(slugify('!!! …')).toBe('');
  });
});

describe('uniqueSlug', () => {
  it('numbers taken slugs', async () => {
    const taken = new Set(['a', 'a-2']);
    expect(await uniqueSlug('a', async (s) => taken.has(s))).toBe('a-3');
    expect(await uniqueSlug('b', async (s) => taken.has(s))).toBe('b');
  });
});
