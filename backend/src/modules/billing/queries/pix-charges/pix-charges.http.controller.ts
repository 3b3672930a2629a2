import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { PixChargeFailuresRepository, type PixChargeFailureRow } from '../../infrastructure/pix-charge-failures.repository.js';
import { PixChargeFailureListSchema } from './pix-charges.schemas.js';

export const ListPixChargesQuery = z.object({
  status: z.enum(['failed', 'resolved']).default('failed'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
type ListInput = z.infer<typeof ListPixChargesQuery>;

/** PSP charges (cobv) the PSP refused to create or cancel: what staff must look at, with the retry endpoint. */
@ApiTags('billing')
@Controller('v1/billing/pix/charges')
export class PixChargesQueryController {
  constructor(private readonly failures: PixChargeFailuresRepository) {}

  @Get()
  @RequirePermission('invoices:read')
  @ZodQuery(ListPixChargesQuery)
  @ZodResponse(PixChargeFailureListSchema)
  async list(@Query() query: ListInput, @Req() req: RequestWithPrincipal): Promise<{ items: PixChargeFailureRow[] }> {
    return { items: await this.failures.list(principalOf(req).companyId, query.status, query.limit) };
  }
}
