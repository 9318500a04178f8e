import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { roles, type Role } from '../../domain/roles.ts';
import type { AccountToken, TokenPurpose } from '../../storage/repositories/account.repository.ts';
import type { Store, User } from '../../storage/repositories/index.ts';

export const INVITE_TTL_MS = 7 * 24 * 3600_000;
export const RESET_TTL_MS = 3600_000;

// The format check runs after trim and lower-casing (z.email() alone would check the raw input first).
export const email = z.string().trim().toLowerCase().check(z.email('must be an e-mail address')).max(320);
/** Length beats composition rules (NIST SP 800-63B): at least 12 characters, at most 200. */
export const password = z
  .string()
  .min(12, 'must have at least 12 characters')
  .max(200, 'must have at most 200 characters');

export const inviteSchema = z.object({
  email,
  name: z.string().trim().min(1, 'is required').max(120, 'must have at most 120 characters'),
  role: z.enum(roles, { message: `must be one of ${roles.join(', ')}` }),
});

/** What a valid link's page shows. */
export interface TokenInfo {
  purpose: TokenPurpose;
  email: string;
  name: string;
  role: Role;
  expiresAt: Date;
}

/** Only a token's hash is stored: a database copy opens no account. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
export const plausibleToken = (token: string) => /^[\w-]{20,100}$/.test(token);

/** The stored record of a new one-time token (its hash); what it carries beside its purpose is in `fields`. */
export function tokenRecord(
  token: string,
  purpose: TokenPurpose,
  times: { createdAt: Date; expiresAt: Date },
  fields: Partial<Pick<AccountToken, 'userId' | 'email' | 'name' | 'role' | 'createdBy'>>,
): AccountToken {
  return {
    tokenHash: tokenHash(token),
    purpose,
    userId: null,
    email: null,
    name: null,
    role: null,
    createdBy: null,
    ...fields,
    ...times,
    usedAt: null,
  };
}

/** A link's record if it can still be used; otherwise an error saying why, in plain words. */
export async function usableToken(
  store: Store,
  now: Date,
  token: string,
  purpose: 'invite' | 'reset',
): Promise<AccountToken> {
  const what = purpose === 'invite' ? 'invitation' : 'password reset link';
  const t = plausibleToken(token) ? await store.repos.accounts.tokenByHash(tokenHash(token)) : null;
  if (!t || t.purpose !== purpose) throw new AppError('NOT_FOUND', `This ${what} is not valid.`);
  if (t.usedAt)
    throw new AppError(
      'GONE',
      purpose === 'invite'
        ? 'This invitation was already used (or replaced by a newer one). Sign in, or ask an administrator for a new invitation.'
        : 'This password reset link was already used (or replaced by a newer one). Ask for a new one.',
    );
  if (t.expiresAt <= now)
    throw new AppError(
      'GONE',
      purpose === 'invite'
        ? 'This invitation has expired. Ask an administrator for a new one.'
        : 'This password reset link has expired (links work for one hour). Ask for a new one.',
    );
  return t;
}

/** An account without its password hash. */
export function plainUser(u: User & { passwordHash?: string }): User {
  const { passwordHash: _omit, ...plain } = u;
  return plain;
}

/** An account by id, with its password hash, or NOT_FOUND (also for a token that names no account). */
export async function existingAccount(store: Store, userId: string | null) {
  const u = userId === null ? null : await store.repos.accounts.userById(userId);
  if (!u) throw new AppError('NOT_FOUND', 'There is no such account.');
  return u;
}
