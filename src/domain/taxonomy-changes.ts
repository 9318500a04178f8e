import { z } from 'zod';

/**
 * What the newsroom may change of sections and tags, checked where it arrives (the admin API) and
 * again by the service. Names per language are for the site's languages other than the default,
 * whose name is the base name.
 */
// Section and tag slugs are stored in 100 characters (PostgreSQL refuses more, SQLite would not).
const slug = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');
const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const description = z.string().trim().max(1000, 'must be at most 1000 characters').nullable();
const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a5fb4')
  .nullable();

/** A translation of a section's name; `null` (or an empty name) removes it, so the base name shows. */
const sectionName = z
  .object({ name: z.string().trim().max(120, 'must be at most 120 characters'), description })
  .nullable();

/** A change to a section: any of the fields. */
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

/** A new section. */
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

/** Which tags to list: those whose slug or any name contains `q`, a page at a time. */
export const tagsQuery = z.object({
  q: z.string().trim().max(120).default(''),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A change to a tag: its base name and names per language (empty removes a translation). */
export const tagChange = z
  .object({
    name,
    names: z.record(z.string(), z.string().trim().max(120, 'must be at most 120 characters').nullable()),
  })
  .partial()
  .strict();
export type TagChange = z.input<typeof tagChange>;
