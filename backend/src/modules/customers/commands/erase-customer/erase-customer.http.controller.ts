import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerViewSchema } from '../../queries/customer-details/customer.schemas.js';
import { CONSENT_CHANNELS, type ConsentChannel } from '../../domain/customer.events.js';
import { EraseCustomerCommand } from './erase-customer.handler.js';

export const EraseCustomerBody = z.object({ channel: z.enum(CONSENT_CHANNELS as [ConsentChannel, ...ConsentChannel[]]).default('in-person') }).optional();

@ApiTags('customers')
@Controller('v1/customers')
export class EraseCustomerController {
  constructor(private readonly bus: CommandBus) {}

  /** Crypto-shreds the customer's personal data (irreversible); refused while a retention duty remains. */
  @Post(':id/lgpd/erase')
  @HttpCode(200)
  @RequirePermission('customers:erase')
  @ZodBody(EraseCustomerBody)
  @ZodResponse(CustomerViewSchema)
  erase(@Param('id') id: string, @Body() body: z.infer<typeof EraseCustomerBody>, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new EraseCustomerCommand(id, body?.channel ?? 'in-person', principalOf(req), commandMetadata(req)));
  }
}
