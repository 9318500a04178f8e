import type { Catalog } from '../../../lib/messages.ts';
import az from './az.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

/** The newsroom app's interface strings, ICU MessageFormat, one catalog per language. */
export const appCatalogs: Record<string, Catalog> = { en, az, ru };
