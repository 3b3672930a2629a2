import { Credentials } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import { hashRecoveryCode, matchTotp, normalizeRecoveryCode } from '../../infrastructure/totp.js';

/** A TOTP code (each time step once) or an unused recovery code (spent by this call). */
export async function secondFactorMatches(credentials: Credentials, secrets: IdentitySecrets, subjectId: string, input: string): Promise<boolean> {
  const creds = await credentials.get(subjectId);
  if (!creds?.totp_secret) return false;
  const code = input.replace(/\s/g, '');
  if (/^\d{6}$/.test(code)) {
    const step = await matchTotp(secrets.decryptTotpSecret(creds.totp_secret), code);
    return step !== null && (await credentials.useTotpStep(subjectId, step));
  }
  const recovery = normalizeRecoveryCode(input);
  return recovery !== null && (await credentials.useRecoveryCode(subjectId, hashRecoveryCode(recovery)));
}
