import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Database } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { SubscriberAccountViewSchema } from '../../identity.schemas.js';
import { notFound } from '../../infrastructure/http-errors.js';
import { SUBSCRIBER_ACCOUNT_COLUMNS, toSubscriberAccountView, type SubscriberAccountRow, type SubscriberAccountView } from './subscriber-account.view.js';

/**
 * One subscriber account, only within `companyId` and (for the portal) only when it is the caller's own:
 * anything else is "not found", so an id from another subscriber or company reveals nothing.
 */
export class GetSubscriberAccountQuery extends Query<SubscriberAccountView> {
  constructor(readonly accountId: string, readonly companyId: string, readonly ownerAccountId?: string) {
    super();
  }
}

@QueryHandler(GetSubscriberAccountQuery)
export class GetSubscriberAccountHandler implements IQueryHandler<GetSubscriberAccountQuery> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async execute({ accountId, companyId, ownerAccountId }: GetSubscriberAccountQuery): Promise<SubscriberAccountView> {
    if (ownerAccountId !== undefined && ownerAccountId !== accountId) throw notFound('Account');
    const r = await this.db.query<SubscriberAccountRow>(`SELECT ${SUBSCRIBER_ACCOUNT_COLUMNS} FROM identity_subscriber_accounts WHERE id = $1 AND company_id = $2`, [accountId, companyId]);
    if (!r.rows[0]) throw notFound('Account');
    return toSubscriberAccountView(r.rows[0]);
  }
}

@ApiTags('subscriber-accounts')
@Controller('v1/subscriber-accounts')
export class GetSubscriberAccountController {
  constructor(private readonly bus: QueryBus) {}

  @Get(':id')
  @RequirePermission('customers:read')
  @ZodResponse(SubscriberAccountViewSchema)
  get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new GetSubscriberAccountQuery(id, principalOf(req).companyId));
  }
}
