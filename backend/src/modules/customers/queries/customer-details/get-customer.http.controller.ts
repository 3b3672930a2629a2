import { Controller, Get, Param, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerDetailSchema } from './customer.schemas.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { CustomerDirectoryReader } from '../customer-directory/customer-directory.reader.js';
import { customerView, type CustomerView } from './customer.view.js';

export const AsOfQueryString = z.object({
  asOf: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant, e.g. 2026-01-31T12:00:00Z' }).optional(),
});

export class GetCustomerQuery extends Query<CustomerView & { asOf: string | null }> {
  constructor(readonly companyId: string, readonly customerId: string, readonly asOf?: string) {
    super();
  }
}

/** Folded from the customer's events (up to `asOf` when given): time travel comes for free. */
@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(private readonly directory: CustomerDirectoryReader, private readonly aggregates: CustomerAggregates) {}

  async execute({ companyId, customerId, asOf }: GetCustomerQuery) {
    if (!(await this.directory.exists(companyId, customerId))) throw notFound('Customer', customerId);
    const { state, version } = await this.aggregates.customers.load(customerId, { asOf });
    if (version === 0) throw notFound('Customer', customerId);
    return { ...customerView(state, version), asOf: asOf ?? null };
  }
}

@ApiTags('customers')
@Controller('v1/customers')
export class GetCustomerController {
  constructor(private readonly bus: QueryBus) {}

  @Get(':id')
  @ZodResponse(CustomerDetailSchema)
  @RequirePermission('customers:read')
  @ZodQuery(AsOfQueryString)
  get(@Param('id') id: string, @QueryParams() q: z.infer<typeof AsOfQueryString>, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new GetCustomerQuery(principalOf(req).companyId, id, q.asOf));
  }
}
