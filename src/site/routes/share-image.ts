import { cacheFor } from '../../http/caching.ts';
import { shareImageSource } from '../share-image.ts';
import { sendNotFound } from './answers.tsx';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** Versions kept in memory: one per language and the logo, a few stale ones at most. */
const KEEP = 16;

/**
 * `/share-image/<language>.png` (1200 × 630) and `/share-image/logo.png`: rasterised from the
 * site's settings on first request and kept by content version, so a change of name or tagline
 * (`site.changed`) draws a new one on the next request. Cached for an hour by browsers and
 * networks; pages link it with `?v=<version>`, so a changed image has a new address anyway.
 */
export function shareImage(kit: SiteKit): SiteHandler<{ file: string }> {
  const made = new Map<string, Promise<Buffer>>();
  return async (request, reply) => {
    const source = shareImageSource(kit.deps.site.settings(), request.params.file);
    if (!source) return sendNotFound(kit, reply);
    const key = `${request.params.file}/${source.version}`;
    let png = made.get(key);
    if (!png) {
      png = import('sharp').then(async ({ default: sharp }) =>
        sharp(Buffer.from(source.svg)).png({ compressionLevel: 9 }).toBuffer(),
      );
      made.set(key, png);
      // A failed render is tried again on the next request, not remembered.
      png.catch(() => made.delete(key));
      if (made.size > KEEP) made.delete(made.keys().next().value ?? key);
    }
    // The ETag (and 304s) come from the app's hook, hashed from the bytes.
    cacheFor(reply, 'public, max-age=3600');
    return reply.type('image/png').send(await png);
  };
}
