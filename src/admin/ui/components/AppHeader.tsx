import { roleName } from '../../../lib/role-names.ts';
import { language, setLanguage, t, uiLanguages } from '../i18n.ts';
import type { Route } from '../router.ts';
import { firstSettingsScreen } from '../screens/settings/SettingsNav.tsx';
import type { Me, SiteInfo } from '../../../contract/site.ts';

/** The app's header: the brand, the screens this person may open, the UI language and the account. */
export function AppHeader({
  me,
  site,
  csrf,
  route,
  onLanguage,
}: {
  me: Me;
  site: SiteInfo;
  csrf: string;
  route: Route;
  /** Called after the UI language changed. */
  onLanguage: () => void;
}) {
  return (
    <header class="nd-header">
      <a class="nd-brand" href="/admin/articles">
        {t('app.name')} <span class="nd-brand-site">{site.name}</span>
      </a>
      <AppNav me={me} route={route} />
      <UserMenu me={me} csrf={csrf} onLanguage={onLanguage} />
    </header>
  );
}

/** Links to the screens; the staff, settings and audit pages only for those who may open them. */
function AppNav({ me, route }: { me: Me; route: Route }) {
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  const may = (permission: Me['permissions'][number]) => me.permissions.includes(permission);
  const settingsHref = firstSettingsScreen(me);
  return (
    <nav aria-label={t('nav.label')}>
      <ul>
        <li>
          <a href="/admin/articles" aria-current={current('articles')}>
            {t('nav.articles')}
          </a>
        </li>
        <li>
          <a href="/admin/articles/new" aria-current={current('new')}>
            {t('nav.newArticle')}
          </a>
        </li>
        <li>
          <a href="/admin/frontpage" aria-current={current('frontpage')}>
            {t('nav.frontpage')}
          </a>
        </li>
        <li>
          <a href="/admin/media" aria-current={current('media')}>
            {t('nav.media')}
          </a>
        </li>
        {may('users.manage') ? (
          <li>
            <a href="/admin/users">{t('nav.staff')}</a>
          </li>
        ) : null}
        {settingsHref ? (
          <li>
            <a
              href={settingsHref}
              aria-current={
                route.name === 'siteSettings' ||
                route.name === 'storySettings' ||
                route.name === 'taxonomySettings'
                  ? 'page'
                  : undefined
              }
            >
              {t('nav.settings')}
            </a>
          </li>
        ) : null}
        {may('audit.read') ? (
          <li>
            <a href="/admin/audit">{t('nav.audit')}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The UI language, who is signed in, their account pages, and signing out. */
function UserMenu({ me, csrf, onLanguage }: { me: Me; csrf: string; onLanguage: () => void }) {
  return (
    <div class="nd-user">
      <label for="nd-ui-language" class="nd-visually-hidden">
        {t('app.language')}
      </label>
      <select
        id="nd-ui-language"
        value={language()}
        onChange={(e) => {
          setLanguage(e.currentTarget.value);
          onLanguage();
        }}
      >
        {uiLanguages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <span class="nd-user-name">{t('app.user', { name: me.name, role: roleName(t, me.role) })}</span>
      <a href="/admin/account/password">{t('nav.password')}</a>
      <a href="/admin/account/two-factor">{t('nav.twoFactor')}</a>
      <form method="post" action="/admin/signout">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="nd-button nd-button-quiet">
          {t('nav.signOut')}
        </button>
      </form>
    </div>
  );
}
