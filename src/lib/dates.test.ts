import { describe, expect, it } from 'vitest';
import {
  calendarDateInZone,
  formatDateTime,
  formatLongDate,
  isoInZone,
  zonedTimeToInstant,
} from './dates.ts';

const noonBaku = new Date('2025-11-21T08:00:00Z');

describe('dates', () => {
  it('formats the long date per language, without the Russian year suffix', () => {
    expect(formatLongDate(noonBaku, 'en', 'Asia/Baku')).toBe('21 November 2025');
    expect(formatLongDate(noonBaku, 'az', 'Asia/Baku')).toBe('21 noyabr 2025');
    expect(formatLongDate(noonBaku, 'ru', 'Asia/Baku')).toBe('21 ноября 2025');
  });
  it('writes ISO 8601 with the zone offset', () => {
    expect(isoInZone(noonBaku, 'Asia/Baku')).toBe('2025-11-21T12:00:00+04:00');
    expect(isoInZone(noonBaku, 'UTC')).toBe('2025-11-21T08:00:00Z');
    expect(isoInZone(new Date('2025-07-01T12:30:05Z'), 'America/New_York')).toBe('2025-07-01T08:30:05-04:00');
    expect(isoInZone(new Date('2025-11-20T23:59:59Z'), 'Asia/Kolkata')).toBe('2025-11-21T05:29:59+05:30');
  });
  it('takes the calendar day in the site zone, not UTC', () => {
    const lateUtc = new Date('2025-11-20T21:30:00Z');
    expect(calendarDateInZone(lateUtc, 'Asia/Baku')).toBe('2025-11-21');
    expect(calendarDateInZone(lateUtc, 'UTC')).toBe('2025-11-20');
  });
  it('turns a local wall-clock time into the right instant', () => {
    expect(zonedTimeToInstant(2025, 11, 21, 12, 0, 'Asia/Baku').toISOString()).toBe(
      '2025-11-21T08:00:00.000Z',
    );
    expect(zonedTimeToInstant(2025, 7, 1, 9, 30, 'Europe/Berlin').toISOString()).toBe(
      '2025-07-01T07:30:00.000Z',
    );
  });
  it('formats date and time for "Updated" lines on a 24-hour clock', () => {
    expect(formatDateTime(new Date('2025-11-22T10:05:00Z'), 'en', 'Asia/Baku')).toBe(
      '22 November 2025, 14:05',
    );
  });
  it('keeps remembered results apart per zone and language, also past the memo bound', () => {
    // Alternate zones and languages for one instant: a memo keyed too loosely would repeat one.
    for (let round = 0; round < 2; round++) {
      expect(isoInZone(noonBaku, 'Asia/Baku')).toBe('2025-11-21T12:00:00+04:00');
      expect(isoInZone(noonBaku, 'UTC')).toBe('2025-11-21T08:00:00Z');
      expect(formatLongDate(noonBaku, 'ru', 'Asia/Baku')).toBe('21 ноября 2025');
      expect(formatLongDate(noonBaku, 'en', 'Asia/Baku')).toBe('21 November 2025');
      expect(formatLongDate(new Date('2025-11-21T21:00:00Z'), 'en', 'Asia/Baku')).toBe('22 November 2025');
      expect(formatLongDate(new Date('2025-11-21T21:00:00Z'), 'en', 'UTC')).toBe('21 November 2025');
    }
    // More distinct instants than the memo holds: each still formats as itself.
    const start = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 5000; i++) {
      const d = new Date(start + i * 3_600_000);
      expect(isoInZone(d, 'UTC')).toBe(d.toISOString().replace('.000Z', 'Z'));
    }
    expect(isoInZone(noonBaku, 'Asia/Baku')).toBe('2025-11-21T12:00:00+04:00');
  });
});
