import type { ComponentChildren } from 'preact';
import { can, type Permission } from '../../domain/roles.ts';
import type { Translate } from '../../lib/messages.ts';
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
  const current = back.replace(/\?.*$/s, '');
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t('layout.title', { title })}</title>
        {/* An empty icon: else the browser asks for /favicon.ico and logs a 404 on every page. */}
        <link rel="icon" href="data:," />
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
          {user ? <NewsroomNav t={t} user={user} current={current} /> : null}
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

/**
 * The newsroom's screens, the same links in the same words as the app's header (AppHeader.tsx),
 * so the account, staff and audit pages lead back to the articles, the front page and the media.
 */
const NAV: { href: string; label: (t: Translate) => string; permission: Permission; unless?: Permission }[] =
  [
    { href: '/admin/articles', label: (t) => t('nav.articles'), permission: 'newsroom.enter' },
    { href: '/admin/articles/new', label: (t) => t('nav.newArticle'), permission: 'newsroom.enter' },
    { href: '/admin/frontpage', label: (t) => t('nav.frontpage'), permission: 'newsroom.enter' },
    { href: '/admin/media', label: (t) => t('nav.media'), permission: 'newsroom.enter' },
    { href: '/admin/users', label: (t) => t('nav.staff'), permission: 'users.manage' },
    { href: '/admin/settings/story', label: (t) => t('nav.settings'), permission: 'settings.manage' },
    // Editors' settings are the sections and tags (firstSettingsScreen in the app says the same).
    {
      href: '/admin/settings/sections',
      label: (t) => t('nav.settings'),
      permission: 'taxonomy.manage',
      unless: 'settings.manage',
    },
    { href: '/admin/audit', label: (t) => t('nav.audit'), permission: 'audit.read' },
  ];

function NewsroomNav({ t, user, current }: { t: Translate; user: User; current: string }) {
  return (
    // The site's section bar (site.css): a row of links under the header, the current one underlined.
    <nav class="section-nav" aria-label={t('nav.label')}>
      <div class="wrap">
        <ul>
          {NAV.filter(
            (item) => can(user.role, item.permission) && !(item.unless && can(user.role, item.unless)),
          ).map((item) => (
            <li>
              <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                {item.label(t)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
