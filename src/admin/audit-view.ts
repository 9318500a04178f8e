import { z } from 'zod';
import { zonedTimeToInstant } from '../lib/dates.ts';
import { validate } from '../services/validate.ts';
import type { Article } from '../domain/article.ts';

/**
 * Every action the services write to the audit log, by family: the audit page names each in
 * words (the `audit.action` message selects on `actionWord`) and offers them as a filter.
 */
export const auditActions = [
  'article.created',
  'article.saved',
  'article.pending',
  'article.discarded',
  'article.changes-submitted',
  'article.submitted',
  'article.returned',
  'article.scheduled',
  'article.unscheduled',
  'article.published',
  'article.updated',
  'article.updated-minor',
  'article.unpublished',
  'article.corrected',
  'article.restored',
  'article.breaking-ended',
  'frontpage.slot',
  'frontpage.layout',
  'analysis.corrected',
  'analysis.correction-withdrawn',
  'analysis.approved',
  'analysis.approval-withdrawn',
  'analysis.hidden',
  'analysis.shown',
  'settings.changed',
  'section.created',
  'section.changed',
  'section.removed',
  'tag.changed',
  'settings.two-factor-required',
  'signin',
  'signin.failed',
  'signin.two-factor-failed',
  'signout',
  'password.changed',
  'password.reset-requested',
  'password.reset',
  'user.created',
  'user.invited',
  'invite.accepted',
  'user.role-changed',
  'user.disabled',
  'user.enabled',
  'user.profile',
  'two-factor.enabled',
  'two-factor.disabled',
  'two-factor.reset',
  'two-factor.recovery-code-used',
  'two-factor.recovery-codes-regenerated',
] as const;

/**
 * The action's family as an ICU select key (letters, digits, `_`): `article.restored:3` →
 * `article_restored`. An action not listed stays as it is: the message's `other` shows its code.
 */
export function actionWord(action: string): string {
  const family = action.split(':')[0] ?? action;
  return (auditActions as readonly string[]).includes(family) ? family.replace(/[^a-z0-9]/g, '_') : action;
}

/** What an entry's target names: an article (by id), a person (by id), or something else. */
export function targetKind(action: string): 'article' | 'user' | 'other' {
  if (/^(article|analysis)\./.test(action) || action === 'frontpage.slot') return 'article';
  if (/^(user|two-factor|password|invite)\./.test(action)) return 'user';
  return 'other';
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a calendar date');
const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);

/** The audit page's filters, from its query string (empty fields mean "any"). */
export const auditFilterQuery = z.object({
  user: z.preprocess(blankIsAbsent, z.string().max(64).optional()),
  action: z.preprocess(blankIsAbsent, z.enum(auditActions).optional()),
  from: z.preprocess(blankIsAbsent, day.optional()),
  to: z.preprocess(blankIsAbsent, day.optional()),
});
export type AuditFilterQuery = z.output<typeof auditFilterQuery>;

const startOfDay = (iso: string, timeZone: string, plusDays = 0): Date => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return zonedTimeToInstant(y, m, d + plusDays, 0, 0, timeZone);
};

/**
 * The filters as the audit log's query: dates are whole days in the site's time zone, `to`
 * included (so the query ends at the start of the next day).
 */
export function auditFilter(
  input: unknown,
  timeZone: string,
): { query: AuditFilterQuery; filter: { userId?: string; action?: string; from?: Date; until?: Date } } {
  const query = validate(auditFilterQuery, input);
  return {
    query,
    filter: {
      ...(query.user ? { userId: query.user } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.from ? { from: startOfDay(query.from, timeZone) } : {}),
      ...(query.to ? { until: startOfDay(query.to, timeZone, 1) } : {}),
    },
  };
}

/** An entry's target as the page shows it: an article's headline linked to the editor, a person's name. */
export type AuditTarget =
  | { kind: 'article'; id: string; headline: string; href: string }
  | { kind: 'user'; name: string }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

/**
 * Names the target of each entry: articles by their headline now (or the one the entry recorded,
 * for an article since removed), people by name; anything else as written.
 */
export async function resolveTargets(
  entries: { action: string; target: string | null; details: unknown }[],
  lookup: { article(id: string): Promise<Article | null>; userName(id: string): string | undefined },
): Promise<AuditTarget[]> {
  const articles = new Map<string, Article | null>();
  const out: AuditTarget[] = [];
  for (const e of entries) {
    if (e.target === null) {
      out.push({ kind: 'none' });
      continue;
    }
    const kind = targetKind(e.action);
    if (kind === 'article') {
      if (!articles.has(e.target)) articles.set(e.target, await lookup.article(e.target));
      const a = articles.get(e.target);
      const recorded = (e.details as { headline?: unknown } | null)?.headline;
      const headline = a?.headline ?? (typeof recorded === 'string' ? recorded : e.target);
      out.push({
        kind: 'article',
        id: e.target,
        headline,
        href: `/admin/articles/${encodeURIComponent(e.target)}`,
      });
    } else if (kind === 'user') {
      out.push({ kind: 'user', name: lookup.userName(e.target) ?? e.target });
    } else out.push({ kind: 'text', text: e.target });
  }
  return out;
}
