import { createHash, randomInt } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';

/**
 * One-time recovery codes: 10 characters of Crockford's base32 (no I, L, O, U: nothing to
 * misread), 50 random bits each, shown as `xxxxx-xxxxx`. Only a SHA-256 hash is stored; with
 * 50 bits of randomness a fast hash is enough (nobody can try 2^50 codes against sign-in).
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_CODE_COUNT = 10;

function newCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET.charAt(randomInt(ALPHABET.length));
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** Fresh codes, all different. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  return [...codes];
}

/**
 * What a person typed, as the code it stands for: case, spaces and dashes do not matter, and
 * the letters Crockford's alphabet leaves out are read as the digits they look like. Null when
 * it cannot be a recovery code.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const s = input
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  return /^[0-9a-hjkmnp-tv-z]{10}$/.test(s) ? s : null;
}

export const hashRecoveryCode = (normalized: string) => createHash('sha256').update(normalized).digest('hex');

/** The hash stored for a code newRecoveryCodes made: such a code always reads back as itself. */
export function hashNewRecoveryCode(code: string): string {
  const normalized = normalizeRecoveryCode(code);
  if (normalized === null) throw new AppError('INTERNAL', 'A new recovery code does not read as one.');
  return hashRecoveryCode(normalized);
}
