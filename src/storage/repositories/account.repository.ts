import type { Kysely } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { DB } from '../schema.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
}

const toUser = (r: DB['users']): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as Role,
  createdAt: new Date(r.created_at),
  disabledAt: r.disabled_at ? new Date(r.disabled_at) : null,
});

/** An invitation, a password reset, or the second step of a sign-in (two-factor; `signin`). */
export type TokenPurpose = 'invite' | 'reset' | 'signin';

/**
 * A one-time token's record: an invitation (email, name, role), a password reset (userId), or a
 * sign-in waiting for its second step (userId).
 */
export interface AccountToken {
  tokenHash: string;
  purpose: TokenPurpose;
  userId: string | null;
  email: string | null;
  name: string | null;
  role: Role | null;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

const toToken = (r: DB['account_tokens']): AccountToken => ({
  tokenHash: r.token_hash,
  purpose: r.purpose as TokenPurpose,
  userId: r.user_id,
  email: r.email,
  name: r.name,
  role: r.role as Role | null,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
  usedAt: r.used_at ? new Date(r.used_at) : null,
});

/** Accounts, sessions (by token hash), one-time links (by token hash) and the audit log. */
export class AccountRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertUser(u: User, passwordHash: string): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        password_hash: passwordHash,
        created_at: u.createdAt.toISOString(),
        disabled_at: null,
      })
      .execute();
  }

  async countUsers(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async userByEmail(email: string): Promise<(User & { passwordHash: string }) | null> {
    const r = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
  }

  async userById(id: string): Promise<(User & { passwordHash: string }) | null> {
    const r = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
  }

  /** Every account, oldest first (the owner on top). */
  async listUsers(): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .orderBy('created_at')
      .orderBy('email')
      .execute();
    return rows.map(toUser);
  }

  /** The byline (people.id) the account writes under; null before it has one. */
  async bylineOf(userId: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('users')
      .select('person_id')
      .where('id', '=', userId)
      .executeTakeFirst();
    return r?.person_id ?? null;
  }

  async setByline(userId: string, personId: string): Promise<void> {
    await this.db.updateTable('users').set({ person_id: personId }).where('id', '=', userId).execute();
  }

  async setRole(userId: string, role: Role): Promise<void> {
    await this.db.updateTable('users').set({ role }).where('id', '=', userId).execute();
  }

  async setDisabled(userId: string, at: Date | null): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ disabled_at: at ? at.toISOString() : null })
      .where('id', '=', userId)
      .execute();
  }

  /** Admins who can still sign in, optionally not counting one account. */
  async countActiveAdmins(exceptUserId?: string): Promise<number> {
    let q = this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null);
    if (exceptUserId) q = q.where('id', '!=', exceptUserId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  async insertToken(t: AccountToken): Promise<void> {
    await this.db
      .insertInto('account_tokens')
      .values({
        token_hash: t.tokenHash,
        purpose: t.purpose,
        user_id: t.userId,
        email: t.email,
        name: t.name,
        role: t.role,
        created_by: t.createdBy,
        created_at: t.createdAt.toISOString(),
        expires_at: t.expiresAt.toISOString(),
        used_at: t.usedAt ? t.usedAt.toISOString() : null,
      })
      .execute();
  }

  async tokenByHash(tokenHash: string): Promise<AccountToken | null> {
    const r = await this.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r ? toToken(r) : null;
  }

  /**
   * Marks a link used if it still is unused and unexpired; false when it was not (already
   * used, expired, or taken by a concurrent request). One statement, so a link works once.
   */
  async consumeToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('account_tokens')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Voids a user's unused links of a purpose (a newer one was made, or the account changed). */
  async voidTokensOfUser(userId: string, purpose: TokenPurpose, now: Date): Promise<void> {
    await this.db
      .updateTable('account_tokens')
      .set({ used_at: now.toISOString() })
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .execute();
  }

  /** Deletes a user's tokens of a purpose (sign-in challenges: a newer one replaces the older). */
  async deleteTokensOfUser(userId: string, purpose: TokenPurpose): Promise<void> {
    await this.db
      .deleteFrom('account_tokens')
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .execute();
  }

  /** Voids unused invitations to an address, so only the newest link works. */
  async voidInvitesTo(email: string, now: Date): Promise<void> {
    await this.db
      .updateTable('account_tokens')
      .set({ used_at: now.toISOString() })
      .where('email', '=', email)
      .where('purpose', '=', 'invite')
      .where('used_at', 'is', null)
      .execute();
  }

  /** Links of a purpose made for a user since a moment (for rate limits). */
  async countTokensSince(userId: string, purpose: TokenPurpose, since: Date): Promise<number> {
    const r = await this.db
      .selectFrom('account_tokens')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .where('created_at', '>', since.toISOString())
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Invitations neither used nor expired, newest first. */
  async pendingInvites(now: Date): Promise<AccountToken[]> {
    const rows = await this.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('purpose', '=', 'invite')
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toToken);
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
  }

  async insertSession(
    tokenHash: string,
    userId: string,
    csrf: string,
    createdAt: Date,
    expiresAt: Date,
  ): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: tokenHash,
        user_id: userId,
        csrf_token: csrf,
        created_at: createdAt.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
  }

  /** A live session's account, its CSRF token, and whether the account has two-factor sign-in on. */
  async session(
    tokenHash: string,
    now: Date,
  ): Promise<{ user: User; csrf: string; twoFactor: boolean } | null> {
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .leftJoin('two_factor', 'two_factor.user_id', 'sessions.user_id')
      .selectAll('users')
      .select(['sessions.csrf_token', 'two_factor.enabled_at as two_factor_at'])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now.toISOString())
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    return r ? { user: toUser(r), csrf: r.csrf_token, twoFactor: r.two_factor_at !== null } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of a user but (optionally) one: after a password change. */
  async deleteSessionsOf(userId: string, exceptTokenHash?: string): Promise<void> {
    let q = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptTokenHash) q = q.where('token_hash', '!=', exceptTokenHash);
    await q.execute();
  }

  async audit(entry: {
    id: string;
    userId: string | null;
    action: string;
    target: string | null;
    details: unknown;
    at: Date;
  }): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: entry.id,
        user_id: entry.userId,
        action: entry.action,
        target: entry.target,
        details: entry.details === undefined ? null : JSON.stringify(entry.details),
        at: entry.at.toISOString(),
      })
      .execute();
  }

  /** The newest entries first, narrowed by who, which action and when (`until` exclusive). */
  async auditLog(
    limit: number,
    filter: { userId?: string; action?: string; from?: Date; until?: Date } = {},
  ): Promise<
    {
      userId: string | null;
      userName: string | null;
      action: string;
      target: string | null;
      details: unknown;
      at: Date;
    }[]
  > {
    let q = this.db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id');
    if (filter.userId !== undefined) q = q.where('audit_log.user_id', '=', filter.userId);
    // Restored versions are logged as `article.restored:N`: the family matches them all.
    const action = filter.action;
    if (action !== undefined)
      q = q.where((eb) =>
        eb.or([eb('audit_log.action', '=', action), eb('audit_log.action', 'like', `${action}:%`)]),
      );
    if (filter.from) q = q.where('audit_log.at', '>=', filter.from.toISOString());
    if (filter.until) q = q.where('audit_log.at', '<', filter.until.toISOString());
    const rows = await q
      .select([
        'audit_log.user_id',
        'users.name',
        'audit_log.action',
        'audit_log.target',
        'audit_log.details',
        'audit_log.at',
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      userId: r.user_id,
      userName: r.name,
      action: r.action,
      target: r.target,
      details: r.details ? (JSON.parse(r.details) as unknown) : null,
      at: new Date(r.at),
    }));
  }
}
