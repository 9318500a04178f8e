import type { FastifyReply } from 'fastify';
import type { SignedIn } from '../services/accounts/account.service.ts';

/** The newsroom's session cookie: scoped to /admin, so the reader site stays cookie-free and cacheable. */
export const SESSION_COOKIE = 'nd_session';

/** Hands the browser a new session. */
export function setSessionCookie(reply: FastifyReply, session: SignedIn, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/admin',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
}
