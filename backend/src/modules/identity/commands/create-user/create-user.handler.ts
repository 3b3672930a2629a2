import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { Database, EventMetadata } from '@netprovider/event-store';
import type { Config } from '../../../../platform/config/config.js';
import type { Principal } from '../../../../platform/auth/principal.js';
import { CONFIG, DATABASE } from '../../../../platform/database/tokens.js';
import { ProblemException, validationProblem } from '../../../../platform/http/problem.js';
import { passwordProblem } from '../../domain/password-policy.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { assertCanAssign } from '../../infrastructure/grants.js';
import { asProblems } from '../../infrastructure/http-errors.js';
import { Mailer } from '../../infrastructure/mailer.js';
import { Credentials, OneTimeTokens } from '../../infrastructure/one-time-tokens.js';
import { RoleCatalogue } from '../../infrastructure/role-catalogue.js';
import { IdentitySecrets } from '../../infrastructure/secrets.js';
import { UserDirectory, toUserView, type UserView } from '../../infrastructure/user-directory.js';
import type { CreateUserBodyInput } from './create-user.request.dto.js';

export class CreateUserCommand extends Command<UserView & { firstAccessMessageId?: string }> {
  constructor(
    readonly body: CreateUserBodyInput,
    readonly actor: Principal | null,
    readonly metadata: EventMetadata,
    /** How the password was set, for the audit trail (`bootstrap` and `seed` skip the actor checks). */
    readonly via: 'admin' | 'bootstrap' | 'seed' = 'admin',
  ) {
    super();
  }
}

/** Creates a staff user; with a password, or with a first-access link queued by e-mail. */
@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  constructor(
    private readonly aggregates: IdentityAggregates,
    private readonly catalogue: RoleCatalogue,
    private readonly users: UserDirectory,
    private readonly credentials: Credentials,
    private readonly secrets: IdentitySecrets,
    private readonly tokens: OneTimeTokens,
    private readonly mailer: Mailer,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ body, actor, metadata, via }: CreateUserCommand) {
    const companyIds = body.companyIds ?? (actor ? [actor.companyId] : [metadata.companyId!]);
    if (actor) await assertCanAssign(actor, this.catalogue, { roles: body.roles, companyIds });
    else {
      const { unknown } = await this.catalogue.resolve(body.roles);
      if (unknown.length) throw validationProblem([{ field: 'roles', reason: `unknown roles: ${unknown.join(', ')}` }]);
    }
    if (body.password !== undefined) {
      const refused = passwordProblem(body.password, { email: body.email });
      if (refused) throw validationProblem([{ field: 'password', reason: refused, code: 'password_policy' }]);
    }
    if (await this.users.byEmail(body.email)) throw emailTaken();
    const hash = body.password !== undefined ? await this.secrets.hashPassword(body.password) : null;
    const userId = randomUUID();
    const now = new Date().toISOString();
    let firstAccessMessageId: string | undefined;
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        await this.aggregates.users.handle(userId, { type: 'CreateUser', data: { userId, email: body.email, name: body.name, roles: body.roles, companyIds, now } }, metadata, tx);
        if (hash) {
          await this.credentials.setPassword(tx, userId, hash);
          await this.aggregates.users.handle(userId, { type: 'SetPassword', data: { via, now } }, metadata, tx);
        } else {
          const token = await this.tokens.issue(tx, 'first-access', { kind: 'staff', id: userId });
          firstAccessMessageId = await this.mailer.queue(tx, {
            purpose: 'first-access',
            recipient: body.email.toLowerCase(),
            subject: 'NetProvider: seu acesso',
            body: `Olá, ${body.name}.\n\nFoi criado um acesso para você. Defina sua senha pelo link (válido por 7 dias):\n${this.config.NETPROVIDER_PUBLIC_URL.replace(/\/$/, '')}/primeiro-acesso#token=${token}`,
            token,
          });
        }
      }),
    ).catch((err) => {
      if (err instanceof ProblemException && err.getStatus() === 409) throw emailTaken();
      throw err;
    });
    const row = await this.users.byId(userId);
    return { ...toUserView(row!), ...(firstAccessMessageId ? { firstAccessMessageId } : {}) };
  }
}

const emailTaken = () =>
  new ProblemException(409, 'email-taken', 'E-mail already in use', 'Another user has this e-mail address.', { errors: [{ field: 'email', reason: 'is already in use' }] });
