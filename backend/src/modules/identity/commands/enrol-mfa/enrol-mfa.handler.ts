import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import QRCode from 'qrcode';
import type { Principal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { Credentials } from '../../infrastructure/one-time-tokens.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import { newTotpSecret, otpauthUrl } from '../../infrastructure/totp.js';
import { UserDirectory } from '../../infrastructure/user-directory.js';
import { notFound } from '../../infrastructure/http-errors.js';

export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

export class EnrolMfaCommand extends Command<MfaEnrolment> {
  constructor(readonly principal: Principal) {
    super();
  }
}

/**
 * Starts TOTP enrolment: a new secret, kept encrypted as *pending* until a code from it is verified (so a
 * half-done enrolment never locks anyone out). Already enrolled: 409 (an admin resets MFA first).
 */
@CommandHandler(EnrolMfaCommand)
export class EnrolMfaHandler implements ICommandHandler<EnrolMfaCommand> {
  constructor(
    private readonly users: UserDirectory,
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
  ) {}

  async execute({ principal }: EnrolMfaCommand): Promise<MfaEnrolment> {
    const user = await this.users.byId(principal.id);
    if (!user) throw notFound('User');
    if (user.mfa_enrolled) throw new ProblemException(409, 'mfa-already-enrolled', 'MFA already enrolled', 'Ask an administrator to reset MFA to enrol a new device.');
    const secret = newTotpSecret();
    await this.credentials.setPendingTotp(user.id, this.secrets.encryptTotpSecret(secret));
    const url = otpauthUrl(secret, user.email);
    return { secret, otpauthUrl: url, qrCodeDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 240 }) };
  }
}
