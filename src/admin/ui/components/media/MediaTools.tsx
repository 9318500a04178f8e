import type { RefObject } from 'preact';
import { t } from '../../i18n.ts';

/** The library's search form and its upload field. */
export function MediaTools({
  q,
  setQ,
  onSearch,
  fileRef,
  uploading,
  onUpload,
}: {
  q: string;
  setQ: (q: string) => void;
  onSearch: () => void;
  fileRef: RefObject<HTMLInputElement>;
  uploading: boolean;
  onUpload: () => void;
}) {
  return (
    <div class="nd-media-tools">
      <form
        class="nd-inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch();
        }}
      >
        <label for="nd-media-q">{t('media.search')}</label>
        <input id="nd-media-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit" class="nd-button">
          {t('common.search')}
        </button>
      </form>
      <div class="nd-inline-form">
        <label for="nd-media-file">{t('media.upload')}</label>
        <input
          id="nd-media-file"
          ref={fileRef}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          onChange={onUpload}
          disabled={uploading}
          aria-describedby="nd-media-file-hint"
        />
        <p class="nd-hint" id="nd-media-file-hint">
          {uploading ? t('media.uploading') : t('media.uploadHint')}
        </p>
      </div>
    </div>
  );
}
