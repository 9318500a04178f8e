import { generate, generateSecret, generateURI, verify } from 'otplib';

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238: HMAC-SHA-1, 30-second
 * steps, 6 digits), through otplib. Pure: the time is always given.
 */
export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;

/** A new random secret: 20 bytes (160 bits, RFC 4226's recommendation) in base32. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The `otpauth://` address a QR code carries: the app shows "issuer (label)". */
export function totpUri(secret: string, issuer: string, label: string): string {
  return generateURI({ issuer, label, secret, period: TOTP_PERIOD_S, digits: TOTP_DIGITS });
}

/** The time step a moment falls in. */
export const totpStep = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP_PERIOD_S);

/** The code for a moment (tests, and nothing else needs to make codes). */
export function totpCode(
  secret: string | Uint8Array,
  at: Date,
  digits: 6 | 8 = TOTP_DIGITS,
): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD_S, digits });
}

/**
 * The time step of the code if it is right at `at`, one step before or one after (clocks drift),
 * and later than `afterStep` (a code is never accepted twice); null otherwise.
 */
export async function matchTotp(
  secret: string,
  code: string,
  at: Date,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const r = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    period: TOTP_PERIOD_S,
    digits: TOTP_DIGITS,
    epochTolerance: TOTP_PERIOD_S,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}
