import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, EventMetadata, EventStore } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { DATABASE, EVENT_STORE } from '../../../../platform/database/tokens.js';
import { companyStream } from '../../domain/company.events.js';
import { IdentityAggregates } from '../../infrastructure/aggregates.js';
import { asProblems } from '../../infrastructure/http-errors.js';

export const CreateCompanyBody = z.strictObject({ name: z.string().trim().min(1, 'is required').max(200) });
export type CreateCompanyBodyInput = z.infer<typeof CreateCompanyBody>;

/** The company just created (its creator already belongs to it). */
export interface CreatedCompany { id: string; name: string }

export class CreateCompanyCommand extends Command<CreatedCompany> {
  constructor(
    readonly body: CreateCompanyBodyInput,
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Another legal entity of the ISP. Its creator joins it (so someone can act for it straight away). */
@CommandHandler(CreateCompanyCommand)
export class CreateCompanyHandler implements ICommandHandler<CreateCompanyCommand> {
  constructor(
    private readonly aggregates: IdentityAggregates,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async execute({ body, actor, metadata }: CreateCompanyCommand) {
    const companyId = randomUUID();
    const now = new Date().toISOString();
    await asProblems(() =>
      this.db.transaction(async (tx) => {
        await this.store.append(companyStream(companyId), [{ type: 'CompanyCreated', data: { companyId, name: body.name, at: now } }], {
          expectedVersion: 'no_stream', metadata: { ...metadata, companyId }, tx,
        });
        await this.aggregates.users.handle(actor.id, { type: 'UpdateUser', data: { companyIds: [...actor.companyIds, companyId], now } }, metadata, tx);
      }),
    );
    return { id: companyId, name: body.name };
  }
}
