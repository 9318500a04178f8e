import { MessageCatalogs, type MessageValues, type Translate } from '../../lib/messages.ts';
import { appCatalogs } from './messages/index.ts';
import { wallClock } from './zoned.ts';

/**
 * The newsroom app's interface language: the user's choice (remembered in this browser), by
 * default the browser's first language we have. Strings go through the one translator
 * (lib/messages.ts); in the browser an unknown key reads as the key rather than breaking a screen.
 */
export const messages = new MessageCatalogs(appCatalogs, { unknownKey: 'key' });
export const uiLanguages = [
  { code: 'en', name: 'English' },
  { code: 'az', name: 'Azərbaycanca' },
  { code: 'ru', name: 'Русский' },
] as const;
const STORAGE_KEY = 'nd-admin-language';

export type Values = MessageValues;

/** The language to start in: a remembered choice, else the browser's preference, else English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): string {
  return stored && messages.has(stored) ? stored : messages.pick(preferred);
}

/** A translator for one language. */
export function translator(language: string): Translate {
  return messages.translator(language);
}

// The page's one UI language: the components read it through t() (one page, one language).
let current = 'en';
let translate = translator(current);

/** Translates a key of the catalogs into the current UI language. */
export function t(key: string, values?: Values): string {
  return translate(key, values);
}

export function language(): string {
  return current;
}

export function setLanguage(code: string, remember = true): void {
  current = messages.has(code) ? code : 'en';
  translate = translator(current);
  document.documentElement.lang = current;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, current);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
}

export function startLanguage(): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  setLanguage(initialLanguage(stored, navigator.languages), false);
}

// The site's time zone: every time the app shows or reads is in it (set once the site is known).
let zone = 'UTC';

export function setTimeZone(timeZone: string): void {
  zone = timeZone;
}

export function timeZone(): string {
  return zone;
}

/** "14:05" on the site's clock. */
function clockTime(d: Date): string {
  const c = wallClock(d, zone);
  return `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
}

/**
 * "21 November 2025, 14:05 (Asia/Baku)": a moment in the UI language, on the site's clock, with
 * the zone named. Month words come from the catalogs: the browser's Intl may lack a language's
 * (Chromium writes Azerbaijani dates as "2025 M11 21").
 */
export function formatDateTime(iso: string | Date | null): string {
  if (!iso) return '';
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const c = wallClock(d, zone);
  const month = t('date.months').split('|')[c.month - 1] ?? String(c.month);
  return t('date.dateTime', { day: c.day, month, year: String(c.year), time: clockTime(d), zone });
}

/** "14:05 (Asia/Baku)": a time today, on the site's clock, with the zone named. */
export function formatTime(d: Date): string {
  return t('date.time', { time: clockTime(d), zone });
}
