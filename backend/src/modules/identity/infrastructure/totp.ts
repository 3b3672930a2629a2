import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { sha256 } from './secrets.js';

export const TOTP_ISSUER = 'NetProvider';

export function newTotpSecret(): string {
  return generateSecret();
}

export function otpauthUrl(secret: string, account: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: account, secret });
}

/** The time step the code matched (±1 step of clock drift), or null. Replay is refused by the caller via the last step used. */
export async function matchTotp(secret: string, code: string): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const r = await verify({ secret, token: code, epochTolerance: 30 });
    return r.valid ? (r as unknown as { timeStep: number }).timeStep : null;
  } catch {
    return null;
  }
}

/** Ten single-use recovery codes, 80 bits each (xxxx-xxxx-xxxx-xxxx, base32 without ambiguous letters). */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

export function normalizeRecoveryCode(input: string): string | null {
  const c = input.trim().toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{16}$/.test(c) ? c.match(/.{4}/g)!.join('-') : null;
}

export const hashRecoveryCode = (code: string) => sha256('recovery:' + code);
