import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { Store, User } from '../../storage/repositories/index.ts';
import type { AttemptCounter } from '../limits/counters.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { MailTransport } from '../mail/mail.ts';
import { validate } from '../validate.ts';
import { hashPassword } from './passwords.ts';
import {
  email,
  existingAccount,
  newToken,
  password,
  plainUser,
  RESET_TTL_MS,
  tokenRecord,
  usableToken,
  type TokenInfo,
} from './one-time-tokens.ts';

/** Reset links sent per account per hour; further requests are answered alike but send nothing. */
export const RESETS_PER_HOUR = 3;

/** What password resets need; `failures` is the sign-in failure count a reset clears. */
export interface PasswordResetDeps {
  store: Store;
  clock: Clock;
  newId: IdGenerator;
  mail: MailTransport;
  failures: AttemptCounter;
  /** The full URL of a one-time link. */
  link(kind: 'reset', token: string): string;
  /** Reports a reset mail that failed after the request was answered. */
  onMailError?: (err: unknown) => void;
}

/** Password resets by e-mail: a one-time link, valid an hour, that sets a new password and ends every session. */
export class PasswordResets {
  private deliveries = new Set<Promise<void>>();

  constructor(private readonly deps: PasswordResetDeps) {}

  /**
   * Sends a one-time reset link (valid for an hour) if an enabled account has this address.
   * Answers the same in every case and does not wait for the mail, so neither the answer nor
   * its timing tells whether the account exists; at most 3 links per account and hour.
   */
  async request(emailInput: string): Promise<void> {
    const { store, clock } = this.deps;
    const { email: address } = validate(z.object({ email }), { email: emailInput });
    const now = clock.now();
    const user = await store.repos.accounts.userByEmail(address);
    const allowed =
      !!user &&
      !user.disabledAt &&
      (await store.repos.accounts.countTokensSince(user.id, 'reset', new Date(now.getTime() - 3600_000))) <
        RESETS_PER_HOUR;
    const token = newToken();
    await store.transaction(async (repos) => {
      if (user && allowed) {
        await repos.accounts.voidTokensOfUser(user.id, 'reset', now);
        await repos.accounts.insertToken(
          tokenRecord(
            token,
            'reset',
            { createdAt: now, expiresAt: new Date(now.getTime() + RESET_TTL_MS) },
            { userId: user.id },
          ),
        );
      }
      await repos.accounts.audit({
        id: this.deps.newId(),
        userId: user?.id ?? null,
        action: 'password.reset-requested',
        target: user?.id ?? null,
        details: { email: address, sent: allowed },
        at: now,
      });
    });
    if (!user || !allowed) return;
    this.send(user, this.deps.link('reset', token));
  }

  /** Hands the reset mail to the transport without waiting; a failure is reported, not thrown. */
  private send(user: Pick<User, 'email' | 'name'>, link: string): void {
    const delivery = this.deps.mail
      .send({
        to: user.email,
        subject: 'Reset your newsroom password',
        text:
          `Hello ${user.name},\n\nsomeone (hopefully you) asked to reset your newsroom password. ` +
          `Open this link to choose a new one (it works once, for one hour):\n\n${link}\n\n` +
          `If you did not ask for this, ignore this message; your password stays as it is.\n`,
      })
      .catch((e: unknown) => this.deps.onMailError?.(e))
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Resolves once every reset mail started so far has been handed to the transport (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.deliveries]);
  }

  /** What a reset link's page shows, or an error saying why the link cannot be used. */
  async info(token: string): Promise<TokenInfo> {
    const t = await usableToken(this.deps.store, this.deps.clock.now(), token, 'reset');
    const u = await existingAccount(this.deps.store, t.userId);
    return { purpose: 'reset', email: u.email, name: u.name, role: u.role, expiresAt: t.expiresAt };
  }

  /** Sets a new password through a reset link (once); every session of the account ends. */
  async reset(token: string, next: string): Promise<User> {
    const { store, clock } = this.deps;
    const t = await usableToken(store, clock.now(), token, 'reset');
    const { password: valid } = validate(z.object({ password }), { password: next });
    const u = await existingAccount(this.deps.store, t.userId);
    if (u.disabledAt) throw new AppError('FORBIDDEN', 'This account is disabled.');
    const passwordHash = await hashPassword(valid);
    const now = clock.now();
    await store.transaction(async (repos) => {
      if (!(await repos.accounts.consumeToken(t.tokenHash, 'reset', now)))
        throw new AppError('GONE', 'This password reset link was already used. Ask for a new one.');
      await repos.accounts.setPassword(u.id, passwordHash);
      await repos.accounts.deleteSessionsOf(u.id);
      await repos.accounts.audit({
        id: this.deps.newId(),
        userId: u.id,
        action: 'password.reset',
        target: u.id,
        details: null,
        at: now,
      });
    });
    await this.deps.failures.clear(`signin:${u.email}`);
    return plainUser(u);
  }
}
