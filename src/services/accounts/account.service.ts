import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { roles, type Role } from '../../domain/roles.ts';
import type { Store, User } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.ts';

const email = z.string().trim().toLowerCase().email('must be an e-mail address').max(320);
/** Length beats composition rules (NIST SP 800-63B): at least 12 characters, at most 200. */
const password = z
  .string()
  .min(12, 'must have at least 12 characters')
  .max(200, 'must have at most 200 characters');

export const newUserSchema = z.object({
  email,
  name: z.string().trim().min(1, 'is required').max(120),
  role: z.enum(roles),
  password,
});

const SESSION_TTL_MS = 7 * 24 * 3600_000;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SignedIn {
  token: string;
  csrf: string;
  user: User;
  expiresAt: Date;
}

/**
 * Newsroom accounts: the owner's one-time setup, users, sign-in with server-side sessions,
 * password changes, and the audit log. Sign-in failures are limited per account here and per
 * address at the route.
 */
export class AccountService {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator = uuid,
  ) {}

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
      role: u.role as Role,
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

  private tooManyFailures(key: string): boolean {
    const now = this.clock.now().getTime();
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
    this.failures.set(key, recent);
    return recent.length >= MAX_FAILURES;
  }

  /** Signs in; any failure reads the same ("e-mail or password is wrong"), so accounts cannot be probed. */
  async signIn(emailInput: string, passwordInput: string): Promise<SignedIn> {
    const address = emailInput.trim().toLowerCase();
    if (this.tooManyFailures(address)) {
      throw new AppError(
        'RATE_LIMITED',
        'Too many failed sign-ins for this account; try again in 15 minutes.',
      );
    }
    const user = await this.store.repos.accounts.userByEmail(address);
    const ok = await verifyPassword(passwordInput, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabledAt) {
      this.failures.get(address)!.push(this.clock.now().getTime());
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
    this.failures.delete(address);
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
      details: null,
      at: now,
    });
    const { passwordHash: _omit, ...plain } = user;
    return { token, csrf, user: plain, expiresAt };
  }

  async session(token: string | undefined): Promise<{ user: User; csrf: string } | null> {
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

  auditLog(limit = 200) {
    return this.store.repos.accounts.auditLog(limit);
  }
}

export type { User } from '../../storage/repositories/index.ts';
