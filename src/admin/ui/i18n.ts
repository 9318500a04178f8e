import { IntlMessageFormat } from 'intl-messageformat';
import az from './messages/az.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };

/**
 * The admin UI's interface strings: ICU MessageFormat catalogs per language. The UI language is
 * the user's choice (remembered in this browser), by default the browser's first language we have.
 */
export const catalogs: Record<string, Record<string, string>> = { en, az, ru };
export const uiLanguages = [
  { code: 'en', name: 'English' },
  { code: 'az', name: 'Azərbaycanca' },
  { code: 'ru', name: 'Русский' },
] as const;
const STORAGE_KEY = 'nd-admin-language';

export type Values = Record<string, string | number | Date>;

/** The language to start in: a remembered choice, else the browser's preference, else English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): string {
  if (stored && catalogs[stored]) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    if (catalogs[base]) return base;
  }
  return 'en';
}

const compiled = new Map<string, IntlMessageFormat>();
let current = 'en';

/** A translator for one language; unknown keys fail loudly in development and read as the key otherwise. */
export function translator(language: string) {
  return (key: string, values?: Values): string => {
    const lang = catalogs[language]?.[key] !== undefined ? language : 'en';
    const message = catalogs[lang]?.[key];
    if (message === undefined) return key;
    const id = `${lang}\u0000${key}`;
    let format = compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(message, lang);
      compiled.set(id, format);
    }
    return String(format.format(values));
  };
}

let translate = translator(current);

/** Translates a key of the catalogs into the current UI language. */
export function t(key: string, values?: Values): string {
  return translate(key, values);
}

export function language(): string {
  return current;
}

export function setLanguage(code: string, remember = true): void {
  current = catalogs[code] ? code : 'en';
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
  setLanguage(initialLanguage(stored, navigator.languages ?? [navigator.language]), false);
}

/** Dates and times in the UI language and the site's time zone. */
export function formatDateTime(iso: string | Date | null, timeZone?: string): string {
  if (!iso) return '';
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);
}

export function formatTime(d: Date): string {
  return new Intl.DateTimeFormat(current, { hour: '2-digit', minute: '2-digit' }).format(d);
}
