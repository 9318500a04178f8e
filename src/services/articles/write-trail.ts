import type { Article } from '../../domain/article.ts';
import { AppError } from '../../domain/errors.ts';
import { payloadOf, type ArticleEventType } from '../../domain/events.ts';
import { snapshotOf, type ArticleSnapshot } from '../../domain/revisions.ts';
import type { Repositories } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';

/**
 * What every article write leaves behind in its own transaction: a revision, the audit entry of
 * the person who made it, and — when readers see the change — the outbox event; and the refusal a
 * save from an older version gets.
 */
export class WriteTrail {
  constructor(
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

  /**
   * Keeps the article as it now is as a revision; a change made by a person (or by the
   * scheduler on their behalf, `userId` null) also goes into the audit log, in the same transaction.
   */
  async revision(
    repos: Repositories,
    articleId: string,
    userId: string | null | undefined,
    action: string,
    article?: Article,
  ): Promise<void> {
    const a = article ?? (await repos.articles.findById(articleId));
    if (!a) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    await this.keep(repos, articleId, a.version, userId, action, snapshotOf(a), {
      headline: a.headline,
      language: a.language,
      status: a.status,
    });
  }

  /** Keeps a snapshot that is not the article's live state (a pending version) as a revision, with its audit entry. */
  async snapshot(
    repos: Repositories,
    articleId: string,
    version: number,
    userId: string | null | undefined,
    action: string,
    snapshot: ArticleSnapshot,
    live: Article,
  ): Promise<void> {
    await this.keep(repos, articleId, version, userId, action, snapshot, {
      headline: snapshot.headline,
      language: live.language,
      status: live.status,
    });
  }

  private async keep(
    repos: Repositories,
    articleId: string,
    version: number,
    userId: string | null | undefined,
    action: string,
    snapshot: ArticleSnapshot,
    about: { headline: string; language: string; status: string },
  ): Promise<void> {
    if (userId !== undefined)
      await repos.accounts.audit({
        id: this.newId(),
        userId,
        action: `article.${action}`,
        target: articleId,
        details: { headline: about.headline, language: about.language, version, status: about.status },
        at: this.clock.now(),
      });
    await repos.revisions.insert({
      id: this.newId(),
      articleId,
      version,
      userId: userId ?? null,
      action,
      snapshot,
      createdAt: this.clock.now(),
    });
  }

  /**
   * The one door to readers: an outbox event in the change's transaction. After commit the
   * EventDispatcher purges the pages, tells the webhooks and refreshes the reading.
   */
  async announce(repos: Repositories, type: ArticleEventType, article: Article): Promise<void> {
    await repos.outbox.add({
      id: this.newId(),
      type,
      occurredAt: this.clock.now(),
      article: payloadOf(article),
    });
  }

  /** The refusal a stale save gets: who saved since, and when. */
  async staleVersion(repos: Repositories, article: Article, expected: number | undefined): Promise<AppError> {
    const latest = (await repos.revisions.list(article.id))[0];
    const who = latest?.userName ? ` by ${latest.userName}` : '';
    const when = latest ? ` at ${latest.createdAt.toISOString()}` : '';
    return new AppError(
      'CONFLICT',
      `This article was changed${who}${when} since you opened it (you have version ${expected ?? '?'}, it is now at version ${article.version}). Your changes were not saved: copy them, reload, and apply them again.`,
      [{ field: 'version', message: `is ${article.version}, not ${expected ?? '?'}` }],
    );
  }
}
