import { t } from '../../i18n.ts';
import type { Me } from '../../../../contract/site.ts';

export type SettingsScreen = 'site' | 'story' | 'sections';

/** Where the Settings link leads: the first settings screen this person may see (null: none). */
export function firstSettingsScreen(me: Me): string | null {
  if (me.permissions.includes('settings.manage')) return '/admin/settings/story';
  if (me.permissions.includes('taxonomy.manage')) return '/admin/settings/sections';
  return null;
}

/** The settings screens side by side, those this person may open: the site's own, story facts, sections and tags. */
export function SettingsNav({ current, me }: { current: SettingsScreen; me: Me }) {
  const admin = me.permissions.includes('settings.manage');
  const link = (screen: SettingsScreen, href: string, label: string) => (
    <li>
      <a href={href} aria-current={current === screen ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="nd-subnav" aria-label={t('siteSettings.screens')}>
      <ul>
        {admin ? link('site', '/admin/settings/site', t('siteSettings.title')) : null}
        {admin ? link('story', '/admin/settings/story', t('settings.storyTitle')) : null}
        {me.permissions.includes('taxonomy.manage')
          ? link('sections', '/admin/settings/sections', t('taxonomy.title'))
          : null}
      </ul>
    </nav>
  );
}
