import { responsiveImage } from '../../domain/media.ts';
import { isSafeUrl } from '../../domain/urls.ts';

/** How wide body images are drawn: the text column (at most ~45em), or the whole viewport on phones. */
export const BODY_IMAGE_SIZES = '(min-width: 48em) 45em, 100vw';

export interface PictureImage {
  src: string;
  alt: string;
  width?: number | null | undefined;
  height?: number | null | undefined;
  mediaId?: string | null | undefined;
}

/**
 * An image; library media get a `srcset` of their variants (and a `<picture>` offering WebP or
 * AVIF first). Width and height give the box its aspect ratio before the file arrives, so the
 * text does not jump. Everything is derived from the image's own fields: no database per image.
 */
export function Picture({
  image,
  sizes = BODY_IMAGE_SIZES,
  eager = false,
  priority = false,
}: {
  image: PictureImage;
  sizes?: string;
  eager?: boolean;
  /** The page's largest picture (its LCP): fetched before other images. */
  priority?: boolean;
}) {
  // An address the URL policy refuses (stored before it existed) shows no image at all.
  if (!isSafeUrl('image', image.src)) return null;
  const r = responsiveImage(image);
  const img = (
    <img
      src={r?.src ?? image.src}
      srcset={r?.srcset}
      sizes={r ? sizes : undefined}
      alt={image.alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      fetchpriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
  if (!r || r.sources.length === 0) return img;
  return (
    <picture>
      {r.sources.map((s) => (
        <source type={s.type} srcset={s.srcset} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
