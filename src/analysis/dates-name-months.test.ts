/**
 * Month words inside names (issue 13, events): "Park Min Jun", "Theresa May" are people, not June
 * and May. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { tokenize } from './tokenize.ts';

const isos = (text: string, published = '2026-03-04') =>
  findDates(tokenize(text, 'en'), published).map((d) => [d.expression, d.iso]);

describe('a month word after a capitalised name word', () => {
  it('is part of the name', () => {
    expect(isos('His deputy, Kim Seo Jun, signed the deal on Monday.')).toEqual([
      ['on Monday', '2026-03-02'],
    ]);
    expect(isos('The envoy met Lee Ha Jun in the capital.')).toEqual([]);
    expect(isos('The former premier Theresa May spoke at the forum.')).toEqual([]);
  });

  it('stays a month after a function word or opening a sentence', () => {
    expect(isos('Since May, prices have risen by a tenth.')).toEqual([['May', '2025-05']]);
    expect(isos('The plant closed in June for repairs.')).toEqual([['June', '2025-06']]);
  });
});
