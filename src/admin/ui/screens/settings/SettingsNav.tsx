import { t } from '../../i18n.ts';

/** The settings screens, side by side: the site's own, and what readers see of story intelligence. */
export function SettingsNav({ current }: { current: 'site' | 'story' }) {
  const link = (screen: 'site' | 'story', href: string, label: string) => (
    <li>
      <a href={href} aria-current={current === screen ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="nd-subnav" aria-label={t('siteSettings.screens')}>
      <ul>
        {link('site', '/admin/settings/site', t('siteSettings.title'))}
        {link('story', '/admin/settings/story', t('settings.storyTitle'))}
      </ul>
    </nav>
  );
}
