import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../../../../platform/auth/principal.js';
import { SessionStore } from '../../infrastructure/sessions.js';
import { notFound } from '../../infrastructure/http-errors.js';

export class RevokeSessionCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly sessionId: string,
  ) {
    super();
  }
}

/** Revokes one of the caller's own sessions (another person's session id is simply not found). */
@CommandHandler(RevokeSessionCommand)
export class RevokeSessionHandler implements ICommandHandler<RevokeSessionCommand> {
  constructor(private readonly sessions: SessionStore) {}

  async execute({ principal, sessionId }: RevokeSessionCommand): Promise<void> {
    if (!(await this.sessions.revokeOwn(principal.id, sessionId, 'revoked-by-owner'))) throw notFound('Session');
  }
}
