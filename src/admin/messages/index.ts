import type { Catalog } from '../../lib/messages.ts';
import az from './az.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

/** Interface strings of the newsroom's server-rendered pages, ICU MessageFormat, one catalog per language. */
export const adminCatalogs: Record<string, Catalog> = { en, az, ru };

/** The languages the newsroom's pages speak, English first (the default). */
export const adminLanguages = ['en', 'az', 'ru'] as const;
export type AdminLanguage = (typeof adminLanguages)[number];
