import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { AppError } from '../../domain/errors.ts';
import { imageOf, mediaIdsIn, responsiveImage } from '../../domain/media.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { FileMediaStore } from './media-store.ts';
import { MediaService } from './media.service.ts';

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 30 } } });

/** Every file under a folder, relative to it (temporary folders included). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function refused(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected the upload to be refused');
}

describe.each(dialects)('media library on %s', (dialect) => {
  let app: TestApp;
  let dir: string;
  const media = () => app.container.media;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-media-test-'));
    app = await createTestApp(dialect, { media: { dir, maxBytes: 200_000 } });
  });
  afterEach(async () => {
    await ifStarted(app)?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('judges the type by the content: a PNG named .jpg is a PNG', async () => {
    const m = await media().upload({
      bytes: await solid(800, 400).png().toBuffer(),
      filename: 'holiday/photo.jpg',
      uploadedBy: null,
    });
    expect(m).toMatchObject({
      format: 'png',
      mimeType: 'image/png',
      width: 800,
      height: 400,
      filename: 'photo.jpg',
      alt: '',
    });
    expect(await media().get(m.id)).toEqual(m);
    expect(m.variants.map((v) => v.file).sort()).toEqual(
      ['320.png', '320.webp', '640.png', '640.webp', '800.png', '800.webp', 'original.png'].sort(),
    );
  });

  it('refuses text named .jpg, GIFs and HEIC-like junk with UNSUPPORTED_MEDIA_TYPE on the file field, writing nothing', async () => {
    const gif = await solid(20, 20).gif().toBuffer();
    for (const bytes of [Buffer.from('not an image at all, just text\n'), gif]) {
      const e = await refused(media().upload({ bytes, filename: 'picture.jpg', uploadedBy: null }));
      expect(e.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(e.status).toBe(415);
      expect(e.issues).toEqual([{ field: 'file', message: 'must be a JPEG, PNG, WebP or AVIF image' }]);
    }
    expect((await media().list()).total).toBe(0);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('refuses files over the configured size with PAYLOAD_TOO_LARGE, writing nothing', async () => {
    const noise = randomBytes(400 * 400 * 3); // does not compress
    const big = await sharp(noise, { raw: { width: 400, height: 400, channels: 3 } })
      .png()
      .toBuffer();
    expect(big.length).toBeGreaterThan(200_000);
    const e = await refused(media().upload({ bytes: big, filename: 'big.png', uploadedBy: null }));
    expect(e.code).toBe('PAYLOAD_TOO_LARGE');
    expect(e.issues[0]?.field).toBe('file');
    expect((await media().list()).total).toBe(0);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('makes every width in JPEG and WebP, never larger than the original', async () => {
    const m = await media().upload({
      bytes: await solid(2400, 1200).jpeg().toBuffer(),
      filename: 'wide.jpg',
      uploadedBy: 'u1',
    });
    const key = m.storageKey;
    const stored = filesUnder(join(dir, key));
    expect(stored).toEqual(
      ['original.jpg', ...[320, 640, 960, 1280, 1920].flatMap((w) => [`${w}.jpg`, `${w}.webp`])].sort(),
    );
    for (const v of m.variants) {
      const meta = await sharp(readFileSync(join(dir, key, v.file))).metadata();
      expect({ file: v.file, format: meta.format, width: meta.width, height: meta.height }).toEqual({
        file: v.file,
        format: v.format,
        width: v.width,
        height: v.height,
      });
      if (v.file !== 'original.jpg') expect(v.height).toBe(v.width / 2);
    }
    expect(m.variants.find((v) => v.file === 'original.jpg')).toMatchObject({ width: 2400, height: 1200 });

    // A small image gets no variant wider than itself.
    const small = await media().upload({
      bytes: await solid(500, 300).webp().toBuffer(),
      filename: 'small.webp',
      uploadedBy: null,
    });
    expect(small.variants.map((v) => `${v.file}:${v.width}`).sort()).toEqual([
      '320.webp:320',
      '500.webp:500',
      'original.webp:500',
    ]);
  });

  it('keeps AVIF as AVIF (with WebP beside it)', async () => {
    const m = await media().upload({
      bytes: await solid(400, 200).avif({ effort: 0 }).toBuffer(),
      filename: 'a.avif',
      uploadedBy: null,
    });
    expect(m).toMatchObject({ format: 'avif', mimeType: 'image/avif' });
    expect(m.variants.map((v) => v.file).sort()).toEqual(
      ['320.avif', '320.webp', '400.avif', '400.webp', 'original.avif'].sort(),
    );
    const meta = await sharp(readFileSync(join(dir, m.storageKey, '320.avif'))).metadata();
    expect(meta).toMatchObject({ format: 'heif', compression: 'av1', width: 320 });
  });

  it('strips EXIF and GPS data and turns the picture upright', async () => {
    // Stored 600×300 but marked "rotate 90°": people see it 300×600.
    const bytes = await solid(600, 300)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: 'SpyCam', Artist: 'Someone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 0/1' },
      })
      .toBuffer();
    const before = await sharp(bytes).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    const m = await media().upload({ bytes, filename: 'phone.jpg', uploadedBy: null });
    expect({ width: m.width, height: m.height }).toEqual({ width: 300, height: 600 });
    for (const v of m.variants) {
      const data = readFileSync(join(dir, m.storageKey, v.file));
      const meta = await sharp(data).metadata();
      expect(meta.exif, v.file).toBeUndefined();
      expect(meta.orientation, v.file).toBeUndefined();
      expect(data.includes('SpyCam'), v.file).toBe(false);
      expect(meta.height > meta.width, v.file).toBe(true);
    }
  });

  it('describes, searches and reports images lacking alt text', async () => {
    const png = await solid(100, 100).png().toBuffer();
    const a = await media().upload({ bytes: png, filename: 'kyiv-embassy.png', uploadedBy: null });
    const b = await media().upload({
      bytes: png,
      filename: 'IMG_0042.png',
      uploadedBy: null,
      alt: 'Oil tanker at the Baku port',
      credit: 'Reuters',
    });
    expect(await media().missingAlt([a.id, b.id, 'not-in-library'])).toEqual([a.id]);

    const updated = await media().update(a.id, {
      alt: '  Damaged façade of the embassy ',
      caption: 'Kyiv, 20 Nov',
    });
    expect(updated).toMatchObject({
      alt: 'Damaged façade of the embassy',
      caption: 'Kyiv, 20 Nov',
      credit: null,
    });
    expect(await media().get(a.id)).toMatchObject({
      alt: 'Damaged façade of the embassy',
      caption: 'Kyiv, 20 Nov',
    });
    expect(await media().missingAlt([a.id, b.id])).toEqual([]);
    // Fields left out stay; an empty caption removes it.
    expect(await media().update(a.id, { caption: '' })).toMatchObject({
      alt: 'Damaged façade of the embassy',
      caption: null,
    });

    const ids = async (query: string) => (await media().list({ query })).items.map((m) => m.id);
    expect((await ids('')).sort()).toEqual([a.id, b.id].sort());
    expect(await ids('FACADE')).toEqual([a.id]); // case and accents folded
    expect(await ids('reuters')).toEqual([b.id]);
    expect(await ids('img_0042')).toEqual([b.id]);
    expect(await ids('baku tanker')).toEqual([b.id]);
    expect(await ids('100%')).toEqual([]);
    expect(await ids('nothing-like-this')).toEqual([]);
    const page = await media().list({ page: 2, pageSize: 1 });
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 2, pageCount: 2 });
    expect(page.items).toHaveLength(1);

    const e = await refused(media().update(a.id, { alt: 'x'.repeat(501) }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((await refused(media().get('00000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
  });

  it('deletes an unused image with its files, and refuses while an article uses it', async () => {
    const png = await solid(100, 100).png().toBuffer();
    const unused = await media().upload({ bytes: png, filename: 'a.png', uploadedBy: null });
    await media().delete(unused.id);
    expect(await media().find(unused.id)).toBeNull();
    expect(existsSync(join(dir, unused.storageKey))).toBe(false);

    const used = await media().upload({ bytes: png, filename: 'b.png', uploadedBy: null, alt: 'A square' });
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await app.container.writer.create({
      language: 'en',
      headline: 'A story with a picture',
      sectionSlug: 'world',
      body: [{ type: 'image', ...imageOf(used) }],
      status: 'draft',
    });
    expect((await refused(media().delete(used.id))).code).toBe('CONFLICT');
    expect(await media().find(used.id)).not.toBeNull();
  });
});

describe('the pixel limit', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-media-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an image over MEDIA_MAX_PIXELS before decoding it, naming the file and the limit', async () => {
    const service = new MediaService(
      { repos: { media: { insert: async () => undefined } } } as unknown as Store,
      new FileMediaStore(dir),
      { now: () => new Date() },
      { maxBytes: 1_000_000, maxPixels: 1_500_000 },
    );
    expect(service.maxPixels).toBe(1_500_000);
    // 1500 × 1001 is one row over: a small file that would decode to 4.5 MB of pixels.
    const e = await refused(
      service.upload({
        bytes: await solid(1500, 1001).png().toBuffer(),
        filename: 'x.png',
        uploadedBy: null,
      }),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.issues).toEqual([{ field: 'file', message: 'the image has more than 1.5 million pixels' }]);
    expect(filesUnder(dir)).toEqual([]);
    const ok = await service.upload({
      bytes: await solid(1500, 1000).png().toBuffer(),
      filename: 'y.png',
      uploadedBy: null,
    });
    expect(ok).toMatchObject({ width: 1500, height: 1000 });
    // Without a setting the default is 50 million, below the 80 million of before.
    expect(
      new MediaService({} as Store, new FileMediaStore(dir), { now: () => new Date() }, { maxBytes: 1 })
        .maxPixels,
    ).toBe(50_000_000);
  });
});

describe('media uploads that fail midway', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-media-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the files when the database refuses the row', async () => {
    const failing = {
      repos: {
        media: {
          insert: async () => {
            throw new Error('database is down');
          },
        },
      },
    } as unknown as Store;
    const service = new MediaService(
      failing,
      new FileMediaStore(dir),
      { now: () => new Date() },
      {
        maxBytes: 1_000_000,
      },
    );
    await expect(
      service.upload({ bytes: await solid(50, 50).png().toBuffer(), filename: 'x.png', uploadedBy: null }),
    ).rejects.toThrow('database is down');
    expect(filesUnder(dir)).toEqual([]);
  });

  it('sweeps temporary folders left by a crash, and never shows a half-written item', async () => {
    const store = new FileMediaStore(dir);
    await store.put('ab/abcdef12', [{ name: '320.webp', bytes: Buffer.from('x') }]);
    // A crash while writing leaves only a temporary folder beside the items.
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'ab', '.tmp-deadbeef'));
    writeFileSync(join(dir, 'ab', '.tmp-deadbeef', '640.webp'), 'half');
    expect(await store.sweep(3_600_000)).toBe(0);
    expect(await store.sweep(3_600_000, Date.now() + 2 * 3_600_000)).toBe(1);
    expect(filesUnder(dir)).toEqual(['ab/abcdef12/320.webp']);
    // Keys are never reused, and names are checked.
    await expect(store.put('ab/abcdef12', [{ name: '640.webp', bytes: Buffer.from('y') }])).rejects.toThrow();
    await expect(store.open('ab/abcdef12', '../../x.webp')).rejects.toThrow(/invalid/);
    expect(filesUnder(dir)).toEqual(['ab/abcdef12/320.webp']);
  });
  it("sweeps a drawing's stray temporary file inside an item's folder once it is over an hour old", async () => {
    const store = new FileMediaStore(dir);
    await store.put('cd/abcdef34', [{ name: '320.webp', bytes: Buffer.from('x') }]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'cd', 'abcdef34', '.tmp-0123456789abcdef'), 'half a picture');
    expect(await store.sweep(3_600_000)).toBe(0);
    expect(filesUnder(dir)).toContain('cd/abcdef34/.tmp-0123456789abcdef');
    expect(await store.sweep(3_600_000, Date.now() + 2 * 3_600_000)).toBe(1);
    expect(filesUnder(dir)).toEqual(['cd/abcdef34/320.webp']);
  });

  it('leaves no temporary file when replacing one file fails', async () => {
    const store = new FileMediaStore(dir);
    await store.put('ef/abcdef56', [{ name: '320.webp', bytes: Buffer.from('x') }]);
    const { mkdirSync, writeFileSync } = await import('node:fs');
    // A folder where the file should go: the final rename fails after the bytes were written.
    mkdirSync(join(dir, 'ef', 'abcdef56', '640.webp'));
    writeFileSync(join(dir, 'ef', 'abcdef56', '640.webp', 'keep'), 'k');
    await expect(store.putFile('ef/abcdef56', '640.webp', Buffer.from('new'))).rejects.toThrow();
    // The item's folder is missing entirely: the write itself fails.
    await expect(store.putFile('ef/abcdef99', '640.webp', Buffer.from('new'))).rejects.toThrow();
    expect(filesUnder(dir)).toEqual(['ef/abcdef56/320.webp', 'ef/abcdef56/640.webp/keep']);
  });
});

describe('media an article uses', () => {
  it('collects library ids from body images and the featured image, once each', () => {
    const a = '8a6e0f2c-3b1d-4c5e-9f7a-1b2c3d4e5f60';
    const b = '1f0e2d3c-4b5a-4968-8776-655443322110';
    expect(
      mediaIdsIn(
        [
          { type: 'paragraph' },
          { type: 'image', mediaId: a },
          { type: 'image' },
          { type: 'image', mediaId: a },
        ],
        { mediaId: b },
      ),
    ).toEqual([a, b]);
    expect(mediaIdsIn([], null)).toEqual([]);
  });
});

describe('responsive images from image fields alone', () => {
  const id = '8a6e0f2c-3b1d-4c5e-9f7a-1b2c3d4e5f60';
  it('derives srcset and a better-format source from the media id, width and src', () => {
    expect(responsiveImage({ src: `/media/${id}/1280.jpg`, mediaId: id, width: 1280, height: 720 })).toEqual({
      src: `/media/${id}/1280.jpg`,
      srcset: `/media/${id}/320.jpg 320w, /media/${id}/640.jpg 640w, /media/${id}/960.jpg 960w, /media/${id}/1280.jpg 1280w`,
      sources: [
        {
          type: 'image/webp',
          srcset: `/media/${id}/320.webp 320w, /media/${id}/640.webp 640w, /media/${id}/960.webp 960w, /media/${id}/1280.webp 1280w`,
        },
      ],
    });
    expect(
      responsiveImage({ src: `/media/${id}/1920.avif`, mediaId: id, width: 4000, height: 3000 }),
    ).toMatchObject({
      src: `/media/${id}/1920.webp`,
      sources: [{ type: 'image/avif' }],
    });
    // Not library media, or fields that disagree: a plain image.
    expect(responsiveImage({ src: 'https://example.com/a.jpg', width: 800, height: 600 })).toBeNull();
    expect(responsiveImage({ src: '/media/other/800.jpg', mediaId: id, width: 800, height: 600 })).toBeNull();
    expect(responsiveImage({ src: `/media/${id}/800.jpg`, mediaId: id })).toBeNull();
  });
});
