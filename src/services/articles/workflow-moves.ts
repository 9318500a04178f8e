import type { Article, ArticleStatus } from '../../domain/article.ts';
import { breakingEnd } from '../../domain/breaking.ts';
import { AppError } from '../../domain/errors.ts';
import type { ArticleEventType } from '../../domain/events.ts';
import type { WorkflowAction } from '../../domain/workflow.ts';
import type { Repositories } from '../../storage/repositories/index.ts';

/** What a workflow move writes in the revision and audit log ("published", "returned", …). */
export const pastTense: Record<WorkflowAction, string> = {
  submit: 'submitted',
  return: 'returned',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  publish: 'published',
  unpublish: 'unpublished',
  correct: 'corrected',
};

/** What a move is given beside the article: the time, a new id, the site's breaking hours, the request. */
export interface MoveContext {
  now: Date;
  newId(): string;
  breakingHours: number;
  scheduledAt?: Date | undefined;
  note?: string | undefined;
}

/**
 * Writes one workflow move of an article to status `to` (the caller checked it is allowed):
 * schedule at a future time, publish at the promised time, correct with a note, unpublish, or a
 * plain status change. Answers whether the article moved (it did not when someone moved it
 * meanwhile) and the event readers' side must hear, if any.
 */
export async function moveArticle(
  repos: Repositories,
  article: Article,
  action: WorkflowAction,
  to: ArticleStatus,
  ctx: MoveContext,
): Promise<{ moved: boolean; event: ArticleEventType | null }> {
  const { now } = ctx;
  switch (action) {
    case 'schedule': {
      const at = ctx.scheduledAt;
      if (!at || at.getTime() <= now.getTime())
        throw new AppError('VALIDATION_FAILED', 'scheduledAt: must be a time in the future', [
          { field: 'scheduledAt', message: 'must be a time in the future' },
        ]);
      const moved = await repos.articles.setStatus(article.id, 'scheduled', now, undefined, {
        scheduledAt: at,
        fromStatus: article.status,
      });
      return { moved, event: null };
    }
    case 'publish': {
      // A scheduled article goes out at the time it was promised, even if the job ran late.
      const publishedAt =
        article.publishedAt ??
        (article.status === 'scheduled' && article.scheduledAt && article.scheduledAt <= now
          ? article.scheduledAt
          : now);
      const moved = await repos.articles.setStatus(article.id, 'published', now, publishedAt, {
        fromStatus: article.status,
        // A breaking flag raised before publication starts counting now.
        ...(article.breaking && !article.breakingUntil
          ? { breakingUntil: breakingEnd(now, ctx.breakingHours) }
          : {}),
      });
      return { moved, event: 'article.published' };
    }
    case 'correct': {
      const text = (ctx.note ?? '').trim();
      if (!text || text.length > 2000)
        throw new AppError('VALIDATION_FAILED', 'note: a correction needs a note of 1–2000 characters', [
          { field: 'note', message: 'must be 1–2000 characters' },
        ]);
      await repos.articles.addCorrection(article.id, { id: ctx.newId(), text, createdAt: now });
      const moved = await repos.articles.setStatus(article.id, 'published', now, undefined, {
        fromStatus: 'published',
        updatedAt: now,
      });
      return { moved, event: 'article.updated' };
    }
    case 'unpublish': {
      const moved = await repos.articles.setStatus(article.id, 'unpublished', now, undefined, {
        fromStatus: 'published',
      });
      return { moved, event: 'article.unpublished' };
    }
    default:
      return {
        moved: await repos.articles.setStatus(article.id, to, now, undefined, { fromStatus: article.status }),
        event: null,
      };
  }
}
