import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { customerDecider, customerStreamId } from '../../domain/customer.decider.js';
import type { ConsentGranted, ConsentRevoked, CustomerEvent } from '../../domain/customer.events.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerDirectoryReader } from '../customer-directory/customer-directory.reader.js';
import { ConsentHistorySchema } from './consent.schemas.js';

export interface ConsentRecord {
  purpose: string;
  action: 'granted' | 'revoked';
  channel: string;
  /** null once the customer is erased (personal data, crypto-shredded). */
  evidence: string | null;
  at: string;
  actorId: string | null;
}

export interface CustomerConsents {
  /** Per purpose: whether consent stands now, and since when. */
  current: Record<string, { granted: boolean; at: string }>;
  /** Every grant and revocation, oldest first: the proof LGPD art. 8 §2 asks for. */
  history: ConsentRecord[];
}

export class CustomerConsentsQuery extends Query<CustomerConsents> {
  constructor(readonly companyId: string, readonly customerId: string) {
    super();
  }
}

@QueryHandler(CustomerConsentsQuery)
export class CustomerConsentsHandler implements IQueryHandler<CustomerConsentsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly directory: CustomerDirectoryReader) {}

  async execute({ companyId, customerId }: CustomerConsentsQuery): Promise<CustomerConsents> {
    if (!(await this.directory.exists(companyId, customerId))) throw notFound('Customer', customerId);
    const events = await this.store.readStream(customerStreamId(customerId));
    let state = customerDecider.initialState();
    const history: ConsentRecord[] = [];
    for (const e of events) {
      state = customerDecider.evolve(state, { type: e.type, data: e.data } as CustomerEvent);
      if (e.type !== 'ConsentGranted' && e.type !== 'ConsentRevoked') continue;
      const d = e.data as (ConsentGranted | ConsentRevoked)['data'];
      history.push({
        purpose: d.purpose, action: e.type === 'ConsentGranted' ? 'granted' : 'revoked', channel: d.channel, evidence: d.evidence ?? null, at: d.at,
        actorId: typeof e.metadata.actorId === 'string' ? e.metadata.actorId : null,
      });
    }
    return { current: state.consents as CustomerConsents['current'], history };
  }
}

@ApiTags('customers')
@Controller('v1/customers')
export class CustomerConsentsController {
  constructor(private readonly bus: QueryBus) {}

  @Get(':id/consents')
  @RequirePermission('customers:read')
  @ZodResponse(ConsentHistorySchema)
  consents(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CustomerConsentsQuery(principalOf(req).companyId, id));
  }
}
