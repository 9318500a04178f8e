import { z } from 'zod';
import { siteSettingsSchema, type SiteSettings } from '../../domain/site.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';
import type { SiteService } from './site.service.ts';

/** The site-wide settings admins change on the settings screen (the rest stay with the operator). */
export const editableSiteKeys = ['name', 'tagline', 'pageSize', 'textSize', 'publisher'] as const;
export type EditableSiteSettings = Pick<SiteSettings, (typeof editableSiteKeys)[number]>;

const shape = siteSettingsSchema.shape;
/** A change to them: any of the fields, each checked as the stored settings are. */
export const siteSettingsPatch = z
  .object({
    name: shape.name,
    tagline: shape.tagline,
    pageSize: shape.pageSize,
    textSize: shape.textSize.strict(),
    publisher: shape.publisher.extend({ email: z.union([z.literal(''), z.email()]) }).strict(),
  })
  .partial()
  .strict();
export type SiteSettingsPatch = z.input<typeof siteSettingsPatch>;

const pick = (s: SiteSettings): EditableSiteSettings => ({
  name: s.name,
  tagline: s.tagline,
  pageSize: s.pageSize,
  textSize: s.textSize,
  publisher: s.publisher,
});

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

  async current(): Promise<EditableSiteSettings> {
    return pick(await this.site.fresh(0));
  }

  async change(actorId: string, input: unknown): Promise<EditableSiteSettings> {
    const patch = validate(siteSettingsPatch, input);
    const before = pick(await this.site.fresh(0));
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
