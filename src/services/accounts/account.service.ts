import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { can, roles } from '../../domain/roles.ts';
import type { AccountToken } from '../../storage/repositories/account.repository.ts';
import type { Store, User } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { MailTransport } from '../mail/mail.ts';
import { validate } from '../validate.ts';
import { MemoryAttemptCounter, type AttemptCounter } from '../limits/counters.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.ts';
import { TwoFactorService, type SecondFactor } from './two-factor.service.ts';
import { Invitations } from './invitations.ts';
import {
  email,
  existingAccount,
  inviteSchema,
  newToken,
  password,
  plainUser,
  plausibleToken,
  tokenHash,
  tokenRecord,
  type TokenInfo,
} from './one-time-tokens.ts';
import { PasswordResets } from './password-resets.ts';

export { INVITE_TTL_MS, RESET_TTL_MS, type TokenInfo } from './one-time-tokens.ts';

export const newUserSchema = z.object({
  email,
  name: z.string().trim().min(1, 'is required').max(120),
  role: z.enum(roles),
  password,
});

const SESSION_TTL_MS = 7 * 24 * 3600_000;
/** How long the second step of a sign-in (the code) may take after the password was right. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export interface SignedIn {
  token: string;
  csrf: string;
  user: User;
  expiresAt: Date;
}

/**
 * What a right password leads to: a session, or — for an account with two-factor on — a
 * challenge: a one-time token that grants nothing but the right to give the code, for 5 minutes.
 */
export type SignInStep =
  { kind: 'signed-in'; session: SignedIn } | { kind: 'two-factor'; challenge: string; expiresAt: Date };

export interface AccountOptions {
  /** Where invitation and reset links go out. */
  mail: MailTransport;
  /** The site's public base URL (from the site settings, read at each use). */
  baseUrl: () => string;
  /** Counts sign-in failures per account (shared through Redis by several instances); in memory by default. */
  failures?: AttemptCounter;
  /** Reports a reset mail that failed after the request was answered. */
  onMailError?: (err: unknown) => void;
  /** The name authenticator apps show for the site (default: the host of the base URL). */
  siteName?: () => string;
}

/**
 * Newsroom accounts: the owner's one-time setup, users, sign-in with server-side sessions,
 * password changes, and the audit log. Sign-in failures are limited per account here and per
 * address at the route.
 */
