import { describe, expect, it } from 'vitest';
import { safeBody, type Block } from '../../domain/body.ts';
import { BodyMemo } from './body-memo.ts';

const json = (text: string, href = 'https://example.org/') =>
  JSON.stringify([{ type: 'paragraph', content: [{ text, href }] }]);

describe('BodyMemo', () => {
  it('gives the same frozen blocks for the same text, and new ones for another text', () => {
    const memo = new BodyMemo();
    const a = memo.parse(json('One.'));
    expect(memo.parse(json('One.'))).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    const b = memo.parse(json('Two.'));
    expect(b).not.toBe(a);
    expect(b).toEqual([{ type: 'paragraph', content: [{ text: 'Two.', href: 'https://example.org/' }] }]);
  });

  it('forgets the least recently used text beyond its bound in bytes', () => {
    const one = json('A.');
    // Room for two bodies of this size, not three.
    const memo = new BodyMemo(2 * 6 * one.length + 1);
    const a = memo.parse(json('A.'));
    const b = memo.parse(json('B.'));
    expect(memo.parse(json('A.'))).toBe(a);
    memo.parse(json('C.'));
    expect(memo.bytes).toBeLessThanOrEqual(2 * 6 * one.length + 1);
    expect(memo.parse(json('A.'))).toBe(a);
    expect(memo.parse(json('B.'))).not.toBe(b);
    // A body larger than the whole bound is parsed (frozen) but never kept.
    const big = json('x'.repeat(100));
    const first = memo.parse(big);
    expect(Object.isFrozen(first)).toBe(true);
    expect(memo.parse(big)).not.toBe(first);
    expect(memo.parse(json('A.'))).toBe(a);
  });

  it("lets safeBody's pass over a shared body be made once, with the same result as a fresh pass", () => {
    const memo = new BodyMemo();
    const text = json('Click', 'javascript:alert(1)');
    const shared = memo.parse(text);
    const safe = safeBody(shared);
    expect(safeBody(shared)).toBe(safe);
    expect(safeBody(safe)).toBe(safe);
    expect(Object.isFrozen(safe[0])).toBe(true);
    expect(safe).toEqual(safeBody(JSON.parse(text) as Block[]));
    expect(safe).toEqual([{ type: 'paragraph', content: [{ text: 'Click' }] }]);
  });
});
