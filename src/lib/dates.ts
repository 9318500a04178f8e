import { TZDate } from '@date-fns/tz';
import { packOf, type LanguageLike } from '../languages/index.ts';

/** Intl locale used to format dates for a content language (en reads "21 November 2025"). */
export const dateLocaleFor = (language: LanguageLike): string => packOf(language).locales.date;

/**
 * Intl formatters are costly to build and pages format many dates: keep one per shape. Shapes are
 * the module's constant option objects, so they key by identity (no JSON.stringify per call).
 */
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let byZone = formatters.get(options);
  if (!byZone) {
    byZone = new Map();
    formatters.set(options, byZone);
  }
  const key = `${locale}|${timeZone}`;
  let f = byZone.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    byZone.set(key, f);
  }
  return f;
}

/** Bound on each memo of formatted dates; a page shows tens of dates, a site a few thousand. */
const MEMO_LIMIT = 4096;

/**
 * Formatting a date is a pure function of (instant, zone, locale), yet formatToParts costs a few
 * microseconds and an uncached article page formats dozens: remember recent results. Cleared
 * whole when full, which keeps it bounded without bookkeeping per hit.
 */
function memo<T>(): (key: string, make: () => T) => T {
  const known = new Map<string, T>();
  return (key, make) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    if (known.size >= MEMO_LIMIT) known.clear();
    known.set(key, made);
    return made;
  };
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const OFFSET: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
};

/** ISO 8601 with the offset of the site's time zone, for `<time datetime>` and feeds. */
export function isoInZone(date: Date, timeZone: string): string {
  return isoMemo(`${timeZone}|${String(date.getTime())}`, () => formatIso(date, timeZone));
}
const isoMemo = memo<string>();

function formatIso(date: Date, timeZone: string): string {
  const p: Record<string, string> = {};
  for (const part of formatter('en-US', timeZone, OFFSET).formatToParts(date)) p[part.type] = part.value;
  // "GMT+04:00" → "+04:00"; UTC ("GMT" or "GMT+00:00") → "Z", as date-fns and Date.toISOString write it.
  const raw = (p.timeZoneName ?? 'GMT').replace('GMT', '');
  const offset = raw === '' || raw === '+00:00' || raw === '-00:00' ? 'Z' : raw;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDateInZone(date: Date, timeZone: string): string {
  return isoInZone(date, timeZone).slice(0, 10);
}

/** "21 November 2025", "21 noyabr 2025", "21 ноября 2025": day month year, no era suffix. */
export function formatLongDate(date: Date, language: LanguageLike, timeZone: string): string {
  const locale = dateLocaleFor(language);
  return longDateMemo(`${locale}|${timeZone}|${String(date.getTime())}`, () =>
    formatLongDateIn(date, locale, timeZone),
  );
}
const longDateMemo = memo<string>();

function formatLongDateIn(date: Date, locale: string, timeZone: string): string {
  const parts = formatter(locale, timeZone, LONG_DATE).formatToParts(date);
  // Russian appends " г." (year abbreviation) which newspapers omit in datelines.
  return parts
    .filter((p, i) => !(p.type === 'literal' && i === parts.length - 1))
    .map((p) => p.value)
    .join('')
    .trim();
}

export function formatTime(date: Date, language: LanguageLike, timeZone: string): string {
  return formatter(dateLocaleFor(language), timeZone, TIME).format(date);
}

/** "21 November 2025, 14:05" for "Updated …" lines. */
export function formatDateTime(date: Date, language: LanguageLike, timeZone: string): string {
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

/** "November 2025", "noyabr 2025", "ноябрь 2025": a month as a heading (standalone form, no era suffix). */
export function formatMonthYear(year: number, month: number, language: LanguageLike): string {
  const parts = formatter(dateLocaleFor(language), 'UTC', MONTH_YEAR).formatToParts(
    new Date(Date.UTC(year, month - 1, 15)),
  );
  const text = parts
    .filter((p, i) => !(p.type === 'literal' && i === parts.length - 1))
    .map((p) => p.value)
    .join('')
    .trim();
  return text.charAt(0).toLocaleUpperCase(dateLocaleFor(language)) + text.slice(1);
}

/**
 * A date as story intelligence writes it (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, or a range
 * A/B), in words for `language`, at the granularity it has: "2022", "November 2025",
 * "14 November 2025, 01:00", "30 June 2025 – 1 July 2025". Wall-clock values, no zone shifting.
 */
export function formatLooseDate(iso: string, language: LanguageLike): string {
  if (iso.includes('/'))
    return iso
      .split('/')
      .map((p) => formatLooseDate(p, language))
      .join(' – ');
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(iso);
  if (!m) return iso;
  // The year group is not optional: a match has it.
  const [, y = '', mo, d, h, mi] = m;
  if (!mo) return y;
  if (!d) return formatMonthYear(Number(y), Number(mo), language);
  const day = formatLongDate(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), 12)), language, 'UTC');
  return h ? `${day}, ${h}:${mi}` : day;
}
