import type { FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type AppError } from '../../domain/errors.ts';
import type { FormError } from '../pages/form.tsx';
import { LinkProblemPage } from '../pages/link-problem.tsx';
import type { Ctx, PageKit } from '../route.ts';

/** How the account routes answer: field errors shown on the form, one-time link pages. */

/** The field errors of a refused form, for its page. */
export const issues = (e: unknown): FormError[] =>
  isAppError(e) ? e.issues.map((i) => ({ field: i.field, message: i.message })) : [];

/** Errors a form shows on its page (bad input, a rule refused); anything else propagates. */
export const shown = (e: unknown, codes: string[]): e is AppError => isAppError(e) && codes.includes(e.code);

/** A path parameter as a string ('' when absent). */
export const param = (request: FastifyRequest, name: string): string =>
  (request.params as Record<string, string | undefined>)[name] ?? '';

/** Pages under a one-time link: never cached, and the link never leaves in a Referer header. */
export const linkPage = (reply: FastifyReply): FastifyReply => reply.header('referrer-policy', 'no-referrer');

/** A one-time link that cannot be used (unknown, expired, used): why, and what to do instead. */
export const linkProblem = (
  kit: PageKit,
  reply: FastifyReply,
  ctx: Ctx,
  e: AppError,
  purpose: 'invite' | 'reset',
) =>
  kit.page(
    linkPage(reply),
    (t) => t('link.pageTitle'),
    <LinkProblemPage message={e.message} purpose={purpose} />,
    ctx,
    e.status,
  );
