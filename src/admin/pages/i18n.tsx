import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../../lib/messages.ts';
import type { AdminLanguage } from '../messages/index.ts';

/** The newsroom pages' language: what every page needs to speak it, given once per request by the layout. */

export interface AdminI18n {
  lang: AdminLanguage;
  t: Translate;
  /** The site's time zone: dates are shown in it. */
  timeZone: string;
  /** The page to come back to after switching languages (a GET-able /admin path). */
  back: string;
}
const I18n = createContext<AdminI18n | null>(null);

/** Gives the pages inside it their language (the layout wraps every page in it). */
export function I18nProvider({ i18n, children }: { i18n: AdminI18n; children: ComponentChildren }) {
  return <I18n.Provider value={i18n}>{children}</I18n.Provider>;
}

export function useI18n(): AdminI18n {
  const i18n = useContext(I18n);
  if (!i18n) throw new Error('newsroom pages render inside <AdminLayout i18n={…}>');
  return i18n;
}

/** A role in words, in the page's language (one switch for the pages and the app, in lib). */
export { roleName } from '../../lib/role-names.ts';

/** A language's name, in the page's language (the switcher's links). */
export function languageName(t: Translate, lang: AdminLanguage): string {
  switch (lang) {
    case 'en':
      return t('language.en');
    case 'az':
      return t('language.az');
    case 'ru':
      return t('language.ru');
  }
}
