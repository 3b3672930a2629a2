/*
 * PPPoE credentials. Pure: randomness comes from the caller (`crypto.randomInt` in the handler, a seeded
 * function in tests), so the decider and these helpers never read a clock or a random source themselves.
 */

/** Uniform integer in [0, maxExclusive), e.g. `(n) => crypto.randomInt(n)`. */
export type RandomInt = (maxExclusive: number) => number;

const STOP_WORDS = new Set(['da', 'de', 'do', 'das', 'dos', 'e', 'ltda', 'me', 'mei', 'epp', 'eireli', 'sa', 's/a', 'cia', 'filho', 'neto', 'junior', 'jr']);

export const PPPOE_LOGIN = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

export function isValidPppoeLogin(login: string): boolean {
  return PPPOE_LOGIN.test(login);
}

/**
 * `Maria José da Silva Júnior` → `maria.silva.4821`: first and last significant names without accents,
 * lower case, plus a random numeric suffix ("unique-ish": 10^suffixDigits per name). The handler retries
 * with a fresh suffix when the RADIUS/network projection already has the login.
 */
export function pppoeLoginFromName(name: string, randomInt: RandomInt, options: { suffixDigits?: number; realm?: string } = {}): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9/]+/)
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w !== '');
  const first = words[0] ?? 'cliente';
  const last = words.length > 1 ? words[words.length - 1]! : '';
  const base = (last ? `${first.slice(0, 20)}.${last.slice(0, 20)}` : first.slice(0, 30)).replace(/^[^a-z0-9]+/, '');
  const digits = options.suffixDigits ?? 4;
  let suffix = '';
  for (let i = 0; i < digits; i++) suffix += String(randomInt(10));
  const login = `${base || 'cliente'}${suffix ? '.' + suffix : ''}${options.realm ? '@' + options.realm : ''}`;
  return login;
}

// No 0/O, 1/l/I: read over the phone. No symbols: many CPE web UIs and technicians' keyboards mangle them.
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALL = LOWER + UPPER + DIGITS;

/** A random password with lower, upper and digits (16 chars ≈ 90 bits over a 56-char alphabet). */
export function generatePppoePassword(randomInt: RandomInt, length = 16): string {
  if (length < 10) throw new RangeError('PPPoE passwords have at least 10 characters');
  const chars = [LOWER[randomInt(LOWER.length)]!, UPPER[randomInt(UPPER.length)]!, DIGITS[randomInt(DIGITS.length)]!];
  while (chars.length < length) chars.push(ALL[randomInt(ALL.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** At least 10 printable ASCII characters (no spaces) with a lower-case letter, an upper-case letter and a digit. */
export function isStrongPppoePassword(password: string): boolean {
  return /^[\x21-\x7e]{10,64}$/.test(password) && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password);
}
