import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { GetCustomerQuery } from '../customer-details/get-customer.http.controller.js';
import { CustomerTimelineQuery } from '../customer-timeline/customer-timeline.http.controller.js';

@ApiTags('customers')
@Controller('v1/customers')
export class ExportPersonalDataController {
  constructor(private readonly bus: QueryBus) {}

  /**
   * LGPD art. 18 II/V: every personal datum held about the customer, as JSON: the current record and every
   * event recorded about them (customer and attached streams) with its data.
   */
  @Post(':id/lgpd/export')
  @HttpCode(200)
  @RequirePermission('customers:read')
  async export(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const companyId = principalOf(req).companyId;
    const customer = await this.bus.execute(new GetCustomerQuery(companyId, id));
    const { items } = await this.bus.execute(new CustomerTimelineQuery(companyId, id));
    return { format: 'netprovider.lgpd-export.v1', exportedAt: new Date().toISOString(), customer, events: [...items].reverse() };
  }
}
