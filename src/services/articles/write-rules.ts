import type { Article } from '../../domain/article.ts';
import { breakingEnd } from '../../domain/breaking.ts';
import { AppError } from '../../domain/errors.ts';
import type { Repositories } from '../../storage/repositories/index.ts';
import type { ArticlePatch } from './article-patch.ts';

/** How `create` is called: by whom, and what to write in its transaction beside the article. */
export interface CreateOptions {
  actorId?: string | null;
  alongside?: (repos: Repositories, articleId: string) => Promise<void>;
}

/** What must hold before readers see an article: text, and alt text on every image. */
export function requireReady(a: Pick<Article, 'body' | 'featuredImage'>): void {
  const issues: { field: string; message: string }[] = [];
  if (!a.body.length) issues.push({ field: 'body', message: 'the body needs at least one block' });
  a.body.forEach((b, i) => {
    if (b.type === 'image' && !b.alt.trim())
      issues.push({ field: `body.${i}.alt`, message: 'every image needs alt text before publishing' });
  });
  if (a.featuredImage && !a.featuredImage.alt.trim())
    issues.push({
      field: 'featuredImage.alt',
      message: 'the featured image needs alt text before publishing',
    });
  if (issues.length)
    throw new AppError('VALIDATION_FAILED', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
}

/** The refusal of a save that empties the body of an article past the draft stage. */
export const emptyBody = () =>
  new AppError('VALIDATION_FAILED', 'body: the body needs at least one block', [
    { field: 'body', message: 'the body needs at least one block' },
  ]);

export const noPendingChanges = () =>
  new AppError('CONFLICT', 'there are no unpublished changes to this article', [
    { field: 'pending', message: 'none' },
  ]);

/**
 * The breaking flag's columns after a patch. Breaking news ends: a flag raised on a published
 * article ends after the site's `breakingHours` unless the editor set its own end; a draft's
 * flag starts counting when it is published; lowering the flag clears its end.
 */
export function breakingFields(
  article: Pick<Article, 'breaking' | 'breakingUntil' | 'status'>,
  patch: Pick<ArticlePatch, 'breaking' | 'breakingUntil'>,
  now: Date,
  breakingHours: number,
): { breaking?: boolean; breakingUntil?: Date | null } {
  const breaking = patch.breaking ?? article.breaking;
  if (!breaking)
    return patch.breaking !== undefined || article.breakingUntil
      ? { breaking: false, breakingUntil: null }
      : {};
  if (patch.breakingUntil !== undefined && patch.breakingUntil !== null)
    return { breaking: true, breakingUntil: patch.breakingUntil };
  const live = article.status === 'published';
  const raised = !article.breaking || patch.breakingUntil === null;
  if (live && (raised || !article.breakingUntil))
    return { breaking: true, breakingUntil: breakingEnd(now, breakingHours) };
  return patch.breaking !== undefined ? { breaking: true } : {};
}
