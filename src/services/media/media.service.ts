import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import {
  DEFAULT_MEDIA_MAX_PIXELS,
  extensionOf,
  mimeTypeOf,
  parseMediaFile,
  variantFile,
  variantFormats,
  variantWidths,
  type Media,
  type MediaVariant,
} from '../../domain/media.ts';
import { offsetOf, pageCount, type Page } from '../../lib/pagination.ts';
import { fold } from '../../search/text.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';
import { ImageWork } from './image-work.ts';
import { detect, ImageError, renderDrawnFile, renderVariants } from './images.ts';
import type { MediaStore, StoredFile } from './media-store.ts';

export const DEFAULT_MEDIA_MAX_BYTES = 10 * 1024 * 1024;
export const MEDIA_PAGE_SIZE = 30;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/** What an editor may change about a media item; fields left out stay as they are. */
export const mediaDescriptionSchema = z.object({
  alt: z.string().trim().max(500).optional(),
  caption: optionalText(1000),
  credit: optionalText(300),
});
export type MediaDescription = z.input<typeof mediaDescriptionSchema>;

export interface UploadInput extends MediaDescription {
  bytes: Buffer;
  /** The name the file had on the uploader's machine: shown and searched, never trusted. */
  filename: string;
  uploadedBy: string | null;
}

/** A picture the app draws itself (the demo's maps, charts and illustrations), as SVG. */
export interface DrawingInput extends MediaDescription {
  svg: string;
  /** The size the SVG is drawn at: the picture's pixel size in the library. */
  width: number;
  height: number;
  filename: string;
}

/** Where a drawn picture keeps its SVG, beside the files rasterised from it. */
const DRAWING_SOURCE = 'source.svg';
/** Drawings are offered as JPEG and WebP (a drawing has no transparency to keep). */
const DRAWING_FORMAT = 'jpeg';

export interface MediaOptions {
  maxBytes: number;
  /** Images with more pixels are refused before decoding; DEFAULT_MEDIA_MAX_PIXELS when unset. */
  maxPixels?: number;
  /** Images decoded and encoded at once (default 1) and uploads admitted at once (default 8). */
  concurrency?: number;
  maxUploadsInProgress?: number;
}

/** A file name fit for display: the last path segment, no control characters, at most 255 long. */
function cleanFilename(name: string, fallbackExt: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255);
  return base || `image.${fallbackExt}`;
}

const searchText = (m: Pick<Media, 'filename' | 'alt' | 'caption' | 'credit'>) =>
  fold([m.filename, m.alt, m.caption ?? '', m.credit ?? ''].join(' \u0001 '));

const storageKeyOf = (id: string) => {
  const k = id.toLowerCase().replace(/[^a-z0-9-]/g, '');
  return `${k.slice(0, 2).padEnd(2, '0')}/${k}`;
};

/**
 * The newsroom's image library: uploads checked by their bytes (JPEG, PNG, WebP, AVIF), stored
 * without metadata and upright, with responsive variants; descriptions (alt text, caption,
 * credit); search for reuse; and the check publishing asks: which images lack alt text.
 */
export class MediaService {
  private readonly work: ImageWork;

  constructor(
    private readonly store: Store,
    private readonly files: MediaStore,
    private readonly clock: Clock,
    private readonly options: MediaOptions,
    private readonly newId: IdGenerator = uuid,
  ) {
    this.work = new ImageWork({
      concurrency: options.concurrency ?? 1,
      maxInProgress: options.maxUploadsInProgress ?? 8,
    });
  }

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  get maxPixels(): number {
    return this.options.maxPixels ?? DEFAULT_MEDIA_MAX_PIXELS;
  }

  /**
   * Admits an upload by this account before its body is read: one at a time per account, a
   * few at a time in all (RATE_LIMITED otherwise). Call the returned function when it is over.
   */
  admitUpload(accountId: string): () => void {
    return this.work.admit(accountId);
  }

