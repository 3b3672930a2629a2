import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SessionStore } from '../../infrastructure/sessions.js';
import type { Principal } from '../../../../platform/auth/principal.js';

export class LogoutCommand extends Command<void> {
  constructor(readonly principal: Principal) {
    super();
  }
}

/** Ends the caller's session: its refresh token and every access token of it stop working at once. */
@CommandHandler(LogoutCommand)
export class LogoutHandler implements ICommandHandler<LogoutCommand> {
  constructor(private readonly sessions: SessionStore) {}

  async execute({ principal }: LogoutCommand): Promise<void> {
    if (principal.sessionId) await this.sessions.revokeOwn(principal.id, principal.sessionId, 'logout');
  }
}
