import type { MediaItem } from '../../../../contract/media.ts';
import { formatDateTime, t } from '../../i18n.ts';
import { thumbnailOf } from './media-fields.ts';

/** The library's items as thumbnails with their names (or a warning when alt text is missing); one is chosen. */
export function MediaGrid({
  items,
  selectedId,
  onSelect,
}: {
  items: MediaItem[];
  selectedId: string | undefined;
  onSelect: (m: MediaItem) => void;
}) {
  return (
    <ul class="nd-media-grid">
      {items.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            class={selectedId === m.id ? 'nd-media-item is-selected' : 'nd-media-item'}
            onClick={() => onSelect(m)}
            aria-label={t('media.choose', { name: m.alt || m.filename })}
          >
            <img
              src={thumbnailOf(m)}
              alt=""
              width={160}
              height={Math.round((160 * m.height) / m.width)}
              loading="lazy"
            />
            <span class="nd-media-name">{m.alt || m.filename}</span>
            {!m.alt ? <span class="nd-badge nd-badge-warn">{t('media.noAlt')}</span> : null}
            <span class="nd-hint">{formatDateTime(m.createdAt)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
