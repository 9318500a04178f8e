import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { IMMUTABLE_ASSET_CACHE, cacheFor } from '../../http/caching.ts';
import type { MediaService } from '../../services/media/media.service.ts';
import { sendNotFound } from './answers.tsx';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** `/assets/<name>.<hash>.<ext>`: the site's own stylesheet, scripts and fonts, named by content. */
export const siteAsset =
  (kit: SiteKit): SiteHandler =>
  async (request, reply) => {
    const query = request.url.indexOf('?');
    const asset = kit.deps.assets.files.get(query === -1 ? request.url : request.url.slice(0, query));
    if (!asset) return sendNotFound(kit, reply);
    cacheFor(reply, IMMUTABLE_ASSET_CACHE);
    return reply.type(asset.contentType).send(asset.body);
  };

export interface MediaRouteDeps {
  media: MediaService;
}

/**
 * Library images and their variants: `/media/<id>/<width>.<ext>` and `/media/<id>/original.<ext>`.
 * A file never changes once written (a new upload gets a new id), so answers are cached for a
 * year as immutable. Only names of the item's own files are served: anything else is a 404.
 */
export function registerMediaRoutes(app: FastifyInstance, deps: MediaRouteDeps): void {
  app.get<{ Params: { id: string; file: string } }>('/media/:id/:file', async (request, reply) => {
    const { id, file } = request.params;
    const found = await deps.media.file(id, file);
    if (!found) throw new AppError('NOT_FOUND');
    const etag = `"${id}/${file}"`;
    cacheFor(reply, IMMUTABLE_ASSET_CACHE).header('etag', etag);
    const inm = request.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send();
    }
    return reply.type(found.contentType).header('content-length', found.size).send(found.stream());
  });
}