  async upload(input: UploadInput): Promise<Media> {
    if (input.bytes.length > this.options.maxBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${this.options.maxBytes} bytes.`, [
        { field: 'file', message: `must be at most ${this.options.maxBytes} bytes` },
      ]);
    }
    if (input.bytes.length === 0)
      throw new AppError('VALIDATION_FAILED', 'file: is empty', [{ field: 'file', message: 'is empty' }]);
    const description = validate(mediaDescriptionSchema, {
      alt: input.alt,
      caption: input.caption,
      credit: input.credit,
    });
    // One image (or a few) at a time in the whole process: decoding takes memory in proportion to pixels.
    const { detected, rendered } = await this.work.run(async () => {
      const detected = await detect(input.bytes);
      if (!detected) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file is not a JPEG, PNG, WebP or AVIF image.', [
          { field: 'file', message: 'must be a JPEG, PNG, WebP or AVIF image' },
        ]);
      }
      try {
        return { detected, rendered: await renderVariants(input.bytes, detected, this.maxPixels) };
      } catch (e) {
        if (!(e instanceof ImageError)) throw e;
        throw new AppError('VALIDATION_FAILED', `file: ${e.message}`, [
          { field: 'file', message: e.message },
        ]);
      }
    });
    const id = this.newId();
    const media: Media = {
      id,
      filename: cleanFilename(input.filename, extensionOf[detected.format]),
      format: detected.format,
      mimeType: mimeTypeOf[detected.format],
      bytes: input.bytes.length,
      width: detected.width,
      height: detected.height,
      alt: description.alt ?? '',
      caption: description.caption ?? null,
      credit: description.credit ?? null,
      uploadedBy: input.uploadedBy,
      createdAt: this.clock.now(),
      storageKey: storageKeyOf(id),
      variants: rendered.map(({ data: _data, ...v }) => v),
    };
    await this.files.put(
      media.storageKey,
      rendered.map((r) => ({ name: r.file, bytes: r.data })),
    );
    try {
      await this.store.repos.media.insert(media, searchText(media));
    } catch (e) {
      // No row, no files: an upload either happened completely or not at all.
      await this.files.remove(media.storageKey).catch(() => undefined);
      throw e;
    }
    return media;
  }

  /**
   * Adds a drawn picture to the library: its SVG is stored and each file (original, variants) is
   * rasterised when first asked for, then kept. Adding costs a file write and a row, so the demo
   * loads in a blink; a variant's `bytes` stays 0 in the row (the file is made later).
   */
  async addDrawing(input: DrawingInput): Promise<Media> {
    const description = validate(mediaDescriptionSchema, {
      alt: input.alt,
      caption: input.caption,
      credit: input.credit,
    });
    const { width, height } = input;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
      throw new AppError('VALIDATION_FAILED', 'size: must be whole pixels', [
        { field: 'size', message: 'must be whole pixels' },
      ]);
    const svg = Buffer.from(input.svg);
    const sized = (w: number | 'original', format: MediaVariant['format']): MediaVariant => {
      const vw = w === 'original' ? width : w;
      return {
        file: variantFile(w, format),
        format,
        width: vw,
        height: Math.round((vw * height) / width),
        bytes: 0,
      };
    };
    const id = this.newId();
    const media: Media = {
      id,
      filename: cleanFilename(input.filename, 'svg'),
      format: DRAWING_FORMAT,
      mimeType: mimeTypeOf[DRAWING_FORMAT],
      bytes: svg.length,
      width,
      height,
      alt: description.alt ?? '',
      caption: description.caption ?? null,
      credit: description.credit ?? null,
      uploadedBy: null,
      createdAt: this.clock.now(),
      storageKey: storageKeyOf(id),
      variants: [
        sized('original', DRAWING_FORMAT),
        ...variantFormats(DRAWING_FORMAT).flatMap((f) => variantWidths(width).map((w) => sized(w, f))),
      ],
    };
    await this.files.put(media.storageKey, [{ name: DRAWING_SOURCE, bytes: svg }]);
    try {
      await this.store.repos.media.insert(media, searchText(media));
    } catch (e) {
      await this.files.remove(media.storageKey).catch(() => undefined);
      throw e;
    }
    return media;
  }

  /** Files of drawn pictures being rasterised now: a second request for one waits for the first. */
  private readonly drawing = new Map<string, Promise<boolean>>();

  /** Makes a drawn picture's file from its SVG (false when the item has no drawing). */
  private draw(m: Media, name: string, file: { width: number | 'original'; format: MediaVariant['format'] }) {
    const key = `${m.storageKey}/${name}`;
    let made = this.drawing.get(key);
    if (!made) {
      made = this.work
        .run(async () => {
          const svg = await this.files.read(m.storageKey, DRAWING_SOURCE);
          if (!svg) return false;
          await this.files.putFile(m.storageKey, name, await renderDrawnFile(svg, m, file));
          return true;
        })
        .finally(() => this.drawing.delete(key));
      this.drawing.set(key, made);
    }
    return made;
  }

  async find(id: string): Promise<Media | null> {
    return this.store.repos.media.byId(id);
  }

  async get(id: string): Promise<Media> {
    const m = await this.find(id);
    if (!m) throw new AppError('NOT_FOUND', 'No such media item.');
    return m;
  }

  /** Changes alt text, caption or credit; an empty caption or credit removes it. */
  async update(id: string, input: MediaDescription): Promise<Media> {
    const patch = validate(mediaDescriptionSchema, input);
    const current = await this.get(id);
    const next = {
      alt: patch.alt ?? current.alt,
      caption: patch.caption === undefined ? current.caption : patch.caption,
      credit: patch.credit === undefined ? current.credit : patch.credit,
    };
    await this.store.repos.media.describe(id, next, searchText({ ...current, ...next }));
    return { ...current, ...next };
  }

  /** Newest first; `query` matches words in file names, alt text, captions and credits. */
  async list(opts: { query?: string; page?: number; pageSize?: number } = {}): Promise<Page<Media>> {
    const page = Math.max(1, Math.floor(opts.page ?? 1));
    const pageSize = Math.min(100, Math.max(1, Math.floor(opts.pageSize ?? MEDIA_PAGE_SIZE)));
    const words = fold(opts.query ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10);
    const r = await this.store.repos.media.list({ words, limit: pageSize, offset: offsetOf(page, pageSize) });
    return { items: r.items, page, pageSize, total: r.total, pageCount: pageCount(r.total, pageSize) };
  }

  /**
   * Of the given media ids, those whose library entry has no alt text (the publish check asks
   * this for the images an article uses). Ids not in the library are not reported.
   */
  async missingAlt(ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.store.repos.media.byIds(unique);
    const lacking = new Set(found.filter((m) => m.alt.trim() === '').map((m) => m.id));
    return unique.filter((id) => lacking.has(id));
  }

  /** Deletes an item and its files, refused (CONFLICT) while an article uses it. */
  async delete(id: string): Promise<void> {
    const m = await this.get(id);
    if (await this.store.repos.media.isUsed(id))
      throw new AppError('CONFLICT', 'The image is used by an article; remove it there first.');
    await this.store.repos.media.remove(id);
    await this.files.remove(m.storageKey);
  }

  /** Clears leftovers of uploads interrupted over an hour ago (a background job). */
  async sweep(): Promise<void> {
    await this.files.sweep?.(3_600_000);
  }

  /**
   * A file of a media item, for the public media route: null when the item or the file does not
   * exist or the name is not one of its files.
   */
  async file(id: string, name: string): Promise<(StoredFile & { contentType: string }) | null> {
    const parsed = parseMediaFile(name);
    if (!parsed || !/^[A-Za-z0-9-]{8,64}$/.test(id)) return null;
    const m = await this.find(id);
    if (!m || !m.variants.some((v) => v.file === name)) return null;
    let f = await this.files.open(m.storageKey, name);
    // A drawn picture's file is made on its first request.
    if (!f && (await this.draw(m, name, parsed))) f = await this.files.open(m.storageKey, name);
    return f ? { ...f, contentType: mimeTypeOf[parsed.format] } : null;
  }
}
