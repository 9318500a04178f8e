import { packFor } from '../languages/index.ts';

/**
 * A language's name as its speakers write it ('Русский'), for language lists and switchers. The
 * names live in the language packs (src/languages); this is the door to them for the layers that
 * may not import the packs themselves (services, domain).
 */
export const languageName = (code: string): string => packFor(code).name;
