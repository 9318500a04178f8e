/**
 * Wall-clock times in the site's time zone, whatever zone the browser is in: the parts of an
 * instant there, the value a datetime-local input shows for it, and the instant such a value means.
 * (The newsroom works in the site's zone: a Baku desk scheduling from a laptop set to London
 * means Baku time.)
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const parters = new Map<string, Intl.DateTimeFormat>();
function parter(timeZone: string): Intl.DateTimeFormat {
  let f = parters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    parters.set(timeZone, f);
  }
  return f;
}

/** The date and time on a clock in `timeZone` at `date`. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const part of parter(timeZone).formatToParts(date)) p[part.type] = Number(part.value);
  return {
    year: p.year ?? 0,
    month: p.month ?? 1,
    day: p.day ?? 1,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-11-21T14:05": what a datetime-local input shows for `date` in `timeZone`. */
export function zonedInputValue(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${String(c.year)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** How far ahead of UTC the clock in `timeZone` is at `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const c = wallClock(new Date(ms), timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a datetime-local value ("2025-11-21T14:05", seconds optional) means in `timeZone`,
 * or null when it is not such a value. A time a clock change skips reads as the hour after the jump
 * (02:30 → 03:30); a time it repeats, as its first occurrence.
 */
export function instantFromZonedInput(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1);
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
  if (Number.isNaN(asUtc)) return null;
  // The offset at the guess, then at the answer: the two differ only across a clock change.
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = new Date(asUtc - offsetAt(first, timeZone));
  // In a skipped hour the second reads back an hour early: take the first, the time after the jump.
  return zonedInputValue(second, timeZone) === value.slice(0, 16) ? second : new Date(first);
}
