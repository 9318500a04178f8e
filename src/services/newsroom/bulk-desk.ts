import { z } from 'zod';
import { articleFieldsSchema } from '../../domain/article.ts';
import { AppError } from '../../domain/errors.ts';
import type { ArticleStatus } from '../../domain/statuses.ts';
import { validate } from '../validate.ts';
import type { EditorArticle } from './editor-view.ts';

/** What the article list does to several articles at once. */
export const bulkActions = ['publish', 'unpublish', 'move', 'tag'] as const;

/** Most articles one request acts on (a page of the list is 25). */
export const BULK_MAX = 100;

/**
 * Several articles and the action; `move` names the section (its slug), `tag` the tag to add
 * (its name).
 */
export const bulkBody = z
  .object({
    ids: z
      .array(z.string().min(1).max(64))
      .min(1, 'choose at least one article')
      .max(BULK_MAX, `at most ${String(BULK_MAX)} articles at once`)
      .refine((ids) => new Set(ids).size === ids.length, 'names an article twice'),
    action: z.enum(bulkActions),
    section: articleFieldsSchema.shape.sectionSlug.max(200).optional(),
    tag: articleFieldsSchema.shape.tags.element.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.action === 'move' && b.section === undefined)
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'is required to move articles' });
    if (b.action === 'tag' && b.tag === undefined)
      ctx.addIssue({ code: 'custom', path: ['tag'], message: 'is required to tag articles' });
  });
export type BulkInput = z.input<typeof bulkBody>;

/** One article's outcome: done (status after; whether it waits as a pending version) or refused. */
export type BulkResult =
  | { id: string; ok: true; headline: string; status: ArticleStatus; pending: boolean }
  | { id: string; ok: false; headline: string | null; code: string; message: string };

/**
 * The single-article acts a bulk action is made of: the newsroom's own, with their checks.
 * Generic in who acts: the service passes its actor through (importing its type is a cycle).
 */
export interface SingleActs<NewsroomActor> {
  countWrite(actor: NewsroomActor): Promise<void>;
  get(actor: NewsroomActor, id: string): Promise<EditorArticle>;
  transition(
    actor: NewsroomActor,
    id: string,
    input: { action: 'publish' | 'unpublish'; version: number },
  ): Promise<EditorArticle>;
  save(
    actor: NewsroomActor,
    id: string,
    version: number,
    patch: { sectionSlug?: string; tags?: string[] },
  ): Promise<EditorArticle>;
  sectionExists(slug: string): Promise<boolean>;
}

const done = (e: EditorArticle): BulkResult => ({
  id: e.article.id,
  ok: true,
  headline: e.editing.headline,
  status: e.article.status,
  pending: e.pending !== null,
});

/**
 * Several articles, one action: each article goes through exactly the single action (its
 * permission checks, workflow rules, version check, transaction, audit entry and outbox event),
 * one after the other. An article refused stays as it was and the others go on; the answer
 * says what happened to each.
 */
export async function bulkAct<NewsroomActor>(
  acts: SingleActs<NewsroomActor>,
  actor: NewsroomActor,
  input: BulkInput,
): Promise<BulkResult[]> {
  const body = validate(bulkBody, input);
  if (body.section !== undefined && !(await acts.sectionExists(body.section)))
    throw new AppError('VALIDATION_FAILED', `section: no section "${body.section}"`, [
      { field: 'section', message: 'no such section' },
    ]);
  const results: BulkResult[] = [];
  for (const id of body.ids) {
    let headline: string | null = null;
    try {
      // Each article is one write, like a save: the account's writes per minute still hold.
      await acts.countWrite(actor);
      const before = await acts.get(actor, id);
      headline = before.editing.headline;
      const version = before.article.version;
      switch (body.action) {
        case 'publish':
        case 'unpublish':
          results.push(done(await acts.transition(actor, id, { action: body.action, version })));
          break;
        case 'move':
          results.push(done(await acts.save(actor, id, version, { sectionSlug: body.section ?? '' })));
          break;
        case 'tag': {
          const tag = body.tag ?? '';
          const tags = before.editing.tags;
          // Already tagged: nothing to write.
          if (tags.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) results.push(done(before));
          else results.push(done(await acts.save(actor, id, version, { tags: [...tags, tag] })));
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push({ id, ok: false, headline, code: e.code, message: e.message });
    }
  }
  return results;
}
