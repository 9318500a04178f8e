import type { ImageFields } from '../../../../contract/articles.ts';
import type { MediaItem } from '../../../../contract/media.ts';

/** What the app shows of a library item: its thumbnail, and the image fields it fills when picked. */

/** The smallest variant, for thumbnails. */
export function thumbnailOf(m: MediaItem): string {
  const smallest = [...m.variants].sort((a, b) => a.width - b.width)[0];
  return smallest?.url ?? m.url;
}

/** The fields of an image block or featured image showing this library item. */
export function imageFieldsOf(m: MediaItem): ImageFields {
  return {
    src: m.image.src,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    width: m.width,
    height: m.height,
    mediaId: m.id,
  };
}
