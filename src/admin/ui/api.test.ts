import { describe, expect, it } from 'vitest';
import { retryAfterOf } from './api.ts';

describe('Retry-After', () => {
  it('reads seconds or an HTTP date, and nothing else', () => {
    expect(retryAfterOf('7')).toBe(7);
    expect(retryAfterOf(' 30 ')).toBe(30);
    const now = Date.parse('2025-11-21T08:00:00Z');
    expect(retryAfterOf('Fri, 21 Nov 2025 08:00:42 GMT', now)).toBe(42);
    expect(retryAfterOf('Fri, 21 Nov 2025 07:00:00 GMT', now)).toBe(0);
    expect(retryAfterOf(null)).toBeNull();
    expect(retryAfterOf('soon')).toBeNull();
  });
});
