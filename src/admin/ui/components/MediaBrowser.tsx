import { useState } from 'preact/hooks';
import type { ImageFields } from '../../../contract/articles.ts';
import type { MediaItem } from '../../../contract/media.ts';
import { t } from '../i18n.ts';
import { DescribeImage } from './media/DescribeImage.tsx';
import { imageFieldsOf } from './media/media-fields.ts';
import { MediaGrid } from './media/MediaGrid.tsx';
import { MediaTools } from './media/MediaTools.tsx';
import { useMediaLibrary } from './media/useMediaLibrary.ts';
import { Pager } from './Pager.tsx';

/**
 * The media library: search, upload, describe (alt text, caption, credit), and — in the picker —
 * choose an image to use. Uploads send the file itself as the body (the server judges its bytes).
 */
export function MediaBrowser({ onPick }: { onPick?: (image: ImageFields) => void }) {
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const library = useMediaLibrary(setSelected);
  const { items, meta, error } = library;
  return (
    <div class="nd-media">
      <MediaTools
        q={library.q}
        setQ={library.setQ}
        onSearch={library.search}
        fileRef={library.fileRef}
        uploading={library.uploading}
        onUpload={() => void library.upload()}
      />
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {selected ? (
        <DescribeImage
          key={selected.id}
          item={selected}
          onDone={(m) => {
            setSelected(null);
            library.replace(m);
            if (onPick) onPick(imageFieldsOf(m));
          }}
          onCancel={() => setSelected(null)}
          pick={!!onPick}
        />
      ) : null}
      <p class="nd-hint" aria-live="polite">
        {items ? t('media.count', { count: meta.total }) : t('common.loading')}
      </p>
      <MediaGrid items={items ?? []} selectedId={selected?.id} onSelect={setSelected} />
      <Pager page={library.page} pageCount={meta.pageCount} onPage={library.setPage} />
    </div>
  );
}
