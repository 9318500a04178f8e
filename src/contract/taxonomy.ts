import { z } from 'zod';
import { dataOf } from './wire.ts';

export {
  sectionChange,
  sectionCreate,
  tagChange,
  tagsQuery,
  type SectionChange,
  type SectionCreate,
  type TagChange,
} from '../domain/taxonomy-changes.ts';

/** A section as the settings screen shows it: base name (the default language) and translations. */
export const sectionView = z.object({
  id: z.string(),
  slug: z.string(),
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

export const tagView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  names: z.record(z.string(), z.string()),
  articles: z.number().int(),
});
export type TagView = z.output<typeof tagView>;

export const tagsAnswer = dataOf(
  z.object({
    tags: z.array(tagView),
    total: z.number().int(),
    languages: z.array(z.string()),
    defaultLanguage: z.string(),
  }),
);
export type TagsData = z.output<typeof tagsAnswer>['data'];

export const sectionAnswer = dataOf(sectionView);
export const tagAnswer = dataOf(tagView);
