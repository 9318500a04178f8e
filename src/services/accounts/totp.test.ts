import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './recovery-codes.ts';
import { matchTotp, newTotpSecret, totpCode, totpStep, totpUri } from './totp.ts';

/** RFC 6238, Appendix B: the SHA-1 rows (seed "12345678901234567890", 8 digits). */
const RFC_SEED = new TextEncoder().encode('12345678901234567890');
const RFC_SHA1: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_SHA1)('gives the RFC’s code at T=%i s', async (t, code) => {
    expect(await totpCode(RFC_SEED, at(t), 8)).toBe(code);
    // Six digits are the last six of the same truncation (what authenticator apps show).
    expect(await totpCode(RFC_SEED, at(t))).toBe(code.slice(2));
  });

  it('accepts the code of this step and of one step either side, and nothing further', async () => {
    const secret = newTotpSecret();
    const now = at(1_700_000_000);
    const step = totpStep(now);
    const codeAt = (steps: number) => totpCode(secret, at((step + steps) * 30));
    expect(await matchTotp(secret, await codeAt(0), now, null)).toBe(step);
    expect(await matchTotp(secret, await codeAt(-1), now, null)).toBe(step - 1);
    expect(await matchTotp(secret, await codeAt(1), now, null)).toBe(step + 1);
    for (const far of [-3, -2, 2, 3]) {
      const code = await codeAt(far);
      // A far code may by chance equal a near one (1 in 10^6); the check must then accept it.
      const near = await Promise.all([-1, 0, 1].map(codeAt));
      if (!near.includes(code)) expect(await matchTotp(secret, code, now, null)).toBeNull();
    }
  });

  it('refuses a code of a step already used, or of an earlier one (replay)', async () => {
    const secret = newTotpSecret();
    const now = at(1_700_000_000);
    const step = totpStep(now);
    const code = await totpCode(secret, now);
    expect(await matchTotp(secret, code, now, step - 1)).toBe(step);
    expect(await matchTotp(secret, code, now, step)).toBeNull();
    expect(await matchTotp(secret, await totpCode(secret, at((step - 1) * 30)), now, step)).toBeNull();
    expect(await matchTotp(secret, await totpCode(secret, at((step + 1) * 30)), now, step)).toBe(step + 1);
  });

  it('refuses what is not six digits without asking the library', async () => {
    const secret = newTotpSecret();
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 345', '١٢٣٤٥٦'])
      expect(await matchTotp(secret, bad, at(1_700_000_000), null)).toBeNull();
  });

  it('makes 160-bit base32 secrets and otpauth:// addresses authenticator apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'News Az', 'owner@example.com'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/News Az:owner@example.com');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('News Az');
    // Defaults every app assumes; stated or left out, they must not say otherwise.
    expect(uri.searchParams.get('algorithm') ?? 'SHA1').toBe('SHA1');
    expect(uri.searchParams.get('digits') ?? '6').toBe('6');
    expect(uri.searchParams.get('period') ?? '30').toBe('30');
  });
});

describe('recovery codes', () => {
  it('are ten different xxxxx-xxxxx codes without look-alike letters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
  });

  it('read the same typed in capitals, with spaces, or with O and I for 0 and 1', () => {
    expect(normalizeRecoveryCode('ab0c1-23xyz')).toBe('ab0c123xyz');
    expect(normalizeRecoveryCode(' AB0C1 23XYZ ')).toBe('ab0c123xyz');
    expect(normalizeRecoveryCode('abOcI-23xyz')).toBe('ab0c123xyz');
    expect(normalizeRecoveryCode('abOcL23xyz')).toBe('ab0c123xyz');
    for (const bad of ['', '123456', 'ab0c1-23xy', 'ab0c1-23xyzz', 'uuuuu-uuuuu', 'ab0c1_23xyz'])
      expect(normalizeRecoveryCode(bad), bad).toBeNull();
    expect(hashRecoveryCode('ab0c123xyz')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('ab0c123xyz')).not.toBe(hashRecoveryCode('ab0c123xyy'));
  });
});
