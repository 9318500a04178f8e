import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MessageCatalogs } from '../../lib/messages.ts';
import { adminCatalogs } from './index.ts';
import { describeCatalogs, keysUsedIn, sourceFiles } from '../../../test/utils/catalogs.ts';
import { adminLanguageOf, sameSiteAdminPath } from './language.ts';

/** The code that renders the newsroom's server pages (the admin app in ui/ has catalogs of its own). */
const adminDir = new URL('..', import.meta.url).pathname;
const sources = [
  ...sourceFiles(adminDir).filter((f) => !/\/admin\/(ui|api)\//.test(f)),
  // Role names, shared with the app (one switch in lib).
  new URL('../../lib/role-names.ts', import.meta.url).pathname,
];

describeCatalogs('newsroom page message catalogs', adminCatalogs, keysUsedIn(sources));

describe('newsroom page messages', () => {
  it('Russian counts take one/few/many forms; English and Azerbaijani theirs', () => {
    const m = new MessageCatalogs(adminCatalogs);
    const ru = m.translator('ru');
    expect([1, 2, 5, 21, 11, 22, 0].map((count) => ru('users.count', { count }))).toEqual([
      '1 пользователь',
      '2 пользователя',
      '5 пользователей',
      '21 пользователь',
      '11 пользователей',
      '22 пользователя',
      '0 пользователей',
    ]);
    expect([1, 2, 5, 21].map((days) => ru('users.inviteIntro', { days }).split('в течение ')[1])).toEqual([
      '1 дня.',
      '2 дней.',
      '5 дней.',
      '21 дня.',
    ]);
    expect(ru('forgot.sent', { hours: 1 })).toMatch(/в течение часа\.$/);
    expect(ru('audit.count', { count: 0 })).toBe('Пока ничего не записано.');
    expect(ru('audit.count', { count: 3 })).toBe('3 записи, сначала новые.');
    const en = m.translator('en');
    expect([1, 2].map((count) => en('users.count', { count }))).toEqual(['1 user', '2 users']);
    expect(en('forgot.sent', { hours: 1 })).toMatch(/for one hour\.$/);
    expect(m.translator('az')('users.count', { count: 3 })).toBe('3 istifadəçi');
  });
});

describe('the language of the newsroom pages', () => {
  const req = (cookie: string | undefined, acceptLanguage?: string) => ({
    cookies: { nd_admin_lang: cookie },
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });

  it('is the chosen one, else the browser’s, else English', () => {
    expect(adminLanguageOf(req('ru', 'az'))).toBe('ru');
    expect(adminLanguageOf(req(undefined, 'az-AZ,az;q=0.9,en;q=0.5'))).toBe('az');
    expect(adminLanguageOf(req(undefined, 'de-DE,ru;q=0.8,en;q=0.5'))).toBe('ru');
    expect(adminLanguageOf(req(undefined, 'de, fr'))).toBe('en');
    expect(adminLanguageOf(req('xx'))).toBe('en');
    expect(adminLanguageOf(req(undefined))).toBe('en');
  });

  it('switches back only to a path under /admin on this site', () => {
    expect(sameSiteAdminPath('/admin/users?done=role')).toBe('/admin/users?done=role');
    expect(sameSiteAdminPath('/admin')).toBe('/admin');
    for (const bad of [
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example',
      '/admin\\..\\evil',
      '/admin/../en/',
      '/administrator',
      '/en/',
      'javascript:alert(1)',
      ' /admin',
      '',
    ])
      expect(sameSiteAdminPath(bad), bad).toBe(null);
    // Encoded line breaks stay encoded: no header can be smuggled into the Location.
    expect(sameSiteAdminPath('/admin/%0d%0aSet-Cookie:x')).toBe('/admin/%0d%0aSet-Cookie:x');
  });
});

describe('one term per concept across the pages and the app', () => {
  it('names the newsroom’s screens in the pages’ navigation exactly as the app does', () => {
    // Read as files: server code does not import the browser app (dependency rules).
    const appCatalog = (lang: string) =>
      JSON.parse(readFileSync(new URL(`../ui/messages/${lang}.json`, import.meta.url), 'utf8')) as Record<
        string,
        string
      >;
    for (const [lang, pages] of Object.entries(adminCatalogs)) {
      const app = appCatalog(lang);
      const navKeys = Object.keys(pages).filter((k) => k.startsWith('nav.'));
      expect(navKeys.length).toBeGreaterThan(5);
      for (const key of navKeys) expect([lang, key, pages[key]]).toEqual([lang, key, app[key]]);
      // The account links read the same too.
      expect(pages['layout.changePassword']).toBe(app['nav.password']);
      expect(pages['layout.twoFactor']).toBe(app['nav.twoFactor']);
      expect(pages['layout.signOut']).toBe(app['nav.signOut']);
    }
  });
});
