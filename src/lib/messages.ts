import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The one translator of Newsdesk's interface strings, for the reader site, the newsroom's
 * server-rendered pages and the newsroom app (it runs in the browser too: no Node APIs here).
 */

/** A catalog of ICU MessageFormat strings: key → message. */
export type Catalog = Record<string, string>;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: MessageValues) => string;

export interface MessageCatalogsOptions {
  /** The language whose catalog answers when another lacks a key or a catalog (default 'en'). */
  fallback?: string;
  /**
   * A key no catalog has: 'throw' (server pages: a typo fails the request and its test) or 'key'
   * (the app in the browser shows the key rather than a blank screen). Default 'throw'.
   */
  unknownKey?: 'throw' | 'key';
}

/**
 * Translators over per-language ICU catalogs. A key missing in a language falls back to the
 * fallback language, so a page never shows a raw key; each message is compiled once per instance.
 */
export class MessageCatalogs {
  private readonly compiled = new Map<string, IntlMessageFormat>();
  private readonly fallback: string;
  private readonly unknownKey: 'throw' | 'key';

  constructor(
    private readonly catalogs: Record<string, Catalog>,
    options: MessageCatalogsOptions = {},
  ) {
    this.fallback = options.fallback ?? 'en';
    this.unknownKey = options.unknownKey ?? 'throw';
    if (!catalogs[this.fallback]) throw new Error(`no catalog for the fallback language ${this.fallback}`);
  }

  /** The languages with a catalog. */
  languages(): string[] {
    return Object.keys(this.catalogs);
  }

  has(language: string): boolean {
    return Object.hasOwn(this.catalogs, language);
  }

  /**
   * The first of the preferred BCP 47 tags (best first) whose primary language has a catalog —
   * `az-AZ` picks `az` — else the fallback language.
   */
  pick(preferred: readonly string[]): string {
    for (const tag of preferred) {
      const [base = ''] = tag.toLowerCase().split('-'); // split always gives one part
      if (this.has(base)) return base;
    }
    return this.fallback;
  }

  translator(language: string): Translate {
    return (key, values) => {
      const lang = this.catalogs[language]?.[key] !== undefined ? language : this.fallback;
      const message = this.catalogs[lang]?.[key];
      if (message === undefined) {
        if (this.unknownKey === 'key') return key;
        throw new Error(`unknown message key "${key}"`);
      }
      return String(this.compile(lang, key, message).format(values));
    };
  }

  private compile(lang: string, key: string, message: string): IntlMessageFormat {
    const id = `${lang}\u0000${key}`;
    let format = this.compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(message, lang);
      this.compiled.set(id, format);
    }
    return format;
  }
}
