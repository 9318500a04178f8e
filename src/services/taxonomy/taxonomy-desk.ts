import { sectionChange, sectionCreate, tagChange, tagsQuery } from '../../domain/taxonomy-changes.ts';
import { AppError } from '../../domain/errors.ts';
import type { SiteSettings } from '../../domain/site.ts';
import type { Repositories, Store } from '../../storage/repositories/index.ts';
import type { SectionRecord, TagRecord } from '../../storage/repositories/taxonomy-desk.repository.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import { validate } from '../validate.ts';
import { reservedSectionSlugs } from './taxonomy.service.ts';

type Languages = Pick<SiteSettings, 'languages' | 'defaultLanguage'>;
type SectionView = SectionRecord;
type TagView = TagRecord;
/** Every section, and the site's languages to name them in. */
export type SectionsData = { sections: SectionRecord[] } & Languages;
/** A page of tags, how many match in all, and the site's languages. */
export type TagsData = { tags: TagRecord[]; total: number } & Languages;

/** Names for a language the site does not have (or its default, which is the base name) are refused. */
function checkLanguages(names: Record<string, unknown> | undefined, site: Languages): void {
  const others = site.languages.filter((l) => l !== site.defaultLanguage);
  const unknown = Object.keys(names ?? {}).filter((l) => !others.includes(l));
  if (!unknown.length) return;
  const message = `not one of the site's other languages (${others.join(', ') || 'none'}); the name in ${site.defaultLanguage} is the base name`;
  throw new AppError(
    'VALIDATION_FAILED',
    unknown.map((l) => `names.${l}: ${message}`).join('; '),
    unknown.map((l) => ({ field: `names.${l}`, message })),
  );
}

/** What changed, field by field, for the audit log. */
function differences<T extends object>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    (Object.keys(after) as (keyof T & string)[])
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => [k, { from: before[k], to: after[k] }]),
  );
}

/**
 * Sections and tags from the newsroom's settings screen: named in each of the site's languages,
 * sections added, ordered and removed. Each change is checked (an error names the field), written
 * with its audit entry and a `site.changed` event in one transaction: section and tag names show
 * on every page (navigation, labels, feeds), so the purge drops every cached page.
 */
export class TaxonomyDesk {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock = { now: () => new Date() },
    private readonly newId: IdGenerator = uuid,
  ) {}

  private async languages(): Promise<Languages> {
    const s = await this.site.fresh(0);
    return { languages: s.languages, defaultLanguage: s.defaultLanguage };
  }

  async sections(): Promise<SectionsData> {
    const [sections, langs] = await Promise.all([this.store.repos.taxonomyDesk.sections(), this.languages()]);
    return { sections, ...langs };
  }

  async tags(query: unknown): Promise<TagsData> {
    const q = validate(tagsQuery, query);
    const [found, langs] = await Promise.all([
      this.store.repos.taxonomyDesk.tags(q.q, q.offset, q.limit),
      this.languages(),
    ]);
    return { ...found, ...langs };
  }

  async createSection(actorId: string, input: unknown): Promise<SectionView> {
    const s = validate(sectionCreate, input);
    checkLanguages(s.names, await this.languages());
    if (reservedSectionSlugs.has(s.slug))
      throw new AppError('VALIDATION_FAILED', `slug: "${s.slug}" is reserved for a site route`, [
        { field: 'slug', message: 'is reserved for a site route' },
      ]);
    if (await this.store.repos.sections.findBySlug(s.slug))
      throw new AppError('CONFLICT', `section "${s.slug}" already exists`, [
        { field: 'slug', message: 'already exists' },
      ]);
    const existing = await this.store.repos.taxonomyDesk.sections();
    const id = this.newId();
    const position = s.position ?? Math.max(-1, ...existing.map((e) => e.position)) + 1;
    await this.store.transaction(async (repos) => {
      await repos.sections.insert({
        id,
        slug: s.slug,
        name: s.name,
        description: s.description,
        color: s.color,
        position,
      });
      for (const [language, n] of Object.entries(s.names))
        if (n && n.name) await repos.sections.setName(id, language, n.name, n.description);
      await this.record(
        repos,
        actorId,
        'section.created',
        s.slug,
        { slug: s.slug, name: s.name },
        'sections',
      );
    });
    return this.sectionOrThrow(id);
  }

  async changeSection(actorId: string, id: string, input: unknown): Promise<SectionView> {
    const change = validate(sectionChange, input);
    checkLanguages(change.names, await this.languages());
    const before = await this.sectionOrThrow(id);
    await this.store.transaction(async (repos) => {
      await repos.taxonomyDesk.updateSection(id, {
        name: change.name ?? before.name,
        description: change.description === undefined ? before.description : change.description,
        color: change.color === undefined ? before.color : change.color,
        position: change.position ?? before.position,
      });
      for (const [language, n] of Object.entries(change.names ?? {})) {
        if (n && n.name) await repos.sections.setName(id, language, n.name, n.description);
        else await repos.taxonomyDesk.removeSectionName(id, language);
      }
      const after = await repos.taxonomyDesk.section(id);
      const { articles: _a, ...was } = before;
      const { articles: _b, ...now } = after ?? before;
      const changed = differences(was, now);
      if (Object.keys(changed).length)
        await this.record(repos, actorId, 'section.changed', before.slug, changed, 'sections');
    });
    return this.sectionOrThrow(id);
  }

  /** Removes a section no article is in; one with articles is refused, saying how many. */
  async removeSection(actorId: string, id: string): Promise<void> {
    const s = await this.sectionOrThrow(id);
    if (s.articles > 0)
      throw new AppError(
        'CONFLICT',
        `section "${s.slug}" still has ${s.articles} article(s); move them to another section first`,
        [{ field: 'articles', message: `${s.articles} article(s) are in this section` }],
      );
    await this.store.transaction(async (repos) => {
      await repos.taxonomyDesk.deleteSection(id);
      await this.record(
        repos,
        actorId,
        'section.removed',
        s.slug,
        { slug: s.slug, name: s.name },
        'sections',
      );
    });
  }

  async changeTag(actorId: string, id: string, input: unknown): Promise<TagView> {
    const change = validate(tagChange, input);
    checkLanguages(change.names, await this.languages());
    const before = await this.store.repos.taxonomyDesk.tag(id);
    if (!before) throw new AppError('NOT_FOUND', `tag ${id} does not exist`);
    const after = await this.store.transaction(async (repos) => {
      if (change.name !== undefined) await repos.taxonomyDesk.renameTag(id, change.name);
      for (const [language, name] of Object.entries(change.names ?? {})) {
        if (name) await repos.tags.setName(id, language, name);
        else await repos.taxonomyDesk.removeTagName(id, language);
      }
      const now = (await repos.taxonomyDesk.tag(id)) ?? before;
      const changed = differences(before, now);
      if (Object.keys(changed).length)
        await this.record(repos, actorId, 'tag.changed', before.slug, changed, 'tags');
      return now;
    });
    return after;
  }

  private async sectionOrThrow(id: string): Promise<SectionView> {
    const s = await this.store.repos.taxonomyDesk.section(id);
    if (!s) throw new AppError('NOT_FOUND', `section ${id} does not exist`);
    return s;
  }

  private async record(
    repos: Repositories,
    actorId: string,
    action: string,
    target: string,
    details: Record<string, unknown>,
    key: 'sections' | 'tags',
  ): Promise<void> {
    const at = this.clock.now();
    await repos.accounts.audit({ id: this.newId(), userId: actorId, action, target, details, at });
    await repos.outbox.add({ id: this.newId(), type: 'site.changed', occurredAt: at, keys: [key] });
  }
}
