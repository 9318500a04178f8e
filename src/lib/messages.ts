import { IntlMessageFormat } from 'intl-messageformat';

/** A catalog of ICU MessageFormat strings: key → message. */
export type Catalog = Record<string, string>;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * Builds translators over per-language ICU catalogs. A key missing in a language falls back to
 * the fallback language (a page never shows a raw key); compiled messages are cached per instance.
 */
export class MessageCatalogs {
  private readonly compiled = new Map<string, IntlMessageFormat>();

  constructor(
    private readonly catalogs: Record<string, Catalog>,
    private readonly fallback = 'en',
  ) {
    if (!catalogs[fallback]) throw new Error(`no catalog for the fallback language ${fallback}`);
  }

  languages(): string[] {
    return Object.keys(this.catalogs);
  }

  translator(language: string): Translate {
    return (key, values) => {
      const lang = this.catalogs[language]?.[key] !== undefined ? language : this.fallback;
      const id = `${lang}\u0000${key}`;
      let format = this.compiled.get(id);
      if (!format) {
        const message = this.catalogs[lang]?.[key];
        if (message === undefined) throw new Error(`unknown message key "${key}"`);
        format = new IntlMessageFormat(message, lang);
        this.compiled.set(id, format);
      }
      return String(format.format(values));
    };
  }
}
