import { isArticleEvent, type OutboxEvent } from '../../domain/events.ts';
import { paths } from '../../lib/paths.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock } from '../deps.ts';
import type { WebhookService } from '../webhooks/webhook.service.ts';
import type { AnalysisService } from '../analysis/analysis.service.ts';
import type { LiveNews } from '../live/live-news.ts';
import { EVERY_PAGE, pathsAffectedBy, type CachePurger } from './cache-purger.ts';

const LOCK_MS = 60_000;

/**
 * Works through the outbox after commit, and is the one place that purges cached pages: every
 * change readers see (an article published, updated or withdrawn, a front-page slot, a reading
 * corrected or approved) reaches their caches through here. Article events also queue webhook
 * deliveries and refresh the article's story-intelligence reading.
 * An event is marked done only when both succeeded, so a crash or a failing CDN means it runs
 * again (purges and queueing are idempotent: a delivery is stored once per hook and event).
 */
export class EventDispatcher {
  constructor(
    private readonly store: Store,
    private readonly webhooks: WebhookService,
    private readonly purger: CachePurger,
    private readonly clock: Clock,
    private readonly onError: (err: unknown, eventId: string) => void = () => {},
    private readonly analysis: AnalysisService | null = null,
    private readonly live: LiveNews | null = null,
  ) {}

  async dispatchPending(limit = 100): Promise<number> {
    const now = this.clock.now();
    const events = await this.store.repos.outbox.claim(now, new Date(now.getTime() + LOCK_MS), limit);
    let done = 0;
    for (const event of events) {
      try {
        await this.purger.purge(await this.pagesChangedBy(event));
        // Readers hear of an entry after its page is purged, so a reload shows it too.
        if (event.type === 'live.changed')
          await this.live?.announce({
            articleId: event.article.id,
            entryId: event.entryId,
            change: event.change,
          });
        if (isArticleEvent(event)) {
          // Webhooks hear of articles only: the other events are the newsroom's business.
          await this.webhooks.enqueue(event);
          if (this.analysis && event.type !== 'article.unpublished') {
            // A reading that fails must not hold back purges and webhooks; the backfill job retries it.
            await this.analysis
              .refresh(event.article.id)
              .catch((err: unknown) => this.onError(err, event.id));
          }
        }
        await this.store.repos.outbox.markProcessed(event.id, this.clock.now());
        done++;
      } catch (err) {
        this.onError(err, event.id);
      }
    }
    return done;
  }

  /** The public pages an event changed. */
  private async pagesChangedBy(event: OutboxEvent): Promise<string[]> {
    switch (event.type) {
      case 'frontpage.changed':
        return [paths.front(event.language)];
      case 'site.changed':
        return [EVERY_PAGE];
      case 'live.changed': {
        const a = event.article;
        // The front page links a live blog while it runs; its feeds carry the entries.
        return [
          paths.article(a.language, a.sectionSlug, a.slug),
          paths.front(a.language),
          paths.liveFeed(a.language, a.sectionSlug, a.slug),
        ];
      }
      case 'reading.changed': {
        const a = event.article;
        const shown = this.analysis ? await this.analysis.pagesShowingReading(a) : [];
        return [paths.article(a.language, a.sectionSlug, a.slug), ...shown];
      }
      default:
        return [...pathsAffectedBy(event.article), ...(await this.translationPages(event.article.id))];
    }
  }

  /** The article's pages in its other languages: their language links name it. */
  private async translationPages(articleId: string): Promise<string[]> {
    const article = await this.store.repos.articles.findById(articleId);
    if (!article) return [];
    const group = await this.store.repos.articles.listTranslations(article.translationGroupId);
    return group
      .filter((t) => t.id !== articleId)
      .map((t) => paths.article(t.language, t.sectionSlug, t.slug));
  }
}
