import type { ArticleStatus } from './article.ts';
import { can, type Role } from './roles.ts';

/**
 * The newsroom's workflow: draft → in review → scheduled → published → (updated, corrected) →
 * unpublished. Which moves exist, and who may make them, are pure rules here; the service
 * applies them and the admin UI offers only the moves these rules allow.
 */
export const workflowActions = [
  'submit',
  'return',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'correct',
] as const;
export type WorkflowAction = (typeof workflowActions)[number];

const moves: Record<WorkflowAction, { from: readonly ArticleStatus[]; to: ArticleStatus }> = {
  submit: { from: ['draft'], to: 'in_review' },
  return: { from: ['in_review', 'scheduled'], to: 'draft' },
  schedule: { from: ['draft', 'in_review'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'draft' },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'published' },
  unpublish: { from: ['published'], to: 'unpublished' },
  correct: { from: ['published'], to: 'published' },
};

export function nextStatus(status: ArticleStatus, action: WorkflowAction): ArticleStatus | null {
  const m = moves[action];
  return m.from.includes(status) ? m.to : null;
}

export interface Actor {
  id: string;
  role: Role;
}
export interface Owned {
  ownerId: string | null;
  status: ArticleStatus;
}

const owns = (actor: Actor, a: Owned) => a.ownerId !== null && a.ownerId === actor.id;

/** May this person open the article in the editor at all? */
export function canView(actor: Actor, a: Owned): boolean {
  return can(actor.role, 'articles.edit-any') || owns(actor, a);
}

/**
 * May this person see the article's headline where it is listed (a front-page slot, the list of
 * an article's translations)? Readers see published articles anyway; anything else only those
 * who may open it.
 */
export function canSeeHeadline(actor: Actor, a: Owned): boolean {
  return a.status === 'published' || canView(actor, a);
}

/**
 * May this person change the article's text? Contributors their own drafts and submissions,
 * and propose changes to their own live articles (an editor presses Update); authors their own
 * in any status; editors everything. Changes to a live article wait as a pending version.
 */
export function canEdit(actor: Actor, a: Owned): boolean {
  if (can(actor.role, 'articles.edit-any')) return true;
  if (!owns(actor, a)) return false;
  if (can(actor.role, 'articles.publish-own')) return true;
  return a.status === 'draft' || a.status === 'in_review' || isLive(a.status);
}

/** Readers see it (published) or are promised it (scheduled): edits wait as a pending version. */
export function isLive(status: ArticleStatus): boolean {
  return status === 'published' || status === 'scheduled';
}

/** May this person publish, schedule or withdraw this article (or flag it as breaking)? */
export function canPublish(actor: Actor, a: Owned): boolean {
  return (
    can(actor.role, 'articles.publish-any') || (owns(actor, a) && can(actor.role, 'articles.publish-own'))
  );
}

/** May this person make this move on this article now? (Whether the move exists is `nextStatus`.) */
export function canPerform(actor: Actor, a: Owned, action: WorkflowAction): boolean {
  if (nextStatus(a.status, action) === null) return false;
  switch (action) {
    case 'submit':
      return canEdit(actor, a);
    case 'return':
      // The owner may pull a submission back; an editor may send it back.
      return canPublish(actor, a) || (owns(actor, a) && a.status === 'in_review');
    case 'schedule':
    case 'unschedule':
    case 'publish':
    case 'unpublish':
    case 'correct':
      return canPublish(actor, a);
  }
}

/** The moves a person may make on an article now, for the editor's buttons. */
export function allowedActions(actor: Actor, a: Owned): WorkflowAction[] {
  return workflowActions.filter((action) => canPerform(actor, a, action));
}
