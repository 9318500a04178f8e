import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';

/** Intl locale used to format dates for a content language (en reads "21 November 2025"). */
const dateLocales: Record<string, string> = { en: 'en-GB', az: 'az', ru: 'ru' };
export const dateLocaleFor = (language: string): string => dateLocales[language] ?? language;

/** ISO 8601 with the offset of the site's time zone, for `<time datetime>` and feeds. */
export function isoInZone(date: Date, timeZone: string): string {
  return formatISO(new TZDate(date, timeZone));
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDateInZone(date: Date, timeZone: string): string {
  return isoInZone(date, timeZone).slice(0, 10);
}

/** "21 November 2025", "21 noyabr 2025", "21 ноября 2025": day month year, no era suffix. */
export function formatLongDate(date: Date, language: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(dateLocaleFor(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).formatToParts(date);
  // Russian appends " г." (year abbreviation) which newspapers omit in datelines.
  return parts
    .filter((p, i) => !(p.type === 'literal' && i === parts.length - 1))
    .map((p) => p.value)
    .join('')
    .trim();
}

export function formatTime(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocaleFor(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
}

/** "21 November 2025, 14:05" for "Updated …" lines. */
export function formatDateTime(date: Date, language: string, timeZone: string): string {
  return `${formatLongDate(date, language, timeZone)}, ${formatTime(date, language, timeZone)}`;
}

/** The instant a local wall-clock time in a time zone denotes (e.g. 2025-11-21 12:00 in Asia/Baku). */
export function zonedTimeToInstant(
  y: number,
  month: number,
  d: number,
  h: number,
  min: number,
  timeZone: string,
): Date {
  return new Date(new TZDate(y, month - 1, d, h, min, 0, 0, timeZone).getTime());
}
