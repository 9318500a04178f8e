import type { Language, SiteSettings } from '../../domain/site.ts';
import type { Section } from '../../domain/taxonomy.ts';
import type { Translate } from '../../lib/messages.ts';
import type { AssetManifest } from '../assets.ts';

/** What every page of the reader site renders with: the site, its languages and sections, the page's language. */
export interface PageContext {
  site: SiteSettings;
  languages: Language[];
  language: string;
  t: Translate;
  sections: Section[];
  assets: AssetManifest;
  /** The moment the page is made, for "12 minutes ago". */
  now: Date;
}

/** A version of the current page in another language, for hreflang links and the switcher. */
export interface Alternate {
  language: string;
  href: string;
}
