import { Controller, Delete, Param, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerViewSchema } from '../../queries/customer-details/customer.schemas.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ApplyCustomerCommand } from '../apply-customer-command/apply-customer-command.handler.js';

/** Tags (1–40 letters, digits, space, _ or -; stored lower case). PUT and DELETE are idempotent. */
@ApiTags('customers')
@Controller('v1/customers')
export class TagCustomerController {
  constructor(private readonly bus: CommandBus) {}

  @Put(':id/tags/:tag')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  async tag(@Param('id') id: string, @Param('tag') tag: string, @Req() req: RequestWithPrincipal) {
    const command = { type: 'TagCustomer', data: { tag, at: new Date().toISOString() } } as const;
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req)))).view;
  }

  @Delete(':id/tags/:tag')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  async untag(@Param('id') id: string, @Param('tag') tag: string, @Req() req: RequestWithPrincipal) {
    const command = { type: 'UntagCustomer', data: { tag, at: new Date().toISOString() } } as const;
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req)))).view;
  }
}
