import { describe, expect, it } from 'vitest';
import { normaliseText, signature, similarity, NEAR_DUPLICATE } from './similarity.ts';

const story =
  'The harbour authority said on Friday that the northern pier will stay closed for repairs until the end of the month, after a storm damaged its wooden deck and two mooring posts.';

describe('near-duplicate signatures', () => {
  it('folds case, accents and punctuation', () => {
    expect(normaliseText('Şəhər, “Bakı”!  Park')).toBe('səhər bakı park');
  });

  it('finds a lightly edited rewrite similar and an unrelated story not', () => {
    const rewrite = story.replace('on Friday', 'on Friday morning').replace('two mooring posts', 'two posts');
    const other =
      'Farmers in the valley expect a late harvest this year because the spring was cold and the summer rains came weeks after the usual time.';
    expect(similarity(signature(story), signature(story))).toBe(1);
    expect(similarity(signature(story), signature(rewrite))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(similarity(signature(story), signature(other))).toBeLessThan(0.2);
  });

  it('says 0 for signatures that cannot be compared', () => {
    expect(similarity([], [])).toBe(0);
  });
});
