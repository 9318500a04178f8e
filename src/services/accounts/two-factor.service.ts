import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { can } from '../../domain/roles.ts';
import type { Store, User } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { AttemptCounter } from '../limits/counters.ts';
import { verifyPassword } from './passwords.ts';
import {
  hashNewRecoveryCode,
  hashRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
} from './recovery-codes.ts';
import { matchTotp, newTotpSecret, totpUri } from './totp.ts';

/** Wrong codes allowed per account within the failure window before code checks stop. */
export const MAX_CODE_FAILURES = 5;
/** The settings row holding the site's two-factor policy. */
const POLICY_KEY = 'twoFactor';
const policySchema = z.object({ requiredForAdmins: z.boolean() });

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  /** Recovery codes not used yet. */
  recoveryCodesLeft: number;
  /** An enrolment was started and awaits its first code. */
  pending: boolean;
}

/** What the enrolment page shows: the secret as text (typed by hand) and the address a QR code carries. */
export interface Enrolment {
  secret: string;
  uri: string;
}

export type SecondFactor = 'totp' | 'recovery';

export interface TwoFactorOptions {
  /** Wrong codes per account (the same counter as sign-in failures, under its own keys). */
  failures: AttemptCounter;
  /** The name authenticator apps show beside the account (the site's name). */
  issuer: () => string;
}

const wrong = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);

/**
 * Two-factor sign-in per account: TOTP enrolment confirmed by a first code, one-time recovery
 * codes (hashes only), turning it off, an administrator's reset, and the site's rule that
 * administrators must use it. Every change is in the audit log.
 */
