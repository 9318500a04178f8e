import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../../domain/article.ts';
import { calendarDateInZone } from '../../lib/dates.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';

const REPEAT_WINDOW_MS = 30 * 60 * 1000;
const MAX_REMEMBERED = 100_000;
const MOST_READ_DAYS = 2;

/**
 * "Most read" without cookies or personal data: the database keeps one number per article and
 * day. To keep a reload from counting twice, this process remembers, for half an hour, a salted
 * hash of (client, article); the salt changes every day and is never stored, so the hashes cannot
 * be traced back to anyone.
 */
export class ViewCounter {
  private recent = new Map<string, number>();
  private salt = { day: '', value: '' };

  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
  ) {}

  /** Counts a view; returns false when the same client viewed the article moments ago, or it does not exist. */
  async record(articleId: string, client: string): Promise<boolean> {
    const now = this.clock.now();
    const day = calendarDateInZone(now, this.site.settings().timeZone);
    if (this.salt.day !== day)
      this.salt = {
        day,
        value: createHash('sha256').update(`${Math.random()}${now.getTime()}`).digest('hex'),
      };
    const key = createHash('sha256').update(`${this.salt.value}|${client}|${articleId}`).digest('base64url');
    const seen = this.recent.get(key);
    if (seen !== undefined && now.getTime() - seen < REPEAT_WINDOW_MS) return false;
    const article = await this.store.repos.articles.findById(articleId);
    if (!article || article.status !== 'published') return false;
    if (this.recent.size >= MAX_REMEMBERED)
      this.recent = new Map([...this.recent].filter(([, t]) => now.getTime() - t < REPEAT_WINDOW_MS));
    this.recent.set(key, now.getTime());
    await this.store.repos.views.increment(articleId, day);
    return true;
  }

  /** The most read published articles in a language over the last two days. */
  async mostRead(language: string, limit = 5): Promise<ArticleSummary[]> {
    const since = new Date(this.clock.now().getTime() - (MOST_READ_DAYS - 1) * 86_400_000);
    const top = await this.store.repos.views.top(
      language,
      calendarDateInZone(since, this.site.settings().timeZone),
      limit,
    );
    const summaries = await this.store.repos.articles.summariesByIds(
      top.map((t) => t.articleId),
      language,
    );
    return summaries.map(({ bodyText: _unused, ...s }) => s);
  }
}
