import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { BillingSettingsRepository } from '../../infrastructure/billing-settings.repository.js';
import { overdueBefore } from '../invoices/invoices.http.controller.js';
import { InvoiceSummaryQuery, InvoiceSummaryResponse, InvoiceSummaryReader, type InvoiceSummaryFilter } from './invoice-summary.reader.js';

/** Counts and amounts by status (registered before `GET /invoices/:id` so "summary" is not taken for an id). */
@ApiTags('invoices')
@Controller('v1/invoices')
export class InvoiceSummaryController {
  constructor(private readonly reader: InvoiceSummaryReader, private readonly settings: BillingSettingsRepository) {}

  @Get('summary')
  @RequirePermission('invoices:read')
  @ZodQuery(InvoiceSummaryQuery)
  @ZodResponse(InvoiceSummaryResponse)
  async summary(@Query() q: InvoiceSummaryFilter, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    return this.reader.summary(companyId, q, await overdueBefore(this.settings, companyId, saoPauloDate(new Date())));
  }
}
