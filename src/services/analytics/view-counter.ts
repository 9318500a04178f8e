import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../../domain/article.ts';
import { calendarDateInZone } from '../../lib/dates.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import {
  MemoryDailySecret,
  MemoryRepeatFilter,
  type DailySecret,
  type RepeatFilter,
} from '../limits/counters.ts';

export const REPEAT_WINDOW_MS = 30 * 60 * 1000;
const MOST_READ_DAYS = 2;

/**
 * "Most read" without cookies or personal data: the database keeps one number per article and
 * day. To keep a reload from counting twice, a salted hash of (client, article) is remembered for
 * half an hour (in this process, or in Redis for several instances); the salt changes every day
 * and lives only in memory, so the hashes cannot be traced back to anyone.
 */
export class ViewCounter {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly repeats: RepeatFilter = new MemoryRepeatFilter(REPEAT_WINDOW_MS, clock),
    private readonly secret: DailySecret = new MemoryDailySecret(),
  ) {}

  /** Counts a view; returns false when the same client viewed the article moments ago, or it does not exist. */
  async record(articleId: string, client: string): Promise<boolean> {
    const day = calendarDateInZone(this.clock.now(), this.site.settings().timeZone);
    const salt = await this.secret.forDay(day);
    const key = createHash('sha256').update(`${salt}|${client}|${articleId}`).digest('base64url');
    const article = await this.store.repos.articles.findById(articleId);
    if (!article || article.status !== 'published') return false;
    if (!(await this.repeats.first(`view:${key}`))) return false;
    await this.store.repos.views.increment(articleId, day);
    return true;
  }

  /** The most read published articles in a language over the last two days. */
  async mostRead(language: string, limit = 5): Promise<ArticleSummary[]> {
    const since = new Date(this.clock.now().getTime() - (MOST_READ_DAYS - 1) * 86_400_000);
    // The ranking and the summaries in one query (this is on every article page).
    return this.store.repos.listings.mostRead(
      language,
      calendarDateInZone(since, this.site.settings().timeZone),
      limit,
    );
  }
}
