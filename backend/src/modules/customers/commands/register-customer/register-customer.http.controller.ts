import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerViewSchema } from '../../queries/customer-details/customer.schemas.js';
import { registerCustomerRequestSchema, type RegisterCustomerRequest } from '../../domain/customer.validation.js';
import { RegisterCustomerCommand } from './register-customer.handler.js';

@ApiTags('customers')
@Controller('v1/customers')
export class RegisterCustomerController {
  constructor(private readonly bus: CommandBus) {}

  /** A PF (CPF) or PJ (CNPJ) customer; 409 with `existingCustomerId` when the document is already registered. */
  @Post()
  @ZodResponse(CustomerViewSchema, 201)
  @RequirePermission('customers:write')
  @ZodBody(registerCustomerRequestSchema)
  register(@Body() body: RegisterCustomerRequest, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new RegisterCustomerCommand(body, principalOf(req), commandMetadata(req)));
  }
}
