import { describe, expect, it } from 'vitest';
import { archiveSpan } from './archive.ts';

describe('archiveSpan', () => {
  it('spans a day, a month or a year from local midnight in the time zone', () => {
    const day = archiveSpan(['2025', '11', '21'], 'Asia/Baku');
    expect(day).toMatchObject({ year: 2025, month: 11, day: 21 });
    expect(day!.from.toISOString()).toBe('2025-11-20T20:00:00.000Z');
    expect(day!.until.toISOString()).toBe('2025-11-21T20:00:00.000Z');
    const month = archiveSpan(['2025', '12'], 'UTC');
    expect(month!.from.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(month!.until.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const year = archiveSpan(['2024'], 'UTC');
    expect(year).toMatchObject({ month: undefined, day: undefined });
    expect(year!.until.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('refuses dates that do not exist or are out of range', () => {
    for (const parts of [
      ['1899'],
      ['2201'],
      ['2025', '13'],
      ['2025', '00'],
      ['2025', '02', '30'],
      ['2025', '1'],
      ['25'],
    ])
      expect(archiveSpan(parts, 'UTC'), parts.join('/')).toBeNull();
    expect(archiveSpan(['2024', '02', '29'], 'UTC')).not.toBeNull();
  });
});
