import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Database } from '@netprovider/event-store';
import type { Config } from '../../../../platform/config/config.js';
import type { Cache } from '../../../../platform/cache/cache.js';
import { CACHE, CONFIG, DATABASE } from '../../../../platform/database/tokens.js';
import { Mailer } from '../../infrastructure/mailer.js';
import { OneTimeTokens } from '../../infrastructure/one-time-tokens.js';
import { sha256 } from '../../infrastructure/secrets.js';
import { UserDirectory } from '../../infrastructure/user-directory.js';

export class RequestPasswordResetCommand extends Command<void> {
  constructor(readonly email: string) {
    super();
  }
}

/**
 * Always accepted (the answer never says whether the e-mail exists). For an active user, a one-hour token is
 * queued in a message; at most 5 messages per address per hour so the endpoint cannot be used to flood a mailbox.
 */
@CommandHandler(RequestPasswordResetCommand)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordResetCommand> {
  constructor(
    private readonly users: UserDirectory,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CACHE) private readonly cache: Cache,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ email }: RequestPasswordResetCommand): Promise<void> {
    const user = await this.users.byEmail(email);
    if (!user || user.status !== 'active') return;
    if ((await this.cache.incr(`pwreset:${sha256(user.id)}`, 3_600_000)) > 5) return;
    await this.db.transaction(async (tx) => {
      const token = await this.tokens.issue(tx, 'password-reset', { kind: 'staff', id: user.id });
      const link = `${this.config.NETPROVIDER_PUBLIC_URL.replace(/\/$/, '')}/redefinir-senha#token=${token}`;
      await this.mailer.queue(tx, {
        purpose: 'password-reset',
        recipient: user.email,
        subject: 'NetProvider: redefinição de senha',
        body: `Olá, ${user.name}.\n\nPara criar uma nova senha, abra o link abaixo (válido por 1 hora):\n${link}\n\nSe você não pediu, ignore esta mensagem.`,
        token,
      });
    });
  }
}
