import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerConsentsSchema } from '../../queries/customer-details/customer.schemas.js';
import type { ConsentChannel, ConsentPurpose } from '../../domain/customer.events.js';
import { consentRequestSchema, consentRevocationRequestSchema, type ConsentRequest, type ConsentRevocationRequest } from '../../domain/customer.validation.js';
import { ApplyCustomerCommand } from '../apply-customer-command/apply-customer-command.handler.js';

/** LGPD consent (art. 8): granted with evidence of how it was given, revoked at any time. */
@ApiTags('customers')
@Controller('v1/customers')
export class RecordConsentController {
  constructor(private readonly bus: CommandBus) {}

  /** Granting a consent already granted changes nothing. */
  @Post(':id/consents')
  @RequirePermission('customers:write')
  @ZodBody(consentRequestSchema)
  @ZodResponse(CustomerConsentsSchema, 201)
  async grant(@Param('id') id: string, @Body() body: ConsentRequest, @Req() req: RequestWithPrincipal) {
    const data = { purpose: body.purpose as ConsentPurpose, channel: body.channel as ConsentChannel, evidence: body.evidence, at: new Date().toISOString() };
    return (await this.bus.execute(new ApplyCustomerCommand(id, { type: 'GrantConsent', data }, principalOf(req), commandMetadata(req)))).view.consents;
  }

  /** 422 naming `purpose` (`customer.consent-not-granted`) when there is nothing to revoke. */
  @Post(':id/consents/:purpose/revoke')
  @HttpCode(200)
  @RequirePermission('customers:write')
  @ZodBody(consentRevocationRequestSchema)
  @ZodResponse(CustomerConsentsSchema)
  async revoke(@Param('id') id: string, @Param('purpose') purpose: string, @Body() body: ConsentRevocationRequest, @Req() req: RequestWithPrincipal) {
    const data = { purpose: purpose as ConsentPurpose, channel: body.channel as ConsentChannel, ...(body.evidence ? { evidence: body.evidence } : {}), at: new Date().toISOString() };
    return (await this.bus.execute(new ApplyCustomerCommand(id, { type: 'RevokeConsent', data }, principalOf(req), commandMetadata(req)))).view.consents;
  }
}