export class AccountService {
  private readonly failures: AttemptCounter;
  private readonly invitations: Invitations;
  private readonly resets: PasswordResets;
  /** Two-factor sign-in of these accounts (enrolment, codes, the rule for administrators). */
  readonly twoFactor: TwoFactorService;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
    private readonly options: AccountOptions,
  ) {
    this.failures = options.failures ?? new MemoryAttemptCounter(FAILURE_WINDOW_MS, clock);
    this.twoFactor = new TwoFactorService(store, clock, newId, {
      failures: this.failures,
      issuer: options.siteName ?? (() => new URL(options.baseUrl()).host),
    });
    const link = (kind: 'invite' | 'reset', token: string) => this.link(kind, token);
    this.invitations = new Invitations({
      store,
      clock,
      newId,
      mail: options.mail,
      link,
      requireManager: (actorId) => this.requireManager(actorId),
    });
    this.resets = new PasswordResets({
      store,
      clock,
      newId,
      mail: options.mail,
      failures: this.failures,
      link,
      ...(options.onMailError ? { onMailError: options.onMailError } : {}),
    });
  }

  async needsSetup(): Promise<boolean> {
    return (await this.store.repos.accounts.countUsers()) === 0;
  }

  /** The first account, an admin; refused once any account exists. */
  async setupOwner(input: { email: string; name: string; password: string }): Promise<User> {
    if (!(await this.needsSetup())) throw new AppError('CONFLICT', 'the newsroom is already set up');
    return this.createUser({ ...input, role: 'admin' }, null);
  }

  async createUser(input: z.input<typeof newUserSchema>, actorId: string | null): Promise<User> {
    const u = validate(newUserSchema, input);
    if (await this.store.repos.accounts.userByEmail(u.email)) {
      throw new AppError('CONFLICT', `an account for ${u.email} exists`, [
        { field: 'email', message: 'is already in use' },
      ]);
    }
    const user: User = {
      id: this.newId(),
      email: u.email,
      name: u.name,
      role: u.role,
      createdAt: this.clock.now(),
      disabledAt: null,
    };
    await this.store.transaction(async (repos) => {
      await repos.accounts.insertUser(user, await hashPassword(u.password));
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'user.created',
        target: user.id,
        details: { email: user.email, role: user.role },
        at: this.clock.now(),
      });
    });
    return user;
  }

  private async tooManyFailures(key: string): Promise<boolean> {
    return (await this.failures.count(`signin:${key}`)) >= MAX_FAILURES;
  }

  /**
   * The password step of signing in; any failure reads the same ("e-mail or password is
   * wrong"), so accounts cannot be probed. An account with two-factor on gets a challenge
   * instead of a session.
   */
  async beginSignIn(emailInput: string, passwordInput: string): Promise<SignInStep> {
    const address = emailInput.trim().toLowerCase();
    if (await this.tooManyFailures(address)) {
      throw new AppError(
        'RATE_LIMITED',
        'Too many failed sign-ins for this account; try again in 15 minutes.',
      );
    }
    const user = await this.store.repos.accounts.userByEmail(address);
    const ok = await verifyPassword(passwordInput, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabledAt) {
      await this.failures.hit(`signin:${address}`);
      await this.store.repos.accounts.audit({
        id: this.newId(),
        userId: user?.id ?? null,
        action: 'signin.failed',
        target: null,
        details: { email: address },
        at: this.clock.now(),
      });
      throw new AppError('UNAUTHORIZED', 'The e-mail or password is wrong.');
    }
    await this.failures.clear(`signin:${address}`);
    const { passwordHash: _omit, ...plain } = user;
    if (!(await this.twoFactor.status(user.id)).enabled)
      return { kind: 'signed-in', session: await this.startSession(plain, null) };
    const challenge = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
    await this.store.transaction(async (repos) => {
      // One pending second step per account: a newer sign-in replaces the older.
      await repos.accounts.deleteTokensOfUser(user.id, 'signin');
      await repos.accounts.insertToken(
        tokenRecord(challenge, 'signin', { createdAt: now, expiresAt }, { userId: user.id }),
      );
    });
    return { kind: 'two-factor', challenge, expiresAt };
  }

  /**
   * Signs in with a password alone: for accounts without two-factor (scripts, tests). An
   * account with two-factor on is refused here; it signs in on the sign-in page.
   */
  async signIn(emailInput: string, passwordInput: string): Promise<SignedIn> {
    const step = await this.beginSignIn(emailInput, passwordInput);
    if (step.kind === 'two-factor')
      throw new AppError('UNAUTHORIZED', 'This account also needs a code from its authenticator app.');
    return step.session;
  }

  /** The account a challenge belongs to while it can still be used; an error saying why not otherwise. */
  async challengeUser(challenge: string | undefined): Promise<User> {
    return (await this.openChallenge(challenge)).user;
  }

  /** challengeUser, with the hash the challenge is stored under (to use it up or void it). */
  private async openChallenge(challenge: string | undefined): Promise<{ user: User; hash: string }> {
    const expired = new AppError('GONE', 'This sign-in has expired; sign in again.');
    const hash = challenge && plausibleToken(challenge) ? tokenHash(challenge) : null;
    const t = hash ? await this.store.repos.accounts.tokenByHash(hash) : null;
    if (!hash || !t || t.purpose !== 'signin' || t.usedAt || t.expiresAt <= this.clock.now() || !t.userId)
      throw expired;
    const u = await this.store.repos.accounts.userById(t.userId);
    if (!u || u.disabledAt) throw expired;
    return { user: this.plain(u), hash };
  }

  /**
   * The second step: a code from the authenticator app or a recovery code. Wrong codes count
   * against the account (5 per 15 minutes; at the limit the challenge is void and the password
   * step starts again). A right code uses up the challenge and starts the session.
   */
  async completeSignIn(
    challenge: string | undefined,
    code: string,
  ): Promise<SignedIn & { factor: SecondFactor; recoveryCodesLeft: number }> {
    const { user, hash } = await this.openChallenge(challenge);
    const voidChallenge = () => this.store.repos.accounts.deleteTokensOfUser(user.id, 'signin');
    try {
      await this.twoFactor.assertNotLocked(user.id);
    } catch (e) {
      await voidChallenge();
      throw e;
    }
    const factor = code.trim() ? await this.twoFactor.check(user.id, code) : null;
    if (!factor) {
      await this.audit(user.id, 'signin.two-factor-failed', null);
      if (await this.twoFactor.locked(user.id)) {
        await voidChallenge();
        throw new AppError('RATE_LIMITED', 'Too many wrong codes for this account; try again in 15 minutes.');
      }
      throw new AppError('UNAUTHORIZED', 'The code is not right.');
    }
    if (!(await this.store.repos.accounts.consumeToken(hash, 'signin', this.clock.now())))
      throw new AppError('GONE', 'This sign-in has expired; sign in again.');
    const session = await this.startSession(user, factor);
    return {
      ...session,
      factor,
      recoveryCodesLeft: (await this.twoFactor.status(user.id)).recoveryCodesLeft,
    };
  }

  private async startSession(user: User, factor: SecondFactor | null): Promise<SignedIn> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.store.repos.accounts.insertSession(tokenHash(token), user.id, csrf, now, expiresAt);
    await this.store.repos.accounts.audit({
      id: this.newId(),
      userId: user.id,
      action: 'signin',
      target: null,
      details: factor ? { twoFactor: factor } : null,
      at: now,
    });
    return { token, csrf, user, expiresAt };
  }

  /** A live session: its account, CSRF token, and whether the account has two-factor on. */
  async session(token: string | undefined): Promise<{ user: User; csrf: string; twoFactor: boolean } | null> {
    if (!token || token.length > 100) return null;
    return this.store.repos.accounts.session(tokenHash(token), this.clock.now());
  }

  async signOut(token: string): Promise<void> {
    const s = await this.session(token);
    await this.store.repos.accounts.deleteSession(tokenHash(token));
    if (s) await this.audit(s.user.id, 'signout', null);
  }

  /** Changes a password; every other session of the account ends. */
  async changePassword(userId: string, current: string, next: string, keepToken: string): Promise<void> {
    const { next: valid } = validate(z.object({ next: password }), { next });
    const user = await this.store.repos.accounts.userById(userId);
    if (!user || !(await verifyPassword(current, user.passwordHash))) {
      throw new AppError('VALIDATION_FAILED', 'current: the current password is wrong', [
        { field: 'current', message: 'is wrong' },
      ]);
    }
    await this.store.repos.accounts.setPassword(userId, await hashPassword(valid));
    await this.store.repos.accounts.deleteSessionsOf(userId, tokenHash(keepToken));
    await this.audit(userId, 'password.changed', userId);
  }

  // ——— Staff: invitations, roles, disabling ———

  /** The actor must be an enabled account allowed to manage users; null is the operator (CLI). */
  private async requireManager(actorId: string | null): Promise<void> {
    if (actorId === null) return;
    const actor = await this.store.repos.accounts.userById(actorId);
    if (!actor || actor.disabledAt || !can(actor.role, 'users.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators manage users.');
  }

  private link(kind: 'invite' | 'reset', token: string): string {
    return `${this.options.baseUrl().replace(/\/+$/, '')}/admin/${kind}/${token}`;
  }

  /** Invites someone by e-mail with a role (see Invitations). */
  invite(input: { email: string; name: string; role: string }, actorId: string | null) {
    return this.invitations.invite(input, actorId);
  }

  /** Invitations not yet accepted nor expired. */
  pendingInvites(): Promise<AccountToken[]> {
    return this.invitations.pending();
  }

  /** What an invitation link's page shows, or an error saying why the link cannot be used. */
  inviteInfo(token: string): Promise<TokenInfo> {
    return this.invitations.info(token);
  }

  /** Accepts an invitation: creates the account with the invited role; the link then stops working. */
  acceptInvite(token: string, input: { password: string }): Promise<User> {
    return this.invitations.accept(token, input);
  }

  listUsers(): Promise<User[]> {
    return this.store.repos.accounts.listUsers();
  }

  private target(userId: string) {
    return existingAccount(this.store, userId);
  }

  /** Changes a role; the last enabled administrator cannot be demoted. */
  async changeRole(userId: string, roleInput: string, actorId: string | null): Promise<User> {
    await this.requireManager(actorId);
    const { role } = validate(z.object({ role: inviteSchema.shape.role }), { role: roleInput });
    const u = await this.target(userId);
    if (u.role === role) return this.plain(u);
    await this.store.transaction(async (repos) => {
      if (u.role === 'admin' && !u.disabledAt && (await repos.accounts.countActiveAdmins(u.id)) === 0)
        throw new AppError(
          'CONFLICT',
          'This is the last administrator; make someone else an administrator first.',
          [{ field: 'role', message: 'the last administrator must stay an administrator' }],
        );
      await repos.accounts.setRole(u.id, role);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'user.role-changed',
        target: u.id,
        details: { email: u.email, from: u.role, to: role },
        at: this.clock.now(),
      });
    });
    return { ...this.plain(u), role };
  }

  /** Disables an account: it cannot sign in, its sessions and open links end. */
  async disable(userId: string, actorId: string | null): Promise<User> {
    await this.requireManager(actorId);
    const u = await this.target(userId);
    if (u.id === actorId)
      throw new AppError('CONFLICT', 'You cannot disable your own account; ask another administrator.');
    if (u.disabledAt) return this.plain(u);
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      if (u.role === 'admin' && (await repos.accounts.countActiveAdmins(u.id)) === 0)
        throw new AppError('CONFLICT', 'This is the last administrator; it cannot be disabled.');
      await repos.accounts.setDisabled(u.id, now);
      await repos.accounts.deleteSessionsOf(u.id);
      await repos.accounts.voidTokensOfUser(u.id, 'reset', now);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'user.disabled',
        target: u.id,
        details: { email: u.email },
        at: now,
      });
    });
    return { ...this.plain(u), disabledAt: now };
  }

  async enable(userId: string, actorId: string | null): Promise<User> {
    await this.requireManager(actorId);
    const u = await this.target(userId);
    if (!u.disabledAt) return this.plain(u);
    await this.store.transaction(async (repos) => {
      await repos.accounts.setDisabled(u.id, null);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'user.enabled',
        target: u.id,
        details: { email: u.email },
        at: this.clock.now(),
      });
    });
    return { ...this.plain(u), disabledAt: null };
  }

  private plain(u: User & { passwordHash?: string }): User {
    return plainUser(u);
  }

  // ——— Password reset (see PasswordResets) ———

  requestPasswordReset(emailInput: string): Promise<void> {
    return this.resets.request(emailInput);
  }

  /** Resolves once every reset mail started so far has been handed to the transport (tests, shutdown). */
  mailSettled(): Promise<void> {
    return this.resets.settled();
  }

  resetInfo(token: string): Promise<TokenInfo> {
    return this.resets.info(token);
  }

  resetPassword(token: string, next: string): Promise<User> {
    return this.resets.reset(token, next);
  }

  async audit(
    userId: string | null,
    action: string,
    target: string | null,
    details?: unknown,
  ): Promise<void> {
    await this.store.repos.accounts.audit({
      id: this.newId(),
      userId,
      action,
      target,
      details,
      at: this.clock.now(),
    });
  }

  auditLog(limit = 200, filter: Parameters<Store['repos']['accounts']['auditLog']>[1] = {}) {
    return this.store.repos.accounts.auditLog(limit, filter);
  }
}

export type { User } from '../../storage/repositories/index.ts';
