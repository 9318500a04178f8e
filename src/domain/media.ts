/**
 * The media library: uploaded images with their responsive variants. Variant files follow one
 * naming scheme (`/media/<id>/<width>.<ext>`, plus `/media/<id>/original.<ext>`), so a page can
 * build a `srcset` from an image block (media id, width, height, src) without asking the database.
 */

/** Formats the library accepts, detected from the bytes (AVIF is HEIF with AV1). */
export const mediaFormats = ['jpeg', 'png', 'webp', 'avif'] as const;
export type MediaFormat = (typeof mediaFormats)[number];

/**
 * The most pixels an uploaded image may have unless MEDIA_MAX_PIXELS says otherwise: 50 million
 * (a 45-megapixel camera's 8192 × 5464 fits). Decoding takes 3–4 bytes per pixel, so this
 * bounds the memory one image needs (it was 80 million, and four such uploads at once took 2 GB).
 */
export const DEFAULT_MEDIA_MAX_PIXELS = 50_000_000;

/** Widths of the responsive variants; an image is never scaled up past its own width. */
export const MEDIA_WIDTHS = [320, 640, 960, 1280, 1920] as const;
const LARGEST = Math.max(...MEDIA_WIDTHS);

export const extensionOf: Record<MediaFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
};
const formatOfExtension = new Map<string, MediaFormat>([
  ['jpg', 'jpeg'],
  ['png', 'png'],
  ['webp', 'webp'],
  ['avif', 'avif'],
]);

/** Content types an upload may be sent as (the bytes are judged afterwards, never the label). */
export const UPLOAD_CONTENT_TYPE = /^image\/[\w.+-]+$/i;

export const mimeTypeOf: Record<MediaFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

export interface MediaVariant {
  /** File name inside the media item's folder: `640.webp`, `original.jpg`. */
  file: string;
  format: MediaFormat;
  width: number;
  height: number;
  bytes: number;
}

export interface Media {
  id: string;
  /** The name it was uploaded under (shown and searched, never used as a path). */
  filename: string;
  format: MediaFormat;
  mimeType: string;
  /** Size of the uploaded file. */
  bytes: number;
  /** Pixel size after auto-rotation. */
  width: number;
  height: number;
  /** Empty until someone describes the image; required before an article using it is published. */
  alt: string;
  caption: string | null;
  credit: string | null;
  uploadedBy: string | null;
  createdAt: Date;
  /** Where the files live in the media store. */
  storageKey: string;
  variants: MediaVariant[];
}

/** Width of the largest variant of an image `originalWidth` pixels wide (no upscaling). */
const largestVariantWidth = (originalWidth: number): number => Math.min(originalWidth, LARGEST);

/** Widths of the variants made for an image `originalWidth` pixels wide (ascending, no upscaling). */
export function variantWidths(originalWidth: number): number[] {
  const top = largestVariantWidth(originalWidth);
  return [...MEDIA_WIDTHS.filter((w) => w < top), top];
}

/** Formats of the variants: the original's own (JPEG, PNG, WebP, AVIF) and WebP. */
export function variantFormats(format: MediaFormat): MediaFormat[] {
  return format === 'webp' ? ['webp'] : [format, 'webp'];
}

export const variantFile = (width: number | 'original', format: MediaFormat): string =>
  `${width}.${extensionOf[format]}`;

/** A file name the media route may serve: `original.jpg`, `640.webp` — nothing else. */
export function parseMediaFile(name: string): { width: number | 'original'; format: MediaFormat } | null {
  const [, width, extension = ''] = /^(original|[1-9]\d{0,4})\.(jpg|png|webp|avif)$/.exec(name) ?? [];
  const format = formatOfExtension.get(extension);
  if (!format) return null;
  return { width: width === 'original' ? 'original' : Number(width), format };
}

export const mediaPath = (id: string, file: string): string => `/media/${id}/${file}`;

/** The `src` an image block gets for library media: the largest variant in the original's format. */
export function mediaSrc(m: Pick<Media, 'id' | 'width' | 'format'>): string {
  return mediaPath(m.id, variantFile(largestVariantWidth(m.width), m.format));
}

/** The fields of an image block (or featured image) that show this media item. */
export function imageOf(m: Media): {
  src: string;
  alt: string;
  width: number;
  height: number;
  mediaId: string;
  caption?: string;
  credit?: string;
} {
  return {
    src: mediaSrc(m),
    alt: m.alt,
    width: m.width,
    height: m.height,
    mediaId: m.id,
    ...(m.caption ? { caption: m.caption } : {}),
    ...(m.credit ? { credit: m.credit } : {}),
  };
}

export interface ResponsiveImage {
  /** The fallback `<img src>` and its `srcset`. */
  src: string;
  srcset: string;
  /** `<source>` elements to offer first (a better format), in order. */
  sources: { type: string; srcset: string }[];
}

/**
 * The srcset of an image that refers to library media, derived from its media id, width and
 * src alone (no database). Null when the image is not library media or its fields disagree,
 * in which case it is shown as a plain `<img>`.
 */
export function responsiveImage(image: {
  src: string;
  mediaId?: string | null | undefined;
  width?: number | null | undefined;
  height?: number | null | undefined;
}): ResponsiveImage | null {
  const { mediaId, width } = image;
  if (!mediaId || !width || !image.height) return null;
  const prefix = `/media/${mediaId}/`;
  if (!image.src.startsWith(prefix)) return null;
  const file = parseMediaFile(image.src.slice(prefix.length));
  if (!file) return null;
  const widths = variantWidths(width);
  const set = (format: MediaFormat) =>
    widths.map((w) => `${mediaPath(mediaId, variantFile(w, format))} ${w}w`).join(', ');
  const largest = (format: MediaFormat) =>
    mediaPath(mediaId, variantFile(largestVariantWidth(width), format));
  switch (file.format) {
    case 'avif':
      // Browsers without AVIF take the WebP variants.
      return {
        src: largest('webp'),
        srcset: set('webp'),
        sources: [{ type: 'image/avif', srcset: set('avif') }],
      };
    case 'webp':
      return { src: largest('webp'), srcset: set('webp'), sources: [] };
    default:
      return {
        src: largest(file.format),
        srcset: set(file.format),
        sources: [{ type: 'image/webp', srcset: set('webp') }],
      };
  }
}

/** The library media an article shows (body images and its featured image), each id once. */
export function mediaIdsIn(
  body: readonly { type: string; mediaId?: string | null | undefined }[],
  featuredImage?: { mediaId?: string | null | undefined } | null,
): string[] {
  const ids = body.flatMap((b) => (b.type === 'image' && b.mediaId ? [b.mediaId] : []));
  if (featuredImage?.mediaId) ids.push(featuredImage.mediaId);
  return [...new Set(ids)];
}
