import { AppError } from '../../domain/errors.ts';
import { frontpageLayoutSchema, slotNames, type FrontpageLayout } from '../../domain/frontpage.ts';
import type { ArticleStatus, FeaturedImage } from '../../domain/article.ts';
import { mediaPath, parseMediaFile, variantFile, variantWidths } from '../../domain/media.ts';
import { can } from '../../domain/roles.ts';
import { isSafeUrl } from '../../domain/urls.ts';
import { canSeeHeadline, type Actor } from '../../domain/workflow.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import { LAYOUTS_KEY, layoutOf, storedLayouts } from '../site/frontpage-layouts.ts';
import type { SiteService } from '../site/site.service.ts';
import { validate } from '../validate.ts';

/** A front-page slot; `hidden` when it holds an article this person may not see yet (someone's draft). */
export interface SlotView {
  slot: string;
  article: {
    id: string;
    headline: string;
    status: ArticleStatus;
    language: string;
    /** A small picture of the article's featured image, when it has one. */
    picture: { src: string; alt: string } | null;
  } | null;
  hidden: boolean;
  /** When the article was placed here, and by whom (null for an empty place). */
  placedAt: string | null;
  /**
   * What readers see in this place now: the published article placed in it, or — for an empty
   * place, or one whose article is not published — the one the reader's front page fills it
   * with (curated picks in slot order, then the latest news without repeating them).
   */
  now: { id: string; headline: string } | null;
}

/** A language's front page as the newsroom sees it: its layout and its places. */
export interface FrontpageView {
  layout: FrontpageLayout;
  slots: SlotView[];
}

/** The smallest variant of a library picture (a 64 px thumbnail), or the picture itself. */
function thumbnail(image: FeaturedImage | null): { src: string; alt: string } | null {
  if (!image || !isSafeUrl('image', image.src)) return null;
  const file = image.mediaId ? parseMediaFile(image.src.slice(image.src.lastIndexOf('/') + 1)) : null;
  const smallest = image.width ? variantWidths(image.width)[0] : undefined;
  const src =
    image.mediaId && file && smallest
      ? mediaPath(image.mediaId, variantFile(smallest, file.format))
      : image.src;
  return { src, alt: image.alt };
}

/** The front page's layout and curated slots per language: who sees what in them, and placing articles. */
export class FrontpageDesk {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

  private layout(language: string): Promise<FrontpageLayout> {
    return layoutOf(this.store.repos.settings, language);
  }

  /**
   * The front page's layout and places as this person may see them: an article that is not
   * published yet shows only to those who may open it (a contributor never reads someone else's
   * draft headline).
   */
  async view(actor: Actor, language: string): Promise<FrontpageView> {
    this.requireLanguage(language);
    const layout = await this.layout(language);
    const names = slotNames(layout.slots);
    const assigned = (await this.store.repos.frontpage.slots(language)).filter((a) => names.includes(a.slot));
    const showing = await this.showing(language, names, assigned);
    const slots: SlotView[] = [];
    for (const [i, slot] of names.entries()) {
      const a = assigned.find((s) => s.slot === slot);
      const article = a ? await this.store.repos.articles.findById(a.articleId) : null;
      const visible = article !== null && canSeeHeadline(actor, article);
      slots.push({
        slot,
        article:
          article && visible
            ? {
                id: article.id,
                headline: article.headline,
                status: article.status,
                language: article.language,
                picture: thumbnail(article.featuredImage),
              }
            : null,
        hidden: article !== null && !visible,
        placedAt: a ? a.setAt.toISOString() : null,
        now: showing[i] ?? null,
      });
    }
    return { layout, slots };
  }

  /**
   * The reader's front page from the top, as many places as the layout has: the published picks
   * in slot order, then the latest published articles not among them (as home.tsx does).
   */
  private async showing(
    language: string,
    names: string[],
    assigned: { slot: string; articleId: string; status: string }[],
  ): Promise<{ id: string; headline: string }[]> {
    const picks = names
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
      names.length + picked.length,
      0,
    );
    const ids = new Set(picked.map((a) => a.id));
    return [...picked, ...latest.filter((a) => !ids.has(a.id))]
      .slice(0, names.length)
      .map((a) => ({ id: a.id, headline: a.headline }));
  }

  /** Places an article in a slot (or empties it), with its audit entry and a frontpage.changed event. */
  async place(actor: Actor, language: string, slot: string, articleId: string | null): Promise<void> {
    this.requireCurator(actor);
    this.requireLanguage(language);
    const names = slotNames((await this.layout(language)).slots);
    if (!names.includes(slot))
      throw new AppError('VALIDATION_FAILED', `slot: must be one of ${names.join(', ')}`, [
        { field: 'slot', message: `must be one of ${names.join(', ')}` },
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

  /**
   * Sets a language's layout: its template, how many places, and (for section rows) which
   * sections. Places the new layout no longer has are emptied in the same transaction; audited
   * as `frontpage.layout`; readers' pages are purged through the outbox.
   */
  async setLayout(actor: Actor, language: string, input: unknown): Promise<FrontpageLayout> {
    this.requireCurator(actor);
    this.requireLanguage(language);
    const layout = validate(frontpageLayoutSchema, input);
    for (const [i, slug] of layout.sections.entries())
      if (!(await this.store.repos.sections.findBySlug(slug)))
        throw new AppError('VALIDATION_FAILED', `sections.${String(i)}: no section "${slug}"`, [
          { field: `sections.${String(i)}`, message: `no section "${slug}"` },
        ]);
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      await repos.settings.set(LAYOUTS_KEY, { ...(await storedLayouts(repos.settings)), [language]: layout });
      const emptied = await repos.frontpage.removeExcept(language, slotNames(layout.slots));
      await repos.accounts.audit({
        id: this.newId(),
        userId: actor.id,
        action: 'frontpage.layout',
        target: null,
        details: { language, ...layout, emptied },
        at: now,
      });
      await repos.outbox.add({ id: this.newId(), type: 'frontpage.changed', occurredAt: now, language });
    });
    return layout;
  }

  private requireCurator(actor: Actor): void {
    if (!can(actor.role, 'frontpage.curate'))
      throw new AppError('FORBIDDEN', 'Only editors curate the front page.');
  }

  private requireLanguage(language: string): void {
    if (!this.site.isLanguage(language))
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${language}" is not enabled on this site`, [
        { field: 'language', message: 'is not enabled' },
      ]);
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
