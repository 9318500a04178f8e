import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Role } from '../../domain/roles.ts';
import type { Translate } from '../../lib/messages.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { adminLanguages, type AdminLanguage } from '../messages/index.ts';

/** What every newsroom page needs to speak the reader's language: set once per request by the layout. */
export interface AdminI18n {
  lang: AdminLanguage;
  t: Translate;
  /** The site's time zone: dates are shown in it. */
  timeZone: string;
  /** The page to come back to after switching languages (a GET-able /admin path). */
  back: string;
}
const I18n = createContext<AdminI18n | null>(null);
export function useI18n(): AdminI18n {
  const i18n = useContext(I18n);
  if (!i18n) throw new Error('newsroom pages render inside <AdminLayout i18n={…}>');
  return i18n;
}

/** A role in words, in the page's language. */
export function roleName(t: Translate, role: string): string {
  switch (role as Role) {
    case 'contributor':
      return t('role.contributor');
    case 'author':
      return t('role.author');
    case 'editor':
      return t('role.editor');
    case 'admin':
      return t('role.admin');
    default:
      return role;
  }
}

function languageName(t: Translate, lang: AdminLanguage): string {
  switch (lang) {
    case 'en':
      return t('language.en');
    case 'az':
      return t('language.az');
    case 'ru':
      return t('language.ru');
  }
}

/** The newsroom's server-rendered pages (sign-in, setup, account, audit): plain forms, no JavaScript. */
export function AdminLayout({
  i18n,
  title,
  user,
  csrf,
  stylesheet,
  children,
}: {
  i18n: AdminI18n;
  title: string;
  user?: User | null;
  csrf?: string;
  stylesheet: string;
  children: ComponentChildren;
}) {
  const { t, lang, back } = i18n;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t('layout.title', { title })}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/admin">
              {t('layout.brand')}
            </a>
            {user ? (
              <form method="post" action="/admin/signout" class="header-search">
                <input type="hidden" name="_csrf" value={csrf} />
                <span>{t('layout.account', { name: user.name, role: roleName(t, user.role) })}</span>{' '}
                {user.role === 'admin' ? <a href="/admin/users">{t('layout.users')}</a> : null}{' '}
                {user.role === 'admin' ? <a href="/admin/audit">{t('layout.audit')}</a> : null}{' '}
                <a href="/admin/account/password">{t('layout.changePassword')}</a>{' '}
                <a href="/admin/account/two-factor">{t('layout.twoFactor')}</a>
                <button type="submit">{t('layout.signOut')}</button>
              </form>
            ) : null}
            <nav class="lang-switch" aria-label={t('layout.languages')}>
              <ul>
                {adminLanguages.map((code) => (
                  <li>
                    <a
                      href={`/admin/language?${new URLSearchParams({ to: code, back }).toString()}`}
                      lang={code}
                      hrefLang={code}
                      aria-current={code === lang ? 'true' : undefined}
                    >
                      {languageName(t, code)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="content">
          <div class="wrap admin">
            <I18n.Provider value={i18n}>{children}</I18n.Provider>
          </div>
        </main>
      </body>
    </html>
  );
}
