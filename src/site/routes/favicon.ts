import { cacheFor } from '../../http/caching.ts';
import { iconSvg } from '../assets.ts';
import type { SiteHandler, SiteKit } from './site-kit.ts';

const SIZES = [16, 32, 48];

/** An ICO file holding PNG images (Windows Vista and every browser since read them). */
export function icoOf(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at); // 0 means 256
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** The site's icon as favicon.ico, rendered from its SVG once per site name (sharp loads on first use). */
async function renderIcon(name: string): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const svg = iconSvg(name);
  const pngs = await Promise.all(
    SIZES.map(async (size) => ({ size, png: await sharp(svg).resize(size, size).png().toBuffer() })),
  );
  return icoOf(pngs);
}

/** `/favicon.ico`: browsers, feed readers and crawlers ask for it whatever the page's <link rel=icon> says. */
export function favicon(kit: SiteKit): SiteHandler {
  let made: { name: string; ico: Promise<Buffer> } | null = null;
  return async (_request, reply) => {
    const { name } = kit.deps.site.settings();
    if (made?.name !== name) {
      const ico = renderIcon(name);
      made = { name, ico };
      // A failed render is tried again on the next request, not remembered.
      ico.catch(() => {
        if (made?.ico === ico) made = null;
      });
    }
    cacheFor(reply, 'public, max-age=86400');
    return reply.type('image/x-icon').send(await made.ico);
  };
}
