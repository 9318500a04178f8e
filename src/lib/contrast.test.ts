import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio, luminance } from './contrast.ts';

describe('contrastRatio', () => {
  it('gives the WCAG figures: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#a4161a', '#a4161a')).toBe(1);
    // Order does not matter.
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
  });

  it('puts #767676 just over AA on white and #777777 just under', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_TEXT);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow(/not a #rrggbb colour: red/);
    expect(() => luminance('#fff')).toThrow();
  });
});
