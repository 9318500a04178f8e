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

/** Accounts, sessions (by token hash) and the audit log. */
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

  async session(tokenHash: string, now: Date): Promise<{ user: User; csrf: string } | null> {
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select('sessions.csrf_token')
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now.toISOString())
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    return r ? { user: toUser(r), csrf: r.csrf_token } : null;
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

  async auditLog(limit: number): Promise<
    {
      userId: string | null;
      userName: string | null;
      action: string;
      target: string | null;
      details: unknown;
      at: Date;
    }[]
  > {
    const rows = await this.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
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
