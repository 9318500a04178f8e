import type { ComponentChildren } from 'preact';
import type { User } from '../../services/accounts/account.service.ts';
import { adminLanguages } from '../messages/index.ts';
import { CsrfField } from './form.tsx';
import { I18nProvider, languageName, roleName, type AdminI18n } from './i18n.tsx';

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
                <CsrfField csrf={csrf} />
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
            <I18nProvider i18n={i18n}>{children}</I18nProvider>
          </div>
        </main>
      </body>
    </html>
  );
}
