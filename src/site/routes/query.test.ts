import { describe, expect, it } from 'vitest';
import { listingPage, searchQuery, switchQuery } from './query.ts';

describe('listing ?page=', () => {
  it('is page 1 when absent and the number when it is a plain positive whole number', () => {
    expect(listingPage({})).toBe(1);
    expect(listingPage({ page: '1' })).toBe(1);
    expect(listingPage({ page: '42' })).toBe(42);
    expect(listingPage({ page: '999999' })).toBe(999999);
  });

  it('is null (the handler answers 404) for anything else, a repeated key included', () => {
    for (const page of ['', '0', '-1', '01', '1.5', '1e3', ' 2', 'two', '1234567', ['1', '2']])
      expect(listingPage({ page }), JSON.stringify(page)).toBeNull();
  });

  it('ignores other keys', () => {
    expect(listingPage({ page: '3', utm_source: 'x' })).toBe(3);
  });
});

describe('search form', () => {
  it('keeps what the reader typed, empty for absent or repeated fields', () => {
    expect(searchQuery.parse({ q: 'Bakı  ', section: 'world', to: ['a', 'b'] })).toEqual({
      q: 'Bakı  ',
      section: 'world',
      from: '',
      to: '',
      page: 1,
    });
  });

  it('reads a bad page number as page 1, never as an error', () => {
    expect(searchQuery.parse({ page: '3' }).page).toBe(3);
    for (const page of [undefined, '0', 'x', ['2', '3']]) expect(searchQuery.parse({ page }).page).toBe(1);
  });
});

describe('language switch ?to=', () => {
  it('is the text given, or undefined when absent or repeated', () => {
    expect(switchQuery.parse({ to: '/en/world/' }).to).toBe('/en/world/');
    expect(switchQuery.parse({}).to).toBeUndefined();
    expect(switchQuery.parse({ to: ['/en/a', '/en/b'] }).to).toBeUndefined();
  });
});
