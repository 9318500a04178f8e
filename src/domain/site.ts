import { z } from 'zod';
import { AA_TEXT, contrastRatio } from '../lib/contrast.ts';
import { defaultMenus, menusSchema } from './menus.ts';

export interface Language {
  code: string;
  name: string;
  isDefault: boolean;
}

/**
 * What readers see of story intelligence (key facts, who said what, timelines, conflicting
 * accounts, topic pages, JSON-LD about/mentions): `review` — only what an editor approved;
 * `auto` — also what the analyser is confident of; `off` — nothing machine-made.
 */
export const storyFactsModes = ['review', 'auto', 'off'] as const;
export type StoryFactsMode = (typeof storyFactsModes)[number];

/** The reader site's light background and the white text set on the accent (badges, the breaking strip). */
export const PAGE_BACKGROUND = '#fdfcf9';
const WHITE = '#ffffff';

/**
 * The brand's accent colour: `#rrggbb`, readable as text on the page (AA, 4.5:1) and with white
 * text on it, since the site uses it both ways.
 */
export const brandColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, like #a4161a')
  .transform((c) => c.toLowerCase())
  .superRefine((c, ctx) => {
    const ratio = Math.min(contrastRatio(c, PAGE_BACKGROUND), contrastRatio(c, WHITE));
    if (ratio < AA_TEXT)
      ctx.addIssue({
        code: 'custom',
        message: `contrast ${ratio.toFixed(2)}:1 against the page background and white text; WCAG AA needs ${String(AA_TEXT)}:1 (choose a darker colour)`,
      });
  });

/** Settings a newsroom may change; stored in the database, defaults here. */
export const siteSettingsSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    tagline: z.string().max(300),
    /** The tagline in other languages, by language code; a language without one shows `tagline`. */
    taglines: z.record(z.string(), z.string().max(300)),
    baseUrl: z.url(),
    timeZone: z.string().min(1),
    languages: z.array(z.string()).min(1),
    defaultLanguage: z.string(),
    pageSize: z.number().int().min(1).max(100),
    /** Feeds carry the full text (true) or a summary with a link (false). */
    feedFullText: z.boolean(),
    storyFacts: z.enum(storyFactsModes),
    publisher: z.object({
      legalName: z.string().max(200),
      address: z.string().max(500),
      email: z.string().max(200),
    }),
    /** How long a breaking-news flag shows, in hours, unless an article sets its own end. */
    brandColor: brandColorSchema,
    /** The header and footer menus (null: the sections). */
    menus: menusSchema,
    breakingHours: z
      .number()
      .min(0.25)
      .max(24 * 14),
    textSize: z.object({
      default: z.number().int().min(8).max(64),
      step: z.number().int().min(1).max(16),
      min: z.number().int().min(8).max(64),
      max: z.number().int().min(8).max(96),
    }),
  })
  .refine((s) => s.languages.includes(s.defaultLanguage), {
    path: ['defaultLanguage'],
    message: 'must be one of the site languages',
  })
  .refine((s) => s.textSize.min <= s.textSize.default && s.textSize.default <= s.textSize.max, {
    path: ['textSize'],
    message: 'default must lie between min and max',
  });
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** The site's tagline in `language`: its translation when there is one, else the tagline itself. */
export const taglineIn = (s: Pick<SiteSettings, 'tagline' | 'taglines'>, language: string): string =>
  s.taglines[language] ?? s.tagline;

export const defaultSiteSettings: SiteSettings = {
  name: 'Newsdesk',
  tagline: 'News from the region and the world',
  taglines: { az: 'Regiondan və dünyadan xəbərlər', ru: 'Новости региона и мира' },
  baseUrl: 'http://127.0.0.1:3000',
  timeZone: 'Asia/Baku',
  languages: ['en', 'az', 'ru'],
  defaultLanguage: 'en',
  pageSize: 10,
  feedFullText: true,
  // Nothing machine-made reaches readers until an editor approves it (new and upgraded sites alike).
  storyFacts: 'review',
  publisher: {
    legalName: 'Newsdesk Demo Newsroom',
    address: '1 Example Avenue, Baku',
    email: 'newsroom@example.com',
  },
  brandColor: '#a4161a',
  menus: defaultMenus,
  breakingHours: 6,
  // WCAG 1.4.4: 32 px is 200 % of the 16 px default.
  textSize: { default: 16, step: 2, min: 12, max: 32 },
};
