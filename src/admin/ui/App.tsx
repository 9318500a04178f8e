import { useEffect, useState } from 'preact/hooks';
import { language, setLanguage, t, uiLanguages } from './i18n.ts';
import { onNavigate, parseRoute, type Route } from './router.ts';
import { ArticleListScreen } from './screens/ArticleList.tsx';
import { EditorScreen } from './screens/Editor.tsx';
import { FrontpageScreen } from './screens/Frontpage.tsx';
import { MediaScreen } from './screens/Media.tsx';
import { StorySettingsScreen } from './screens/StorySettings.tsx';
import type { Me, SiteInfo } from '../../contract/site.ts';

function titleOf(route: Route): string {
  switch (route.name) {
    case 'articles':
      return t('list.title');
    case 'new':
      return t('editor.titleNew');
    case 'editor':
      return t('editor.titleEdit');
    case 'frontpage':
      return t('frontpage.title');
    case 'media':
      return t('media.title');
    case 'storySettings':
      return t('settings.storyTitle');
    case 'notFound':
      return t('app.notFound');
  }
}

/** The newsroom app: a header with the screens and the UI language, and the current screen. */
export function App({ me, site, csrf }: { me: Me; site: SiteInfo; csrf: string }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.pathname, location.search));
  const [lang, setLang] = useState(language());
  useEffect(
    () =>
      onNavigate(() => {
        setRoute(parseRoute(location.pathname, location.search));
      }),
    [],
  );
  useEffect(() => {
    document.title = `${titleOf(route)} — ${t('app.name')}`;
    // Screen changes move focus to the new screen's heading area for screen readers and keyboards.
    document.getElementById('nd-main')?.focus({ preventScroll: true });
  }, [route, lang]);

  const current = (names: Route['name'][]) => (names.includes(route.name) ? 'page' : undefined);
  let screen;
  switch (route.name) {
    case 'articles':
      screen = <ArticleListScreen search={route.search} site={site} me={me} />;
      break;
    case 'new':
    case 'editor':
      // One editor for "new" and the article it becomes: creating one does not remount it.
      screen = (
        <EditorScreen key="editor" id={route.name === 'editor' ? route.id : null} me={me} site={site} />
      );
      break;
    case 'frontpage':
      screen = <FrontpageScreen site={site} me={me} />;
      break;
    case 'media':
      screen = <MediaScreen />;
      break;
    case 'storySettings':
      screen = me.permissions.includes('settings.manage') ? (
        <StorySettingsScreen />
      ) : (
        <h1>{t('app.notFound')}</h1>
      );
      break;
    case 'notFound':
      screen = <h1>{t('app.notFound')}</h1>;
  }

  return (
    <div class="nd-app">
      <a class="nd-skip" href="#nd-main">
        {t('app.skip')}
      </a>
      <header class="nd-header">
        <a class="nd-brand" href="/admin/articles">
          {t('app.name')} <span class="nd-brand-site">{site.name}</span>
        </a>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <a href="/admin/articles" aria-current={current(['articles'])}>
                {t('nav.articles')}
              </a>
            </li>
            <li>
              <a href="/admin/articles/new" aria-current={current(['new'])}>
                {t('nav.newArticle')}
              </a>
            </li>
            <li>
              <a href="/admin/frontpage" aria-current={current(['frontpage'])}>
                {t('nav.frontpage')}
              </a>
            </li>
            <li>
              <a href="/admin/media" aria-current={current(['media'])}>
                {t('nav.media')}
              </a>
            </li>
            {me.permissions.includes('users.manage') ? (
              <li>
                <a href="/admin/users">{t('nav.staff')}</a>
              </li>
            ) : null}
            {me.permissions.includes('settings.manage') ? (
              <li>
                <a href="/admin/settings/story" aria-current={current(['storySettings'])}>
                  {t('nav.settings')}
                </a>
              </li>
            ) : null}
            {me.permissions.includes('audit.read') ? (
              <li>
                <a href="/admin/audit">{t('nav.audit')}</a>
              </li>
            ) : null}
          </ul>
        </nav>
        <div class="nd-user">
          <label for="nd-ui-language" class="nd-visually-hidden">
            {t('app.language')}
          </label>
          <select
            id="nd-ui-language"
            value={lang}
            onChange={(e) => {
              setLanguage(e.currentTarget.value);
              setLang(language());
            }}
          >
            {uiLanguages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          <span class="nd-user-name">{t('app.user', { name: me.name, role: roleName(me.role) })}</span>
          <a href="/admin/account/password">{t('nav.password')}</a>
          <a href="/admin/account/two-factor">{t('nav.twoFactor')}</a>
          <form method="post" action="/admin/signout">
            <input type="hidden" name="_csrf" value={csrf} />
            <button type="submit" class="nd-button nd-button-quiet">
              {t('nav.signOut')}
            </button>
          </form>
        </div>
      </header>
      <main id="nd-main" tabIndex={-1}>
        {screen}
      </main>
    </div>
  );
}

function roleName(role: Me['role']): string {
  switch (role) {
    case 'contributor':
      return t('role.contributor');
    case 'author':
      return t('role.author');
    case 'editor':
      return t('role.editor');
    case 'admin':
      return t('role.admin');
  }
}
