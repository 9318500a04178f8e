import { z } from 'zod';
import { roles } from '../domain/roles.ts';
import { dataOf } from './wire.ts';

/** GET /admin/api/me: who is signed in, what they may do, and the CSRF token for writes. */
export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  permissions: z.array(z.string()),
});
export type Me = z.output<typeof meSchema>;
export const meResponse = dataOf(meSchema).extend({ csrf: z.string().nullable() });

/** GET /admin/api/site: what the editor needs to know about the site. */
export const siteInfoSchema = z.object({
  name: z.string(),
  languages: z.array(z.object({ code: z.string(), name: z.string() })),
  defaultLanguage: z.string(),
  sections: z.array(z.object({ slug: z.string(), name: z.string() })),
  /** Every name a front-page place may have, from the top (a layout uses the first few). */
  slots: z.array(z.string()),
  timeZone: z.string(),
  /** How long a breaking flag shows by default, in hours. */
  breakingHours: z.number(),
});
export type SiteInfo = z.output<typeof siteInfoSchema>;

export const tagSuggestionSchema = z.object({ slug: z.string(), name: z.string() });
