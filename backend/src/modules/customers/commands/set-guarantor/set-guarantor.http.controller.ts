import { Body, Controller, Delete, Param, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerViewSchema } from '../../queries/customer-details/customer.schemas.js';
import { guarantorRequestSchema, type GuarantorRequest } from '../../domain/customer.validation.js';
import { ApplyCustomerCommand } from '../apply-customer-command/apply-customer-command.handler.js';

/** The customer's guarantor (fiador): personal data, erased with the customer it guarantees. */
@ApiTags('customers')
@Controller('v1/customers')
export class SetGuarantorController {
  constructor(private readonly bus: CommandBus) {}

  @Put(':id/guarantor')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  @ZodBody(guarantorRequestSchema)
  async set(@Param('id') id: string, @Body() body: GuarantorRequest, @Req() req: RequestWithPrincipal) {
    const command = { type: 'SetGuarantor', data: { guarantor: body, at: new Date().toISOString() } } as const;
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req), 'guarantor'))).view;
  }

  @Delete(':id/guarantor')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  async remove(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const command = { type: 'SetGuarantor', data: { guarantor: null, at: new Date().toISOString() } } as const;
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req)))).view;
  }
}
