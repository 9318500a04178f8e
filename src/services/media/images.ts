import type sharpLib from 'sharp';
import type { Metadata, Sharp } from 'sharp';
import {
  variantFile,
  variantFormats,
  variantWidths,
  type MediaFormat,
  type MediaVariant,
} from '../../domain/media.ts';

export interface Detected {
  format: MediaFormat;
  /** Pixel size as shown, i.e. after applying the EXIF orientation. */
  width: number;
  height: number;
}

/**
 * sharp, loaded on the first image: it maps libvips (some 20 MB resident), which a process that
 * never receives an upload does not need.
 */
let loading: Promise<typeof sharpLib> | null = null;
const loadSharp = () => (loading ??= import('sharp').then((m) => m.default));

export class ImageError extends Error {
  override name = 'ImageError';
}

/**
 * The format of an image judged from its bytes (never its name): JPEG, PNG, WebP or AVIF, or
 * null for anything else (GIF, SVG, HEIC, TIFF, text, …).
 */
export async function detect(bytes: Buffer): Promise<Detected | null> {
  const sharp = await loadSharp();
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
  // sharp (pinned) always reports the upright size, whether or not the image has an orientation.
  const { width, height } = meta.autoOrient;
  if (!width || !height) return null;
  return { format, width, height };
}

export const encode = (image: Sharp, format: MediaFormat): Sharp => {
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
 * format and in WebP. Nothing is scaled up. Images over `maxPixels` are refused before decoding.
 *
 * Memory stays near one decoded image: the encodes run one after another (sharp's own threads
 * do the pixels), the source is decoded twice at most (once for the original, once scaled to the
 * widest variant, which JPEG and WebP decode at a fraction of their size), and every smaller
 * variant is made from that widest one, kept as raw pixels.
 */
export async function renderVariants(
  bytes: Buffer,
  detected: Detected,
  maxPixels: number,
): Promise<RenderedFile[]> {
  if (detected.width * detected.height > maxPixels)
    throw new ImageError(`the image has more than ${formatMegapixels(maxPixels)} million pixels`);
  const sharp = await loadSharp();
  const source = () => sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).autoOrient();
  const widths = variantWidths(detected.width);
  const widest = Math.max(...widths);
  const files: RenderedFile[] = [];
  const keep = async (image: Sharp, file: string, format: MediaFormat) => {
    const { data, info } = await encode(image, format).toBuffer({ resolveWithObject: true });
    const f = { file, format, width: info.width, height: info.height, bytes: data.length, data };
    files.push(f);
    return f;
  };
  try {
    // The widest variant's pixels, upright: every variant is made from these.
    const { data: pixels, info } = await source()
      .resize({ width: widest, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const scaled = () =>
      sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });
    // The original at full size; when no wider than the widest variant, made from the same pixels.
    const original = await keep(
      widest === detected.width ? scaled() : source(),
      variantFile('original', detected.format),
      detected.format,
    );
    for (const format of variantFormats(detected.format))
      for (const width of widths) {
        // The full-width variant in the original's format is the original: encoded once.
        if (width === detected.width && format === detected.format)
          files.push({ ...original, file: variantFile(width, format) });
        else
          await keep(
            width === widest ? scaled() : scaled().resize({ width }),
            variantFile(width, format),
            format,
          );
      }
  } catch (e) {
    throw new ImageError(`the image could not be read (${(e as Error).message})`);
  }
  return files;
}

/**
 * One file of a drawn picture (an SVG source): the vectors rasterised at the file's own width, so
 * lines and lettering stay sharp at every size, then encoded like an upload's variant.
 */
export async function renderDrawnFile(
  svg: Buffer,
  size: { width: number; height: number },
  file: { width: number | 'original'; format: MediaFormat },
): Promise<Buffer> {
  const sharp = await loadSharp();
  const width = file.width === 'original' ? size.width : file.width;
  const height = Math.round((width * size.height) / size.width);
  const image = sharp(svg, { density: (72 * width) / size.width })
    .resize(width, height, { fit: 'fill' })
    .flatten({ background: '#ffffff' });
  return encode(image, file.format).toBuffer();
}

const formatMegapixels = (pixels: number) => Number((pixels / 1_000_000).toFixed(1)).toString();
