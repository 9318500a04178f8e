import { z } from 'zod';
import { mediaFormats } from '../domain/media.ts';
import { isoDateTime } from './wire.ts';

/** An image of the media library with its variants (GET /admin/api/media…). */
export const mediaItemSchema = z.object({
  id: z.string(),
  filename: z.string(),
  format: z.enum(mediaFormats),
  mimeType: z.string(),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  createdAt: isoDateTime,
  url: z.string(),
  variants: z.array(
    z.object({
      file: z.string(),
      format: z.enum(mediaFormats),
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
      url: z.string(),
    }),
  ),
  /** The fields of an image block (or featured image) showing this image: insert as they are. */
  image: z.object({
    src: z.string(),
    alt: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    mediaId: z.string(),
    caption: z.string().optional(),
    credit: z.string().optional(),
  }),
});
export type MediaItem = z.output<typeof mediaItemSchema>;
