import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { Role } from '../../domain/roles.ts';
import type { AccountToken } from '../../storage/repositories/account.repository.ts';
import type { Store, User } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { MailTransport } from '../mail/mail.ts';
import { validate } from '../validate.ts';
import { hashPassword } from './passwords.ts';
import {
  INVITE_TTL_MS,
  inviteSchema,
  newToken,
  password,
  tokenRecord,
  usableToken,
  type TokenInfo,
} from './one-time-tokens.ts';

/** What invitations need: the store, time and ids, the mail, the site's links, the managers' check. */
export interface InvitationDeps {
  store: Store;
  clock: Clock;
  newId: IdGenerator;
  mail: MailTransport;
  /** The full URL of a one-time link. */
  link(kind: 'invite', token: string): string;
  /** Refuses an actor who may not manage users (null is the operator). */
  requireManager(actorId: string | null): Promise<void>;
}

/** An invitation's record with what every invitation carries: whom it invites, by what name, as what. */
type Invite = AccountToken & { email: string; name: string; role: Role };

/**
 * A usable invitation link's record. invite() always stores the address, name and role; a record
 * without them cannot make an account, so its link is refused like one that does not exist.
 */
async function usableInvite(store: Store, now: Date, token: string): Promise<Invite> {
  const t = await usableToken(store, now, token, 'invite');
  const { email, name, role } = t;
  if (email === null || name === null || role === null)
    throw new AppError('NOT_FOUND', 'This invitation is not valid.');
  return { ...t, email, name, role };
}

/** Invitations by e-mail: a one-time link with a role, valid 7 days, that creates the account. */
export class Invitations {
  constructor(private readonly deps: InvitationDeps) {}

  /**
   * Invites someone by e-mail with a role: a one-time link, valid for 7 days, lets them choose
   * a password. A newer invitation to the same address voids the older link.
   */
  async invite(
    input: { email: string; name: string; role: string },
    actorId: string | null,
  ): Promise<{ link: string; expiresAt: Date }> {
    const { store, clock } = this.deps;
    await this.deps.requireManager(actorId);
    const v = validate(inviteSchema, input);
    if (await store.repos.accounts.userByEmail(v.email)) {
      throw new AppError('CONFLICT', `${v.email} already has an account`, [
        { field: 'email', message: 'already has an account' },
      ]);
    }
    const token = newToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
    await store.transaction(async (repos) => {
      await repos.accounts.voidInvitesTo(v.email, now);
      await repos.accounts.insertToken(
        tokenRecord(
          token,
          'invite',
          { createdAt: now, expiresAt },
          { email: v.email, name: v.name, role: v.role, createdBy: actorId },
        ),
      );
      await repos.accounts.audit({
        id: this.deps.newId(),
        userId: actorId,
        action: 'user.invited',
        target: v.email,
        details: { email: v.email, role: v.role },
        at: now,
      });
    });
    const link = this.deps.link('invite', token);
    await this.deps.mail.send({
      to: v.email,
      subject: 'You are invited to the newsroom',
      text:
        `Hello ${v.name},\n\nyou are invited to join the newsroom as ${v.role}. ` +
        `Open this link to choose your password (it works once, for 7 days):\n\n${link}\n`,
    });
    return { link, expiresAt };
  }

  /** Invitations not yet accepted nor expired. */
  pending(): Promise<AccountToken[]> {
    return this.deps.store.repos.accounts.pendingInvites(this.deps.clock.now());
  }

  /** What an invitation link's page shows, or an error saying why the link cannot be used. */
  async info(token: string): Promise<TokenInfo> {
    const t = await usableInvite(this.deps.store, this.deps.clock.now(), token);
    return { purpose: 'invite', email: t.email, name: t.name, role: t.role, expiresAt: t.expiresAt };
  }

  /** Accepts an invitation: creates the account with the invited role; the link then stops working. */
  async accept(token: string, input: { password: string }): Promise<User> {
    const { store, clock } = this.deps;
    const t = await usableInvite(store, clock.now(), token);
    const { password: valid } = validate(z.object({ password }), input);
    if (await store.repos.accounts.userByEmail(t.email)) {
      throw new AppError('CONFLICT', `${t.email} already has an account; sign in instead.`);
    }
    const passwordHash = await hashPassword(valid);
    const now = clock.now();
    const user: User = {
      id: this.deps.newId(),
      email: t.email,
      name: t.name,
      role: t.role,
      createdAt: now,
      disabledAt: null,
    };
    await store.transaction(async (repos) => {
      if (!(await repos.accounts.consumeToken(t.tokenHash, 'invite', now)))
        throw new AppError('GONE', 'This invitation was already used. Sign in instead.');
      await repos.accounts.insertUser(user, passwordHash);
      await repos.accounts.audit({
        id: this.deps.newId(),
        userId: user.id,
        action: 'invite.accepted',
        target: user.id,
        details: { email: user.email, role: user.role, invitedBy: t.createdBy },
        at: now,
      });
    });
    return user;
  }
}
