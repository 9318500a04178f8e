import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Permission } from '../domain/roles.ts';
import type { Translate } from '../lib/messages.ts';
import type { AccountService, SignedIn, User } from '../services/accounts/account.service.ts';

/** Nobody is signed in. */
export interface GuestCtx {
  user: null;
  csrf: null;
  token: null;
  twoFactor?: boolean;
}

/** A signed-in account: its session token and that session's CSRF token come with it. */
export interface MemberCtx {
  user: User;
  csrf: string;
  token: string;
  /** The account has two-factor sign-in on. */
  twoFactor?: boolean;
}

/** Who is asking: the session's account (or nobody), its CSRF token and session token. */
export type Ctx = GuestCtx | MemberCtx;

/** What every admin route declares besides its access and handler. */
interface RouteBase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Largest request body accepted, in bytes (default Fastify's 1 MiB). */
  bodyLimit?: number;
  /** Requests allowed per client address and time window (answered 429 beyond). */
  rateLimit?: { max: number; timeWindow: number };
  /**
   * Open to an administrator who must set up two-factor sign-in and has not yet (the set-up
   * itself, signing out); every other route sends them to the set-up.
   */
  allowedBeforeTwoFactor?: boolean;
}

/** A route anybody may use: the handler learns who is asking, perhaps nobody. */
export interface PublicRoute extends RouteBase {
  access: 'public';
  handler(request: FastifyRequest, reply: FastifyReply, ctx: Ctx): Promise<unknown>;
}

/**
 * A route that needs a permission: the gate lets only a signed-in account with it through, so
 * the handler is given that account (never nobody).
 */
export interface MemberRoute extends RouteBase {
  access: Permission;
  handler(request: FastifyRequest, reply: FastifyReply, ctx: MemberCtx): Promise<unknown>;
  /** Runs after the access checks and before the body is read (limits per account). */
  beforeBody?(request: FastifyRequest, reply: FastifyReply, ctx: MemberCtx): Promise<void>;
}

/** An admin route declares who may use it: 'public', or the permission it needs. */
export type AdminRoute = PublicRoute | MemberRoute;

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
