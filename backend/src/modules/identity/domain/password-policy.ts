import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 10;

/** Returns why a password is refused, or null. `identifiers` are things the password must not contain (e-mail). */
export function passwordProblem(password: string, identifiers: { email?: string | null; document?: string | null } = {}): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'must have at most 256 characters';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is too common';
  const email = identifiers.email?.toLowerCase();
  if (email) {
    if (lower === email) return 'must not be the e-mail address';
    const local = email.split('@')[0] ?? '';
    if (local.length >= 3 && lower.includes(local)) return 'must not contain the e-mail address';
  }
  const doc = identifiers.document?.replace(/\D/g, '');
  if (doc && password.replace(/\D/g, '').includes(doc)) return 'must not contain the CPF/CNPJ';
  return null;
}