export class TwoFactorService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
    private readonly options: TwoFactorOptions,
  ) {}

  private audit(userId: string | null, action: string, target: string | null, details?: unknown) {
    return this.store.repos.accounts.audit({
      id: this.newId(),
      userId,
      action,
      target,
      details,
      at: this.clock.now(),
    });
  }

  async status(userId: string): Promise<TwoFactorStatus> {
    const c = await this.store.repos.twoFactor.credential(userId);
    return {
      enabled: !!c?.enabledAt,
      enabledAt: c?.enabledAt ?? null,
      recoveryCodesLeft: c?.enabledAt ? await this.store.repos.twoFactor.unusedRecoveryCodes(userId) : 0,
      pending: !!c && !c.enabledAt,
    };
  }

  /** Accounts with two-factor on (the users page shows it). */
  enabledUserIds(): Promise<Set<string>> {
    return this.store.repos.twoFactor.enabledUserIds();
  }

  // ——— Enrolment ———

  /** Starts enrolment with a new secret (an unconfirmed earlier one is replaced). */
  async begin(userId: string): Promise<void> {
    if ((await this.status(userId)).enabled)
      throw new AppError('CONFLICT', 'Two-factor sign-in is already on for this account.');
    await this.store.repos.twoFactor.putPending(userId, newTotpSecret(), this.clock.now());
  }

  /** The enrolment awaiting its first code, or null when none was started (or it is already on). */
  async pending(user: User): Promise<Enrolment | null> {
    const c = await this.store.repos.twoFactor.credential(user.id);
    if (!c || c.enabledAt) return null;
    return { secret: c.secret, uri: totpUri(c.secret, this.options.issuer(), user.email) };
  }

  /**
   * Turns two-factor on once the app shows a right code for the new secret; answers the
   * recovery codes, shown this once (only their hashes are kept).
   */
  async confirm(userId: string, codeInput: string): Promise<string[]> {
    const c = await this.store.repos.twoFactor.credential(userId);
    if (!c || c.enabledAt)
      throw new AppError(
        'CONFLICT',
        c
          ? 'Two-factor sign-in is already on.'
          : 'Start the set-up again: no key is waiting for its first code.',
      );
    const code = codeInput.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) throw wrong('code', 'must be the 6 digits your app shows');
    const step = await matchTotp(c.secret, code, this.clock.now(), null);
    if (step === null)
      throw wrong('code', 'is not right; check that the clock of your phone is right and try the next code');
    const codes = newRecoveryCodes();
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      if (!(await repos.twoFactor.enable(userId, step, now)))
        throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
      await repos.twoFactor.replaceRecoveryCodes(userId, codes.map(hashNewRecoveryCode), now);
      await repos.accounts.audit({
        id: this.newId(),
        userId,
        action: 'two-factor.enabled',
        target: userId,
        details: null,
        at: now,
      });
    });
    return codes;
  }

  // ——— Checking a second factor ———

  private failureKey = (userId: string) => `2fa:${userId}`;

  /** Refuses when the account had too many wrong codes lately. */
  async assertNotLocked(userId: string): Promise<void> {
    if ((await this.options.failures.count(this.failureKey(userId))) >= MAX_CODE_FAILURES)
      throw new AppError('RATE_LIMITED', 'Too many wrong codes for this account; try again in 15 minutes.');
  }

  /**
   * Checks a code from the app (6 digits) or a recovery code; each works once. Wrong codes are
   * counted per account; after 5 within 15 minutes no code is checked until the window passes.
   * Returns which kind was used, or null when it was wrong.
   */
  async check(userId: string, input: string): Promise<SecondFactor | null> {
    await this.assertNotLocked(userId);
    const kind = await this.match(userId, input);
    if (kind) await this.options.failures.clear(this.failureKey(userId));
    else await this.options.failures.hit(this.failureKey(userId));
    return kind;
  }

  /** True when the account has just reached the limit of wrong codes. */
  async locked(userId: string): Promise<boolean> {
    return (await this.options.failures.count(this.failureKey(userId))) >= MAX_CODE_FAILURES;
  }

  private async match(userId: string, input: string): Promise<SecondFactor | null> {
    const c = await this.store.repos.twoFactor.credential(userId);
    if (!c?.enabledAt) return null;
    const code = input.replace(/\s+/g, '');
    if (/^\d{6}$/.test(code)) {
      const step = await matchTotp(c.secret, code, this.clock.now(), c.lastStep);
      // The conditional update settles a race between two requests carrying the same code.
      return step !== null && (await this.store.repos.twoFactor.useStep(userId, step)) ? 'totp' : null;
    }
    const normalized = normalizeRecoveryCode(input);
    if (!normalized) return null;
    const now = this.clock.now();
    if (!(await this.store.repos.twoFactor.useRecoveryCode(userId, hashRecoveryCode(normalized), now)))
      return null;
    await this.audit(userId, 'two-factor.recovery-code-used', userId, {
      left: await this.store.repos.twoFactor.unusedRecoveryCodes(userId),
    });
    return 'recovery';
  }

  // ——— Changes on the account's own page ———

  /**
   * The password asked again before a change. Wrong ones count like wrong codes, so a session
   * left open cannot be used to guess the password (or lock the codes) without limit.
   */
  private async passwordOk(userId: string, password: string): Promise<User> {
    await this.assertNotLocked(userId);
    const u = await this.store.repos.accounts.userById(userId);
    if (!u || !(await verifyPassword(password, u.passwordHash))) {
      await this.options.failures.hit(this.failureKey(userId));
      throw wrong('password', 'is wrong');
    }
    const { passwordHash: _omit, ...plain } = u;
    return plain;
  }

  /** New recovery codes (the password is asked again); every older code stops working. */
  async regenerateRecoveryCodes(userId: string, password: string): Promise<string[]> {
    await this.passwordOk(userId, password);
    if (!(await this.status(userId)).enabled)
      throw new AppError('CONFLICT', 'Two-factor sign-in is off for this account.');
    const codes = newRecoveryCodes();
    const now = this.clock.now();
    await this.store.transaction(async (repos) => {
      await repos.twoFactor.replaceRecoveryCodes(userId, codes.map(hashNewRecoveryCode), now);
      await repos.accounts.audit({
        id: this.newId(),
        userId,
        action: 'two-factor.recovery-codes-regenerated',
        target: userId,
        details: null,
        at: now,
      });
    });
    return codes;
  }

  /**
   * Turns two-factor off: needs the password and a current code (or a recovery code). Refused
   * for an administrator while the site requires two-factor of administrators.
   */
  async disable(userId: string, password: string, code: string): Promise<void> {
    const user = await this.passwordOk(userId, password);
    if (!(await this.status(userId)).enabled)
      throw new AppError('CONFLICT', 'Two-factor sign-in is already off.');
    if (user.role === 'admin' && (await this.requiredForAdmins()))
      throw new AppError(
        'CONFLICT',
        'Administrators must use two-factor sign-in on this site; it cannot be turned off.',
      );
    if (!code.trim()) throw wrong('code', 'is required');
    const kind = await this.check(userId, code);
    if (!kind) throw wrong('code', 'is not right');
    await this.store.transaction(async (repos) => {
      await repos.twoFactor.remove(userId);
      await repos.accounts.audit({
        id: this.newId(),
        userId,
        action: 'two-factor.disabled',
        target: userId,
        details: { with: kind },
        at: this.clock.now(),
      });
    });
  }

  // ——— Administrators ———

  private async requireAdmin(actorId: string | null, permission: 'users.manage' | 'settings.manage') {
    if (actorId === null) return null;
    const actor = await this.store.repos.accounts.userById(actorId);
    if (!actor || actor.disabledAt || !can(actor.role, permission))
      throw new AppError('FORBIDDEN', 'Only administrators may do this.');
    return actor;
  }

  /**
   * Turns another account's two-factor off (a lost phone): it signs in with its password alone
   * until it sets two-factor up again. Null actor: the operator (CLI).
   */
  async reset(userId: string, actorId: string | null): Promise<User> {
    await this.requireAdmin(actorId, 'users.manage');
    if (actorId !== null && actorId === userId)
      throw new AppError(
        'CONFLICT',
        'Turn off your own two-factor sign-in on your account page (it asks for your password and a code).',
      );
    const u = await this.store.repos.accounts.userById(userId);
    if (!u) throw new AppError('NOT_FOUND', 'There is no such account.');
    const { passwordHash: _omit, ...plain } = u;
    if (!(await this.store.repos.twoFactor.credential(userId)))
      throw new AppError('CONFLICT', `${u.email} does not use two-factor sign-in.`);
    await this.store.transaction(async (repos) => {
      await repos.twoFactor.remove(userId);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'two-factor.reset',
        target: userId,
        details: { email: u.email },
        at: this.clock.now(),
      });
    });
    await this.options.failures.clear(this.failureKey(userId));
    return plain;
  }

  // ——— The site's rule ———

  async requiredForAdmins(): Promise<boolean> {
    const parsed = policySchema.safeParse(await this.store.repos.settings.get(POLICY_KEY));
    return parsed.success && parsed.data.requiredForAdmins;
  }

  /** Whether this account must set two-factor up before it may do anything else. */
  async mustEnrol(user: User, hasTwoFactor: boolean): Promise<boolean> {
    return user.role === 'admin' && !hasTwoFactor && (await this.requiredForAdmins());
  }

  /**
   * Requires two-factor of administrators, or not. An administrator turning it on must use
   * two-factor already (or they would lock themselves out of everything but the set-up).
   */
  async setRequiredForAdmins(on: boolean, actorId: string | null): Promise<boolean> {
    await this.requireAdmin(actorId, 'settings.manage');
    const before = await this.requiredForAdmins();
    if (before === on) return on;
    if (on && actorId !== null && !(await this.status(actorId)).enabled)
      throw new AppError(
        'CONFLICT',
        'Turn on two-factor sign-in for your own account first, then require it of administrators.',
      );
    await this.store.transaction(async (repos) => {
      await repos.settings.set(POLICY_KEY, { requiredForAdmins: on });
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'settings.two-factor-required',
        target: null,
        details: { from: before, to: on },
        at: this.clock.now(),
      });
    });
    return on;
  }
}
