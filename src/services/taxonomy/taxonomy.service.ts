import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { TagRef } from '../../domain/article.ts';
import { slugify } from '../../lib/slug.ts';
import { urlSchema } from '../../domain/urls.ts';
import { personKinds, type Person, type Section } from '../../domain/taxonomy.ts';
import type { Repositories, Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';

/** Slugs that would collide with reader-site routes under /{lang}/. */
export const reservedSectionSlugs = new Set([
  'tag',
  'author',
  'topic',
  'search',
  'page',
  'feed',
  'latest',
  'api',
  'admin',
  'assets',
]);

export const newSectionSchema = z.object({
  slug: z
    .string()
    .max(100, 'must be at most 100 characters')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
    .refine((s) => !reservedSectionSlugs.has(s), 'is reserved for a site route'),
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).nullable().default(null),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a5fb4')
    .nullable()
    .default(null),
  position: z.number().int().default(0),
  /** Names (and descriptions) in other languages: { az: { name: 'Dünya' } }. */
  names: z
    .record(
      z.string(),
      z.object({
        name: z.string().trim().min(1).max(120),
        description: z.string().max(1000).nullable().default(null),
      }),
    )
    .default({}),
});
export type NewSection = z.input<typeof newSectionSchema>;

export const newPersonSchema = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.string().trim().max(200).nullable().default(null),
  bio: z.string().max(5000).nullable().default(null),
  photoUrl: urlSchema('image').nullable().default(null),
  kind: z.enum(personKinds).default('person'),
});
export type NewPerson = z.input<typeof newPersonSchema>;

export class TaxonomyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator = uuid,
  ) {}

  /** Sections named in `language` (falling back to their base name). */
  sections(language?: string): Promise<Section[]> {
    return this.store.repos.sections.list(language);
  }

  section(slug: string, language?: string): Promise<Section | null> {
    return this.store.repos.sections.findBySlug(slug, language);
  }

  tag(slug: string, language?: string): Promise<TagRef | null> {
    return this.store.repos.tags.findBySlug(slug, language);
  }

  suggestTags(prefix: string, language: string): Promise<TagRef[]> {
    return this.store.repos.tags.suggest(prefix, language, 20);
  }

  /** Tags on published articles (in `language`, when given). */
  usedTags(language?: string): Promise<TagRef[]> {
    return this.store.repos.tags.listUsed(language);
  }

  /** The tag's names by language (a tag is named in the language it was made in, and any added). */
  tagNames(tagId: string): Promise<{ language: string; name: string }[]> {
    return this.store.repos.tags.names(tagId);
  }

  /** People credited on published articles (in `language`, when given). */
  authors(language?: string): Promise<Person[]> {
    return this.store.repos.people.listAuthors(language);
  }

  person(slug: string): Promise<Person | null> {
    return this.store.repos.people.findBySlug(slug);
  }

  async createSection(input: NewSection): Promise<Section> {
    const { names, ...s } = validate(newSectionSchema, input);
    if (await this.store.repos.sections.findBySlug(s.slug)) {
      throw new AppError('CONFLICT', `section "${s.slug}" already exists`, [
        { field: 'slug', message: 'already exists' },
      ]);
    }
    const section: Section = { id: this.newId(), ...s };
    await this.store.transaction(async (repos) => {
      await repos.sections.insert(section);
      for (const [language, n] of Object.entries(names)) {
        await repos.sections.setName(section.id, language, n.name, n.description);
      }
    });
    return section;
  }

  /**
   * The tag called `name` in `language` (by its localised name, its base name, or its slug),
   * created when missing (inside the caller's transaction).
   */
  async tagByName(repos: Repositories, name: string, language: string): Promise<TagRef> {
    const trimmed = name.trim();
    const slug = slugify(trimmed);
    if (!slug) {
      throw new AppError('VALIDATION_FAILED', `tag "${name}" has no letters or digits`, [
        { field: 'tags', message: 'needs letters or digits' },
      ]);
    }
    const existing =
      (await repos.tags.findByName(trimmed, language)) ?? (await repos.tags.findBySlug(slug, language));
    if (existing) return existing;
    const tag = { id: this.newId(), slug, name: trimmed };
    await repos.tags.insert(tag);
    await repos.tags.setName(tag.id, language, trimmed);
    return tag;
  }

  /** Names an existing tag in another language ("Diplomacy" is "Diplomatiya" in az). */
  async nameTag(slug: string, language: string, name: string): Promise<void> {
    const tag = await this.store.repos.tags.findBySlug(slug);
    if (!tag) throw new AppError('NOT_FOUND', `tag "${slug}" does not exist`);
    await this.store.repos.tags.setName(tag.id, language, name.trim());
  }

  /** The person with exactly this name, created when missing (inside the caller's transaction). */
  async personByName(repos: Repositories, input: NewPerson): Promise<Person> {
    const p = validate(newPersonSchema, input);
    const existing = await repos.people.findByName(p.name);
    if (existing) return existing;
    let slug = slugify(p.name) || 'person';
    for (let n = 2; await repos.people.findBySlug(slug); n++) slug = `${slugify(p.name)}-${n}`;
    const person: Person = { id: this.newId(), slug, ...p };
    await repos.people.insert(person, this.clock.now());
    return person;
  }

  async createPerson(input: NewPerson): Promise<Person> {
    return this.store.transaction((repos) => this.personByName(repos, input));
  }
}
