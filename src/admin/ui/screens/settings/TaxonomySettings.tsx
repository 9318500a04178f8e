import { t } from '../../i18n.ts';
import type { Me } from '../../../../contract/site.ts';
import { SectionsPanel } from './SectionsPanel.tsx';
import { SettingsNav } from './SettingsNav.tsx';
import { TagsPanel } from './TagsPanel.tsx';

/**
 * Sections and tags with their names in each of the site's languages (editors and admins): what
 * readers see in the menu, on section and tag pages and on every article's labels.
 */
export function TaxonomySettingsScreen({ me }: { me: Me }) {
  return (
    <div>
      <SettingsNav current="sections" me={me} />
      <h1>{t('taxonomy.title')}</h1>
      <p class="nd-hint">{t('taxonomy.intro')}</p>
      <SectionsPanel />
      <TagsPanel />
    </div>
  );
}
