import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { TrustUnblockEligibilitySchema, TrustUnblockGrantedSchema } from './trust-unblock.schemas.js';
import { TrustUnblockHandler } from './trust-unblock.handler.js';

/** A PIX end-to-end id (E2E): "E" or "D", 8 digits of the ISPB, then 23 letters or digits. */
const endToEndId = z.string().trim().regex(/^[ED]\d{8}[A-Za-z0-9]{23}$/, { error: 'must be a PIX end-to-end id (E2E, 32 characters)' });

export const StaffTrustUnblockBody = z.object({ days: z.number().int().min(1).max(15).optional(), endToEndId: endToEndId.optional() }).optional();
type StaffInput = z.infer<typeof StaffTrustUnblockBody>;
export const PortalTrustUnblockBody = z.object({ endToEndId: endToEndId.optional() }).optional();
type PortalInput = z.infer<typeof PortalTrustUnblockBody>;

/**
 * An attendant releases a suspended contract on the subscriber's promise to pay (same rules as the customer
 * area), or at once on a PIX already received (`endToEndId`), outside the usage limits.
 */
@ApiTags('collections')
@Controller('v1/collections/contracts')
export class StaffTrustUnblockController {
  constructor(private readonly handler: TrustUnblockHandler) {}

  @Get(':id/trust-unblock/eligibility')
  @ZodResponse(TrustUnblockEligibilitySchema)
  @RequirePermission('collections:read')
  eligibility(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.handler.eligibility({ companyId: principalOf(req).companyId, requestedBy: 'staff' }, id);
  }

  @Post(':id/trust-unblock')
  @ZodResponse(TrustUnblockGrantedSchema)
  @HttpCode(200)
  @RequirePermission('collections:write')
  @ZodBody(StaffTrustUnblockBody)
  grant(@Param('id') id: string, @Body() body: StaffInput, @Req() req: RequestWithPrincipal) {
    return this.handler.grant({ companyId: principalOf(req).companyId, requestedBy: 'staff' }, id, commandMetadata(req), body?.days, body?.endToEndId);
  }
}

const subscriber = (req: RequestWithPrincipal) => {
  const p = principalOf(req);
  if (p.kind !== 'subscriber' || !p.customerId) throw new ProblemException(403, 'forbidden', 'Forbidden', 'Only a subscriber account can use the customer area.');
  return { companyId: p.companyId, customerId: p.customerId, requestedBy: 'subscriber' as const };
};

/** The customer area: the subscriber releases its own suspended contract (another customer's is a 404). */
@ApiTags('portal')
@Controller('v1/portal/contracts')
export class PortalTrustUnblockController {
  constructor(private readonly handler: TrustUnblockHandler) {}

  @Get(':id/trust-unblock/eligibility')
  @ZodResponse(TrustUnblockEligibilitySchema)
  @RequirePermission('portal')
  eligibility(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.handler.eligibility(subscriber(req), id);
  }

  /** `endToEndId` of a PIX already paid (the receipt's "ID da transação"): released at once, outside the usage limits. */
  @Post(':id/trust-unblock')
  @ZodResponse(TrustUnblockGrantedSchema)
  @HttpCode(200)
  @RequirePermission('portal')
  @ZodBody(PortalTrustUnblockBody)
  grant(@Param('id') id: string, @Body() body: PortalInput, @Req() req: RequestWithPrincipal) {
    return this.handler.grant(subscriber(req), id, commandMetadata(req), undefined, body?.endToEndId);
  }
}
