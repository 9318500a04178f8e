import { z } from 'zod';
import { siteSettingsSchema, type SiteSettings } from '../../domain/site.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';
import { AppError } from '../../domain/errors.ts';
import type { Menus } from '../../domain/menus.ts';
import type { SiteService } from './site.service.ts';

/** The site-wide settings admins change on the settings screen (the rest stay with the operator). */
export const editableSiteKeys = [
  'name',
  'tagline',
  'taglines',
  'pageSize',
  'textSize',
  'publisher',
  'brandColor',
  'menus',
] as const;
/** What the screen shows: the editable settings, and the site's languages to offer taglines in. */
export type EditableSiteSettings = Pick<SiteSettings, (typeof editableSiteKeys)[number]> &
  Pick<SiteSettings, 'languages' | 'defaultLanguage'>;

const shape = siteSettingsSchema.shape;
/** A change to them: any of the fields, each checked as the stored settings are. */
export const siteSettingsPatch = z
  .object({
    name: shape.name,
    tagline: shape.tagline,
    /** The tagline in the site's other languages; an empty one is removed (the tagline shows). */
    taglines: shape.taglines,
    pageSize: shape.pageSize,
    textSize: shape.textSize.strict(),
    publisher: shape.publisher.extend({ email: z.union([z.literal(''), z.email()]) }).strict(),
    brandColor: shape.brandColor,
    menus: shape.menus,
  })
  .partial()
  .strict();
export type SiteSettingsPatch = z.input<typeof siteSettingsPatch>;

const pick = (s: SiteSettings): EditableSiteSettings => ({
  name: s.name,
  tagline: s.tagline,
  taglines: s.taglines,
  pageSize: s.pageSize,
  textSize: s.textSize,
  publisher: s.publisher,
  brandColor: s.brandColor,
  menus: s.menus,
  languages: s.languages,
  defaultLanguage: s.defaultLanguage,
});

/** A tagline for a language the site does not have is refused, naming it; empty ones are dropped. */
function checkTaglines(taglines: Record<string, string>, site: SiteSettings): Record<string, string> {
  const others = site.languages.filter((l) => l !== site.defaultLanguage);
  const unknown = Object.keys(taglines).filter((l) => !others.includes(l));
  if (unknown.length)
    throw new AppError(
      'VALIDATION_FAILED',
      unknown
        .map((l) => `taglines.${l}: not one of the site's other languages (${others.join(', ')})`)
        .join('; '),
      unknown.map((l) => ({
        field: `taglines.${l}`,
        message: `not one of the site's other languages (${others.join(', ')})`,
      })),
    );
  return Object.fromEntries(
    Object.entries(taglines)
      .filter(([, t]) => t.trim() !== '')
      .map(([l, t]) => [l, t.trim()]),
  );
}

/**
 * Site-wide settings from the newsroom: checked (an error names the field), stored, written to the
 * audit log with what changed from what, and announced through the outbox as `site.changed`, whose
 * purge drops every cached page, so readers see the change on their next request.
 */
export class SiteSettingsDesk {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock = { now: () => new Date() },
    private readonly newId: IdGenerator = uuid,
  ) {}

  /**
   * Menu entries name sections that exist and custom links carry a label in the default language
   * (the others fall back to it); labels only in the site's languages. Errors name the entry.
   */
  private async checkMenus(menus: Menus, site: SiteSettings): Promise<void> {
    const issues: { field: string; message: string }[] = [];
    for (const where of ['header', 'footer'] as const)
      for (const [i, item] of (menus[where] ?? []).entries()) {
        const at = `menus.${where}.${String(i)}`;
        if (item.type === 'section') {
          if (!(await this.store.repos.sections.findBySlug(item.section)))
            issues.push({ field: `${at}.section`, message: `no section "${item.section}"` });
          continue;
        }
        if (!item.labels[site.defaultLanguage])
          issues.push({
            field: `${at}.labels.${site.defaultLanguage}`,
            message: 'a link needs a label here',
          });
        for (const l of Object.keys(item.labels).filter((l) => !site.languages.includes(l)))
          issues.push({ field: `${at}.labels.${l}`, message: 'is not a language of this site' });
      }
    if (issues.length)
      throw new AppError(
        'VALIDATION_FAILED',
        issues.map((i) => `${i.field}: ${i.message}`).join('; '),
        issues,
      );
  }

  async current(): Promise<EditableSiteSettings> {
    return pick(await this.site.fresh(0));
  }

  async change(actorId: string, input: unknown): Promise<EditableSiteSettings> {
    const patch = validate(siteSettingsPatch, input);
    const stored = await this.site.fresh(0);
    if (patch.taglines) patch.taglines = checkTaglines(patch.taglines, stored);
    if (patch.menus) await this.checkMenus(patch.menus, stored);
    const before = pick(stored);
    const changed = editableSiteKeys.filter(
      (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(before[k]),
    );
    if (!changed.length) return before;
    // Checked as a whole (text size default between its bounds) before anything is stored.
    const after = pick(await this.site.update(Object.fromEntries(changed.map((k) => [k, patch[k]]))));
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'settings.changed',
        target: 'site',
        details: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
        at: now,
      });
      await repos.outbox.add({ id: this.newId(), type: 'site.changed', occurredAt: now, keys: [...changed] });
    });
    return after;
  }
}
