import { describe, expect, it } from 'vitest';
import { instantFromZonedInput, wallClock, zonedInputValue } from './zoned.ts';

describe('wall-clock times in the site’s zone', () => {
  it('shows an instant as the site’s clock reads it, whatever the machine’s zone', () => {
    const instant = new Date('2025-11-21T10:05:30Z');
    expect(zonedInputValue(instant, 'Asia/Baku')).toBe('2025-11-21T14:05');
    expect(zonedInputValue(instant, 'America/New_York')).toBe('2025-11-21T05:05');
    expect(wallClock(instant, 'UTC')).toEqual({
      year: 2025,
      month: 11,
      day: 21,
      hour: 10,
      minute: 5,
      second: 30,
    });
  });

  it('reads an input value as a time in the site’s zone, across clock changes', () => {
    expect(instantFromZonedInput('2025-11-21T14:05', 'Asia/Baku')?.toISOString()).toBe(
      '2025-11-21T10:05:00.000Z',
    );
    expect(instantFromZonedInput('2025-11-21T14:05:09', 'UTC')?.toISOString()).toBe(
      '2025-11-21T14:05:09.000Z',
    );
    // Summer and winter in New York: four and five hours behind UTC.
    expect(instantFromZonedInput('2025-07-01T12:00', 'America/New_York')?.toISOString()).toBe(
      '2025-07-01T16:00:00.000Z',
    );
    expect(instantFromZonedInput('2025-12-01T12:00', 'America/New_York')?.toISOString()).toBe(
      '2025-12-01T17:00:00.000Z',
    );
    // 02:30 on 9 March 2025 never happened in New York: it reads as the time after the jump.
    expect(instantFromZonedInput('2025-03-09T02:30', 'America/New_York')?.toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    // 01:30 on 2 November 2025 happened twice in New York: the first time (still summer time).
    expect(instantFromZonedInput('2025-11-02T01:30', 'America/New_York')?.toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
    expect(instantFromZonedInput('', 'UTC')).toBeNull();
    expect(instantFromZonedInput('21.11.2025 14:05', 'UTC')).toBeNull();
  });
});
