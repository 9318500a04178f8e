import { describe, expect, it } from 'vitest';
import { SLOT, withSlot } from './message-slot.ts';

describe('markup inside a translated message', () => {
  it('stands where the placeholder stood, the text around it kept', () => {
    expect(withSlot(`Two-factor sign-in is on since ${SLOT}.`, 'DATE')).toEqual([
      'Two-factor sign-in is on since ',
      'DATE',
      '.',
    ]);
    expect(withSlot(`${SLOT} wrote this`, 'NAMES')).toEqual(['', 'NAMES', ' wrote this']);
  });

  it('still shows after a message that lacks the placeholder', () => {
    expect(withSlot('By the newsroom', 'NAMES')).toEqual(['By the newsroom', 'NAMES']);
  });
});
