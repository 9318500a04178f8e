/** How long ago, for fresh news ("12 minutes ago", "12 минут назад"); null from a day on (and for the future). */
export function relativeTime(date: Date, now: Date, language: string): string | null {
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 0 || minutes >= 24 * 60) return null;
  // The same rule as assets/relative-times.js, which refreshes the label in the browser.
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (minutes < 1) return rtf.format(0, 'second');
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  return rtf.format(-Math.floor(minutes / 60), 'hour');
}
