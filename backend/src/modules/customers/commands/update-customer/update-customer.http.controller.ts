import { Body, Controller, Param, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerViewSchema } from '../../queries/customer-details/customer.schemas.js';
import { updateCustomerRequestSchema, type UpdateCustomerRequest } from '../../domain/customer.validation.js';
import { UpdateCustomerCommand } from './update-customer.handler.js';

@ApiTags('customers')
@Controller('v1/customers')
export class UpdateCustomerController {
  constructor(private readonly bus: CommandBus) {}

  /** Details and contacts; the document never changes. `null` clears an optional field. */
  @Patch(':id')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  @ZodBody(updateCustomerRequestSchema)
  update(@Param('id') id: string, @Body() body: UpdateCustomerRequest, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new UpdateCustomerCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
