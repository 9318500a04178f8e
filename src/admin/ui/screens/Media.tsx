import { MediaBrowser } from '../components/MediaBrowser.tsx';
import { t } from '../i18n.ts';

/** The media library on its own: upload, search, and describe images for reuse. */
export function MediaScreen() {
  return (
    <div>
      <h1>{t('media.title')}</h1>
      <p class="nd-hint">{t('media.intro')}</p>
      <MediaBrowser />
    </div>
  );
}
