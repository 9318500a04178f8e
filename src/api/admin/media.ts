import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { imageOf, mediaPath, UPLOAD_CONTENT_TYPE, variantFile, type Media } from '../../domain/media.ts';
import { can } from '../../domain/roles.ts';
import type { User } from '../../services/accounts/account.service.ts';
import { mediaDescriptionSchema, type MediaService } from '../../services/media/media.service.ts';
import { mediaItemSchema, type MediaItem } from '../../contract/media.ts';
import { dataOf, pageOf } from '../../contract/wire.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';

export interface MediaApiDeps {
  media: MediaService;
}

const idParams = z.object({ id: z.string().min(1).max(64) });

export function serializeMedia(m: Media): MediaItem {
  return {
    id: m.id,
    filename: m.filename,
    format: m.format,
    mimeType: m.mimeType,
    bytes: m.bytes,
    width: m.width,
    height: m.height,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    uploadedBy: m.uploadedBy,
    createdAt: m.createdAt.toISOString(),
    url: mediaPath(m.id, variantFile('original', m.format)),
    variants: m.variants.map((v) => ({ ...v, url: mediaPath(m.id, v.file) })),
    /** The fields of an image block (or featured image) showing this image: insert as they are. */
    image: imageOf(m),
  };
}

/** Editing or deleting an image is for whoever uploaded it, and for editors and admins. */
function mayChange(user: User, m: Media): void {
  if (m.uploadedBy !== user.id && !can(user.role, 'articles.edit-any'))
    throw new AppError('FORBIDDEN', 'Only the uploader or an editor may change this image.');
}

/** The media library's endpoints: upload, search, read, describe, delete. */
export function mediaEndpoints(deps: MediaApiDeps): AdminEndpoint[] {
  return [
    endpoint({
      method: 'POST',
      path: '/media',
      operationId: 'uploadMedia',
      summary:
        'Upload an image: the raw file as the body (Content-Type: image/…), its name in ?filename=; JPEG, PNG, WebP or AVIF judged by the bytes',
      access: 'articles.write-own',
      response: dataOf(mediaItemSchema),
      status: 201,
      bodyLimit: deps.media.maxBytes,
      // One image at a time per account (and a few in all), refused before the body is read.
      beforeBody: ({ user, reply }) => {
        const release = deps.media.admitUpload(user.id);
        // However the request ends (answered, refused, or the client gone), the slot is free again.
        reply.raw.once('close', release);
        reply.raw.once('finish', release);
        return Promise.resolve();
      },
      query: z.object({
        filename: z.string().trim().max(255).default(''),
        alt: mediaDescriptionSchema.shape.alt,
        caption: z.string().max(1000).optional(),
        credit: z.string().max(300).optional(),
      }),
      handler: async ({ query, user, request }) => {
        if (
          !Buffer.isBuffer(request.body) ||
          !UPLOAD_CONTENT_TYPE.test(request.headers['content-type'] ?? '')
        )
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image itself as the body, as image/….', [
            { field: 'file', message: 'must be sent as the request body with Content-Type image/…' },
          ]);
        const m = await deps.media.upload({
          bytes: request.body,
          filename: query.filename,
          uploadedBy: user.id,
          alt: query.alt,
          caption: query.caption,
          credit: query.credit,
        });
        return { data: serializeMedia(m) };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/media',
      operationId: 'listMedia',
      summary: 'The image library, newest first; q searches file names, alt text, captions and credits',
      access: 'articles.write-own',
      response: pageOf(mediaItemSchema),
      query: z.object({
        q: z.string().trim().max(200).default(''),
        page: z.coerce.number().int().min(1).max(100_000).default(1),
      }),
      handler: async ({ query }) => {
        const page = await deps.media.list({ query: query.q, page: query.page });
        return {
          data: page.items.map(serializeMedia),
          meta: { page: page.page, pageCount: page.pageCount, total: page.total },
        };
      },
    }),
    endpoint({
      method: 'GET',
      path: '/media/:id',
      operationId: 'getMedia',
      summary: 'One image with its variants',
      access: 'articles.write-own',
      response: dataOf(mediaItemSchema),
      params: idParams,
      handler: async ({ params }) => ({ data: serializeMedia(await deps.media.get(params.id)) }),
    }),
    endpoint({
      method: 'PATCH',
      path: '/media/:id',
      operationId: 'describeMedia',
      summary: 'Describe an image: alt text, caption, credit (the uploader, editors and admins)',
      access: 'articles.write-own',
      response: dataOf(mediaItemSchema),
      params: idParams,
      body: mediaDescriptionSchema.strict(),
      handler: async ({ params, body, user }) => {
        mayChange(user, await deps.media.get(params.id));
        return { data: serializeMedia(await deps.media.update(params.id, body)) };
      },
    }),
    endpoint({
      method: 'DELETE',
      path: '/media/:id',
      operationId: 'deleteMedia',
      summary: 'Delete an image no article uses (the uploader, editors and admins)',
      access: 'articles.write-own',
      response: z.undefined(),
      status: 204,
      params: idParams,
      handler: async ({ params, user }) => {
        mayChange(user, await deps.media.get(params.id));
        await deps.media.delete(params.id);
        return undefined;
      },
    }),
  ];
}
