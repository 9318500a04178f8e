import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const now = new Date('2025-11-21T15:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

describe('relativeTime', () => {
  it('says how long ago in the page’s language', () => {
    expect(relativeTime(ago(12 * MIN), now, 'en')).toBe('12 minutes ago');
    expect(relativeTime(ago(12 * MIN), now, 'ru')).toBe('12 минут назад');
    expect(relativeTime(ago(12 * MIN), now, 'az')).toBe('12 dəqiqə öncə');
    expect(relativeTime(ago(3 * 60 * MIN + 5 * MIN), now, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(20_000), now, 'en')).toBe('now');
  });

  it('gives way to the absolute time from a day on, and for the future', () => {
    expect(relativeTime(ago(24 * 60 * MIN - 1), now, 'en')).toBe('23 hours ago');
    expect(relativeTime(ago(24 * 60 * MIN), now, 'en')).toBeNull();
    expect(relativeTime(ago(-5 * MIN), now, 'en')).toBeNull();
  });
});
