import { describe, expect, it, vi } from 'vitest';
import { MessageCatalogs, type Catalog } from './messages.ts';

/** Counts compilations, to see that a message is compiled once and then reused. */
const compilations = vi.hoisted(() => ({ count: 0 }));
vi.mock('intl-messageformat', async (importOriginal) => {
  const real = await importOriginal<typeof import('intl-messageformat')>();
  class CountingMessageFormat extends real.IntlMessageFormat {
    constructor(...args: ConstructorParameters<typeof real.IntlMessageFormat>) {
      super(...args);
      compilations.count++;
    }
  }
  return { ...real, IntlMessageFormat: CountingMessageFormat };
});

const files = '{count, plural, =0 {No files} one {# file} other {# files}}';
const catalogs: Record<string, Catalog> = {
  en: { files, hello: 'Hello, {name}', onlyEnglish: 'Only in English' },
  ru: {
    files: '{count, plural, =0 {Нет файлов} one {# файл} few {# файла} many {# файлов} other {# файла}}',
    hello: 'Здравствуйте, {name}',
  },
  az: { files: '{count, plural, =0 {Fayl yoxdur} other {# fayl}}', hello: 'Salam, {name}' },
};

describe('MessageCatalogs', () => {
  it('formats Russian counts in their one/few/many forms', () => {
    const ru = new MessageCatalogs(catalogs).translator('ru');
    expect([1, 2, 4, 5, 11, 14, 21, 22, 25, 111, 0].map((count) => ru('files', { count }))).toEqual([
      '1 файл',
      '2 файла',
      '4 файла',
      '5 файлов',
      '11 файлов',
      '14 файлов',
      '21 файл',
      '22 файла',
      '25 файлов',
      '111 файлов',
      'Нет файлов',
    ]);
    expect(ru('files', { count: 1.5 })).toBe('1,5 файла');
  });

  it('keeps Azerbaijani nouns singular after a number, and groups digits per language', () => {
    const m = new MessageCatalogs(catalogs);
    expect([1, 3, 1200].map((count) => m.translator('az')('files', { count }))).toEqual([
      '1 fayl',
      '3 fayl',
      '1.200 fayl',
    ]);
    expect(m.translator('en')('files', { count: 1200 })).toBe('1,200 files');
    expect(m.translator('ru')('files', { count: 1200 })).toBe('1\u00a0200 файлов');
  });

  it('falls back to English for a key missing in a language, and for a language without a catalog', () => {
    const m = new MessageCatalogs(catalogs);
    expect(m.translator('ru')('onlyEnglish')).toBe('Only in English');
    expect(m.translator('ka')('hello', { name: 'Nino' })).toBe('Hello, Nino');
    expect(m.translator('ru')('hello', { name: 'Анна' })).toBe('Здравствуйте, Анна');
  });

  it('refuses a key no catalog has, or shows the key when asked to', () => {
    expect(() => new MessageCatalogs(catalogs).translator('en')('no.such.key')).toThrow(
      'unknown message key "no.such.key"',
    );
    expect(new MessageCatalogs(catalogs, { unknownKey: 'key' }).translator('az')('no.such.key')).toBe(
      'no.such.key',
    );
  });

  it('falls back to another language when told, and needs its catalog', () => {
    const m = new MessageCatalogs(catalogs, { fallback: 'ru' });
    expect(m.translator('ka')('hello', { name: 'Нино' })).toBe('Здравствуйте, Нино');
    expect(() => new MessageCatalogs(catalogs, { fallback: 'ka' })).toThrow(
      'no catalog for the fallback language ka',
    );
  });

  it('compiles each message once per language and reuses it', () => {
    const m = new MessageCatalogs(catalogs);
    const before = compilations.count;
    for (let i = 0; i < 5; i++) {
      m.translator('ru')('files', { count: i });
      m.translator('en')('files', { count: i });
      m.translator('ka')('files', { count: i }); // the English message, compiled once for en
    }
    expect(compilations.count - before).toBe(2);
    // Another instance has its own cache (no module-wide state).
    new MessageCatalogs(catalogs).translator('ru')('files', { count: 1 });
    expect(compilations.count - before).toBe(3);
  });

  it('lists its languages and picks the first preferred one it has', () => {
    const m = new MessageCatalogs(catalogs);
    expect(m.languages()).toEqual(['en', 'ru', 'az']);
    expect(m.has('az')).toBe(true);
    expect(m.has('toString')).toBe(false);
    expect(m.pick(['de-DE', 'az-AZ', 'en'])).toBe('az');
    expect(m.pick(['RU'])).toBe('ru');
    expect(m.pick(['fr', 'de'])).toBe('en');
    expect(m.pick([])).toBe('en');
  });
});
