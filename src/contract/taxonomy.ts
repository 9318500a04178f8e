import { z } from 'zod';
import { dataOf } from './wire.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');
const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const description = z.string().trim().max(1000, 'must be at most 1000 characters').nullable();
const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a5fb4')
  .nullable();

/** A section as the settings screen shows it: base name (the default language) and translations. */
export const sectionView = z.object({
  id: z.string(),
  slug,
  name: z.string(),
  description: z.string().nullable(),
  color: z.string().nullable(),
  position: z.number().int(),
  names: z.record(z.string(), z.object({ name: z.string(), description: z.string().nullable() })),
  /** Articles in the section, any status: a section with articles cannot be removed. */
  articles: z.number().int(),
});
export type SectionView = z.output<typeof sectionView>;

export const sectionsAnswer = dataOf(
  z.object({
    sections: z.array(sectionView),
    languages: z.array(z.string()),
    defaultLanguage: z.string(),
  }),
);
export type SectionsData = z.output<typeof sectionsAnswer>['data'];

/** A translation of a section's name; `null` (or an empty name) removes it, so the base name shows. */
const sectionName = z
  .object({ name: z.string().trim().max(120, 'must be at most 120 characters'), description })
  .nullable();

/** PUT /settings/sections/:id: any of the fields. */
export const sectionChange = z
  .object({
    name,
    description,
    color,
    position: z.number().int().min(0).max(10_000),
    names: z.record(z.string(), sectionName),
  })
  .partial()
  .strict();
export type SectionChange = z.input<typeof sectionChange>;

/** POST /settings/sections. */
export const sectionCreate = z
  .object({
    slug,
    name,
    description: description.default(null),
    color: color.default(null),
    position: z.number().int().min(0).max(10_000).optional(),
    names: z.record(z.string(), sectionName).default({}),
  })
  .strict();
export type SectionCreate = z.input<typeof sectionCreate>;

export const tagView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  names: z.record(z.string(), z.string()),
  articles: z.number().int(),
});
export type TagView = z.output<typeof tagView>;

export const tagsQuery = z.object({
  q: z.string().trim().max(120).default(''),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const tagsAnswer = dataOf(
  z.object({
    tags: z.array(tagView),
    total: z.number().int(),
    languages: z.array(z.string()),
    defaultLanguage: z.string(),
  }),
);
export type TagsData = z.output<typeof tagsAnswer>['data'];

/** PUT /settings/tags/:id: the base name and names per language (empty removes a translation). */
export const tagChange = z
  .object({
    name,
    names: z.record(z.string(), z.string().trim().max(120, 'must be at most 120 characters').nullable()),
  })
  .partial()
  .strict();
export type TagChange = z.input<typeof tagChange>;

export const sectionAnswer = dataOf(sectionView);
export const tagAnswer = dataOf(tagView);
