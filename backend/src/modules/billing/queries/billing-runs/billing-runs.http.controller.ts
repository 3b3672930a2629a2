import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { BillingRunListSchema, BillingRunViewSchema } from './billing-run.schemas.js';
import { BillingRunsReader } from './billing-runs.reader.js';

export const BillingRunQuery = z.object({
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  onlyWarnings: z.enum(['true', 'false']).optional(),
});
type BillingRunQueryInput = z.infer<typeof BillingRunQuery>;

@ApiTags('billing')
@Controller('v1/billing/runs')
export class BillingRunsQueryController {
  constructor(private readonly reader: BillingRunsReader) {}

  @Get()
  @ZodResponse(BillingRunListSchema)
  @RequirePermission('billing-runs:read')
  async list(@Req() req: RequestWithPrincipal) {
    return { items: await this.reader.list(principalOf(req).companyId) };
  }

  /** Status, progress (total, done, failed, rate) and the preview lines (warnings first), paginated. */
  @Get(':id')
  @ZodResponse(BillingRunViewSchema)
  @RequirePermission('billing-runs:read')
  @ZodQuery(BillingRunQuery)
  get(@Param('id') id: string, @Query() q: BillingRunQueryInput, @Req() req: RequestWithPrincipal) {
    return this.reader.get(principalOf(req).companyId, id, q.page ?? 1, q.pageSize ?? 100, q.onlyWarnings === 'true');
  }
}
