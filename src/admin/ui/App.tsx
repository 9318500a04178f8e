import { useEffect, useState } from 'preact/hooks';
import { AppHeader } from './components/AppHeader.tsx';
import { language, t } from './i18n.ts';
import { onNavigate, parseRoute, type Route } from './router.ts';
import { ArticleListScreen } from './screens/ArticleList.tsx';
import { EditorScreen } from './screens/Editor.tsx';
import { FrontpageScreen } from './screens/Frontpage.tsx';
import { MediaScreen } from './screens/Media.tsx';
import { StorySettingsScreen } from './screens/StorySettings.tsx';
import { SiteSettingsScreen } from './screens/settings/SiteSettings.tsx';
import { TaxonomySettingsScreen } from './screens/settings/TaxonomySettings.tsx';
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
    case 'siteSettings':
      return t('siteSettings.title');
    case 'taxonomySettings':
      return t('taxonomy.title');
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

  return (
    <div class="nd-app">
      <a class="nd-skip" href="#nd-main">
        {t('app.skip')}
      </a>
      <AppHeader me={me} site={site} csrf={csrf} route={route} onLanguage={() => setLang(language())} />
      <main id="nd-main" tabIndex={-1}>
        <Screen route={route} me={me} site={site} />
      </main>
    </div>
  );
}

/** The screen a route shows. */
function Screen({ route, me, site }: { route: Route; me: Me; site: SiteInfo }) {
  switch (route.name) {
    case 'articles':
      return <ArticleListScreen search={route.search} site={site} me={me} />;
    case 'new':
    case 'editor':
      // One editor for "new" and the article it becomes: creating one does not remount it.
      return <EditorScreen key="editor" id={route.name === 'editor' ? route.id : null} me={me} site={site} />;
    case 'frontpage':
      return <FrontpageScreen site={site} me={me} />;
    case 'media':
      return <MediaScreen />;
    case 'storySettings':
      return me.permissions.includes('settings.manage') ? (
        <StorySettingsScreen me={me} />
      ) : (
        <h1>{t('app.notFound')}</h1>
      );
    case 'siteSettings':
      return me.permissions.includes('settings.manage') ? (
        <SiteSettingsScreen me={me} sections={site.sections} />
      ) : (
        <h1>{t('app.notFound')}</h1>
      );
    case 'taxonomySettings':
      return me.permissions.includes('taxonomy.manage') ? (
        <TaxonomySettingsScreen me={me} />
      ) : (
        <h1>{t('app.notFound')}</h1>
      );
    case 'notFound':
      return <h1>{t('app.notFound')}</h1>;
  }
}
