import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Permission } from '../domain/roles.ts';
import type { Translate } from '../lib/messages.ts';
import type { AccountService, SignedIn, User } from '../services/accounts/account.service.ts';

/** Who is asking: the session's account (or nobody), its CSRF token and session token. */
export interface Ctx {
  user: User | null;
  csrf: string | null;
  token: string | null;
  /** The account has two-factor sign-in on. */
  twoFactor?: boolean;
}

/** An admin route declares who may use it: 'public', or the permission it needs. */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: 'public' | Permission;
  handler(request: FastifyRequest, reply: FastifyReply, ctx: Ctx): Promise<unknown>;
  /** Largest request body accepted, in bytes (default Fastify's 1 MiB). */
  bodyLimit?: number;
  /** Runs after the access checks and before the body is read (limits per account). */
  beforeBody?(request: FastifyRequest, reply: FastifyReply, ctx: Ctx): Promise<void>;
  /** Requests allowed per client address and time window (answered 429 beyond). */
  rateLimit?: { max: number; timeWindow: number };
  /**
   * Open to an administrator who must set up two-factor sign-in and has not yet (the set-up
   * itself, signing out); every other route sends them to the set-up.
   */
  allowedBeforeTwoFactor?: boolean;
}

/** A form field's value as a string ('' when absent or not a string). */
export const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

/** What the server-rendered pages share: the layout, the language, the pre-session CSRF token. */
export interface PageKit {
  /** Sends a page in the layout, never cached. */
  page(
    reply: FastifyReply,
    title: (t: Translate) => string,
    body: VNode,
    ctx: Ctx,
    status?: number,
  ): FastifyReply;
  /** The translator for the request's language. */
  t(request: FastifyRequest): Translate;
  /** A token for a form before sign-in (double submit with a cookie). */
  preCsrf(reply: FastifyReply): string;
  checkPreCsrf(request: FastifyRequest): void;
  /** Sets the session cookie of a new session. */
  startSession(reply: FastifyReply, session: SignedIn): void;
}

/** What the account pages' route groups (routes/*.tsx) are given, besides the page kit. */
export interface AccountRouteDeps {
  accounts: AccountService;
  secureCookies: boolean;
}
