import { Controller, Get, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import type { Phone } from '../../domain/customer.events.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { CustomerDirectoryReader } from '../customer-directory/customer-directory.reader.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { OwnContactSchema } from '../customer-details/customer-portal.schemas.js';

export interface OwnContact {
  emails: string[];
  phones: Phone[];
}

export const subscriberOf = (req: RequestWithPrincipal): Principal & { customerId: string } => {
  const p = principalOf(req);
  if (p.kind !== 'subscriber' || !p.customerId) throw new ProblemException(403, 'forbidden', 'Forbidden', 'Only a subscriber account can use the customer area.');
  return p as Principal & { customerId: string };
};

/** The customer area: the caller's own contacts (to fill the form). */
@ApiTags('portal')
@Controller('v1/portal/me')
export class OwnContactController {
  constructor(private readonly directory: CustomerDirectoryReader, private readonly aggregates: CustomerAggregates) {}

  @Get('contact')
  @ZodResponse(OwnContactSchema)
  @RequirePermission('portal')
  async get(@Req() req: RequestWithPrincipal): Promise<OwnContact> {
    const p = subscriberOf(req);
    if (!(await this.directory.exists(p.companyId, p.customerId))) throw notFoundForCaller('Customer');
    const { state } = await this.aggregates.customers.load(p.customerId);
    return { emails: state.emails, phones: state.phones };
  }
}
