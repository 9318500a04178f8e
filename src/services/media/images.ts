import sharp, { type Metadata, type Sharp } from 'sharp';
import {
  variantFile,
  variantFormats,
  variantWidths,
  type MediaFormat,
  type MediaVariant,
} from '../../domain/media.ts';

/** Images larger than this many pixels are refused (a small file can decode to gigabytes). */
export const MAX_PIXELS = 80_000_000;

export interface Detected {
  format: MediaFormat;
  /** Pixel size as shown, i.e. after applying the EXIF orientation. */
  width: number;
  height: number;
}

export class ImageError extends Error {
  override name = 'ImageError';
}

const open = (bytes: Buffer) => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' });

/**
 * The format of an image judged from its bytes (never its name): JPEG, PNG, WebP or AVIF, or
 * null for anything else (GIF, SVG, HEIC, TIFF, text, …).
 */
export async function detect(bytes: Buffer): Promise<Detected | null> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return null;
  }
  const format: MediaFormat | null =
    meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp'
      ? meta.format
      : meta.format === 'heif' && meta.compression === 'av1'
        ? 'avif'
        : null;
  if (!format) return null;
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) return null;
  return { format, width, height };
}

const encode = (image: Sharp, format: MediaFormat): Sharp => {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 82, mozjpeg: true });
    case 'png':
      return image.png({ compressionLevel: 9, adaptiveFiltering: true });
    case 'webp':
      return image.webp({ quality: 80 });
    case 'avif':
      return image.avif({ quality: 55, effort: 3 });
  }
};

export interface RenderedFile extends MediaVariant {
  data: Buffer;
}

/**
 * The files of a media item: the original re-encoded upright and without metadata (EXIF, GPS,
 * XMP are dropped: sharp writes none unless asked), and each variant width in the original's
 * format and in WebP. Nothing is scaled up.
 */
export async function renderVariants(bytes: Buffer, detected: Detected): Promise<RenderedFile[]> {
  if (detected.width * detected.height > MAX_PIXELS)
    throw new ImageError(`the image has more than ${MAX_PIXELS / 1_000_000} million pixels`);
  const base = open(bytes).autoOrient();
  const jobs: Promise<RenderedFile>[] = [];
  const render = (width: number | 'original', format: MediaFormat) => {
    const resized =
      width === 'original' ? base.clone() : base.clone().resize({ width, withoutEnlargement: true });
    return encode(resized, format)
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({
        file: variantFile(width, format),
        format,
        width: info.width,
        height: info.height,
        bytes: data.length,
        data,
      }));
  };
  const original = render('original', detected.format);
  jobs.push(original);
  for (const format of variantFormats(detected.format))
    for (const width of variantWidths(detected.width))
      jobs.push(
        // The full-width variant in the original's format is the original: encoded once.
        width === detected.width && format === detected.format
          ? original.then((o) => ({ ...o, file: variantFile(width, format) }))
          : render(width, format),
      );
  try {
    return await Promise.all(jobs);
  } catch (e) {
    throw new ImageError(`the image could not be read (${(e as Error).message})`);
  }
}
