import { describe, expect, it } from 'vitest';
import { sectionCreate } from './taxonomy-changes.ts';

describe('section and tag input', () => {
  it('refuses a slug longer than the 100 characters it is stored in, naming the field', () => {
    const ok = sectionCreate.safeParse({ slug: 'a'.repeat(100), name: 'World', names: {} });
    expect(ok.success).toBe(true);
    const long = sectionCreate.safeParse({ slug: 'a'.repeat(101), name: 'World', names: {} });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]).toMatchObject({
      path: ['slug'],
      message: 'must be at most 100 characters',
    });
  });
});
