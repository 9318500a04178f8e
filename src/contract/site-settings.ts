import { z } from 'zod';
import { siteSettingsSchema } from '../domain/site.ts';
import { dataOf } from './wire.ts';

const shape = siteSettingsSchema.shape;

/** GET and PUT /admin/api/settings/site: the site-wide settings admins change. */
export const siteSettingsView = z.object({
  name: shape.name,
  tagline: shape.tagline,
  pageSize: shape.pageSize,
  textSize: shape.textSize,
  publisher: shape.publisher,
});
export type SiteSettingsView = z.output<typeof siteSettingsView>;
export const siteSettingsAnswer = dataOf(siteSettingsView);
