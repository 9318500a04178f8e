import { z } from 'zod';
import { siteSettingsSchema } from '../domain/site.ts';
import { dataOf } from './wire.ts';

const shape = siteSettingsSchema.shape;

/** GET and PUT /admin/api/settings/site: the site-wide settings admins change. */
export const siteSettingsView = z.object({
  name: shape.name,
  tagline: shape.tagline,
  taglines: shape.taglines,
  pageSize: shape.pageSize,
  textSize: shape.textSize,
  publisher: shape.publisher,
  /** The accent colour, `#rrggbb`; refused when it fails WCAG AA contrast. */
  brandColor: shape.brandColor,
  /** The header and footer menus: sections and custom links in order (null: every section). */
  menus: shape.menus,
  /** Read only: the site's languages, to offer a tagline in each one but the default. */
  languages: shape.languages,
  defaultLanguage: shape.defaultLanguage,
});
/** What PUT takes: the view without its read-only fields. */
export type SiteSettingsChange = Omit<SiteSettingsView, 'languages' | 'defaultLanguage'>;
export type SiteSettingsView = z.output<typeof siteSettingsView>;
export const siteSettingsAnswer = dataOf(siteSettingsView);
export type MenuItem = SiteSettingsView['menus']['header'] extends (infer T)[] | null ? T : never;
