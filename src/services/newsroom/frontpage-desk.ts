import { AppError } from '../../domain/errors.ts';
import { frontpageSlots, type FrontpageSlot } from '../../domain/frontpage.ts';
import type { ArticleStatus } from '../../domain/article.ts';
import { can } from '../../domain/roles.ts';
import { canSeeHeadline, type Actor } from '../../domain/workflow.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';

/** A front-page slot; `hidden` when it holds an article this person may not see yet (someone's draft). */
export interface SlotView {
  slot: FrontpageSlot;
  article: { id: string; headline: string; status: ArticleStatus } | null;
  hidden: boolean;
  /**
   * What readers see in this place now: the published article placed in it, or — for an empty
   * place, or one whose article is not published — the one the reader's front page fills it
   * with (curated picks in slot order, then the latest news without repeating them).
   */
  now: { id: string; headline: string } | null;
}

/** The front page's curated slots per language: who sees what in them, and placing articles. */
export class FrontpageDesk {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

  /**
   * The front page's slots as this person may see them: an article that is not published yet
   * shows only to those who may open it (a contributor never reads someone else's draft headline).
   */
  async slots(actor: Actor, language: string): Promise<SlotView[]> {
    const assigned = await this.store.repos.frontpage.slots(language);
    const showing = await this.showing(language, assigned);
    const result: SlotView[] = [];
    for (const slot of frontpageSlots) {
      const a = assigned.find((s) => s.slot === slot);
      const article = a ? await this.store.repos.articles.findById(a.articleId) : null;
      const visible = article !== null && canSeeHeadline(actor, article);
      result.push({
        slot,
        article:
          article && visible ? { id: article.id, headline: article.headline, status: article.status } : null,
        hidden: article !== null && !visible,
        now: showing[result.length] ?? null,
      });
    }
    return result;
  }

  /**
   * The reader's front page from the top, as many places as there are slots: the published
   * picks in slot order, then the latest published articles not among them (as home.tsx does).
   */
  private async showing(
    language: string,
    assigned: { slot: string; articleId: string; status: string }[],
  ): Promise<{ id: string; headline: string }[]> {
    const picks = frontpageSlots
      .map((slot) => assigned.find((a) => a.slot === slot && a.status === 'published'))
      .filter((a) => a !== undefined);
    const picked = picks.length
      ? await this.store.repos.listings.summariesByIds(
          picks.map((p) => p.articleId),
          language,
        )
      : [];
    const latest = await this.store.repos.listings.listPublished(
      { language },
      frontpageSlots.length + picked.length,
      0,
    );
    const ids = new Set(picked.map((a) => a.id));
    return [...picked, ...latest.filter((a) => !ids.has(a.id))]
      .slice(0, frontpageSlots.length)
      .map((a) => ({ id: a.id, headline: a.headline }));
  }

  /** Places an article in a slot (or empties it), with its audit entry and a frontpage.changed event. */
  async place(actor: Actor, language: string, slot: string, articleId: string | null): Promise<void> {
    if (!can(actor.role, 'frontpage.curate'))
      throw new AppError('FORBIDDEN', 'Only editors curate the front page.');
    if (!this.site.isLanguage(language))
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${language}" is not enabled on this site`, [
        { field: 'language', message: 'is not enabled' },
      ]);
    if (!(frontpageSlots as readonly string[]).includes(slot))
      throw new AppError('VALIDATION_FAILED', `slot: must be one of ${frontpageSlots.join(', ')}`, [
        { field: 'slot', message: `must be one of ${frontpageSlots.join(', ')}` },
      ]);
    if (articleId) await this.requirePlaceable(articleId, language);
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      await repos.frontpage.set(language, slot, articleId, actor.id, now);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actor.id,
        action: 'frontpage.slot',
        target: articleId,
        details: { language, slot },
        at: now,
      });
      // Readers' caches hear of it through the outbox, like every change they see.
      await repos.outbox.add({ id: this.newId(), type: 'frontpage.changed', occurredAt: now, language });
    });
  }

  /** An article a slot of this language may hold: one that exists, in the language. */
  private async requirePlaceable(articleId: string, language: string): Promise<void> {
    const a = await this.store.repos.articles.findById(articleId);
    if (!a)
      throw new AppError('VALIDATION_FAILED', 'articleId: no such article', [
        { field: 'articleId', message: 'no such article' },
      ]);
    if (a.language !== language)
      throw new AppError('VALIDATION_FAILED', `articleId: the article is in ${a.language}, not ${language}`, [
        { field: 'articleId', message: `is in ${a.language}` },
      ]);
  }
}
