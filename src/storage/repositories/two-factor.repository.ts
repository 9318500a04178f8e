import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** An account's TOTP credential: confirmed (enabledAt set) or awaiting its first code. */
export interface TwoFactorCredential {
  userId: string;
  /** Base32, as authenticator apps take it. */
  secret: string;
  createdAt: Date;
  enabledAt: Date | null;
  /** The last time step whose code was accepted; a code of this step or an earlier one is refused. */
  lastStep: number | null;
}

const toCredential = (r: DB['two_factor']): TwoFactorCredential => ({
  userId: r.user_id,
  secret: r.secret,
  createdAt: new Date(r.created_at),
  enabledAt: r.enabled_at ? new Date(r.enabled_at) : null,
  lastStep: r.last_step,
});

/** TOTP credentials and recovery codes (by hash) per account. */
export class TwoFactorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async credential(userId: string): Promise<TwoFactorCredential | null> {
    const r = await this.db
      .selectFrom('two_factor')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r ? toCredential(r) : null;
  }

  /**
   * Starts (or restarts) an unconfirmed enrolment with a new secret; a confirmed credential is
   * left alone. True when the account now awaits the first code for this secret.
   */
  async putPending(userId: string, secret: string, now: Date): Promise<boolean> {
    await this.db
      .deleteFrom('two_factor')
      .where('user_id', '=', userId)
      .where('enabled_at', 'is', null)
      .execute();
    await this.db
      .insertInto('two_factor')
      .values({ user_id: userId, secret, created_at: now.toISOString(), enabled_at: null, last_step: null })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    const stored = await this.credential(userId);
    return !!stored && !stored.enabledAt && stored.secret === secret;
  }

  /** Confirms a pending enrolment with the step of the code that confirmed it; false if none was pending. */
  async enable(userId: string, step: number, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('two_factor')
      .set({ enabled_at: now.toISOString(), last_step: step })
      .where('user_id', '=', userId)
      .where('enabled_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Records that a code of `step` was used, if no code of this step or a later one was: one
   * statement, so two requests racing with the same code cannot both win.
   */
  async useStep(userId: string, step: number): Promise<boolean> {
    const r = await this.db
      .updateTable('two_factor')
      .set({ last_step: step })
      .where('user_id', '=', userId)
      .where('enabled_at', 'is not', null)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Removes the credential and every recovery code (two-factor off). */
  async remove(userId: string): Promise<boolean> {
    await this.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    const r = await this.db.deleteFrom('two_factor').where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Accounts with two-factor turned on (confirmed). */
  async enabledUserIds(): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('two_factor')
      .select('user_id')
      .where('enabled_at', 'is not', null)
      .execute();
    return new Set(rows.map((r) => r.user_id));
  }

  /** Replaces every recovery code of an account: the old ones stop working. */
  async replaceRecoveryCodes(userId: string, hashes: string[], now: Date): Promise<void> {
    await this.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    if (!hashes.length) return;
    await this.db
      .insertInto('recovery_codes')
      .values(
        hashes.map((h) => ({ user_id: userId, code_hash: h, created_at: now.toISOString(), used_at: null })),
      )
      .execute();
  }

  /** Marks a recovery code used if it is the account's and unused; false otherwise. Works once. */
  async useRecoveryCode(userId: string, hash: string, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('recovery_codes')
      .set({ used_at: now.toISOString() })
      .where('user_id', '=', userId)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async unusedRecoveryCodes(userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
