import { describe, expect, it } from 'vitest';
import { findBadText, jsonDepth, parseForm, textProblem } from './input.ts';

describe('input checks', () => {
  it('measures JSON nesting, not brackets inside strings (escaped quotes included)', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[{{{"}')).toBe(1);
    expect(jsonDepth('{"a":"say \\"[[[\\" and \\\\","b":[[1]]}')).toBe(3);
  });

  it('names the first bad string by its path, keys included', () => {
    expect(findBadText({ a: [{ b: 'fine' }, { c: 'x\u0000' }] }, '')).toEqual({
      field: 'a.1.c',
      message: 'must not contain NUL characters',
    });
    expect(findBadText({ a: { ['k\ud800']: 1 } }, '')).toMatchObject({ field: 'a', message: /^keys/ });
    expect(findBadText('\udfff', '')).toMatchObject({ field: 'body' });
    expect(findBadText({ ok: 'Bakı 🕊️', n: 1, t: true, z: null }, '')).toBeNull();
  });

  it('tells NUL from lone surrogates and lets surrogate pairs through', () => {
    expect(textProblem('a\u0000')).toMatch(/NUL/);
    expect(textProblem('a\ud83d')).toMatch(/surrogate/);
    expect(textProblem('\ud83d\udd4a')).toBeNull();
  });

  it('reads forms strictly: + as space, repeated keys as a list, bad escapes refused with the field', () => {
    expect(parseForm('a=1+2&b=%C3%A9&b=x&c')).toEqual({ a: '1 2', b: ['é', 'x'], c: '' });
    expect(() => parseForm('name=%E2%82')).toThrow(/name: must be valid percent-encoded UTF-8/);
    expect(() => parseForm('name=a%00')).toThrow(/name: must not contain NUL/);
    expect(() => parseForm('na%00me=a')).toThrow(/keys must not contain NUL/);
  });
});
