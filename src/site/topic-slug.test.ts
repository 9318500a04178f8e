import { describe, expect, it } from 'vitest';
import { slugify } from '../lib/slug.ts';
import { topicSlug } from './topic-slug.ts';

describe('topicSlug', () => {
  it('is slugify, asked once or many times, in any script', () => {
    const names = ['Mikhail Galuzin', 'Михаил Галузин', 'Ceyhun Bayramov', 'Kyiv', 'Ölkə Şəhər', ''];
    for (let round = 0; round < 3; round++)
      for (const name of names) expect(topicSlug(name)).toBe(slugify(name));
    expect(topicSlug('Михаил Галузин')).toBe('mikhail-galuzin');
  });

  it('stays right past its bound (it forgets, never answers for another name)', () => {
    for (let i = 0; i < 5100; i++) expect(topicSlug(`Name ${String(i)}`)).toBe(`name-${String(i)}`);
    expect(topicSlug('Name 3')).toBe('name-3');
  });
});
