import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { itemAt } from './item-at.ts';
import { tokenize, writtenToBase } from './tokenize.ts';

describe('itemAt', () => {
  it('returns the item at an index inside the list, null included', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
    expect(itemAt([null, 'x'], 0)).toBeNull();
  });

  it('throws an INTERNAL catalog error outside the list', () => {
    expect(() => itemAt(['a'], 1)).toThrow(AppError);
    expect(() => itemAt(['a'], -1)).toThrow(/no item at -1 of 1/);
  });
});

describe('writtenToBase', () => {
  it('keeps the words as written and puts the last one in its base form', () => {
    const model = tokenize('Officials at the Ministry of Finance’s office spoke.');
    const first = model.tokens.findIndex((t) => t.text === 'Ministry');
    const last = model.tokens.findIndex((t) => t.base === 'Finance');
    expect(writtenToBase(model.body, model.tokens, first, last)).toBe('Ministry of Finance');
  });
});
