import { Controller, Get, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { ContractSummaryReader, ContractSummaryResponse } from './contract-summary.reader.js';

/** Counts by status and MRR for the dashboard (registered before `GET /contracts/:id` so "summary" is not an id). */
@ApiTags('contracts')
@Controller('v1/contracts')
export class ContractSummaryController {
  constructor(private readonly reader: ContractSummaryReader) {}

  @Get('summary')
  @RequirePermission('contracts:read')
  @ZodResponse(ContractSummaryResponse)
  summary(@Req() req: RequestWithPrincipal) {
    return this.reader.summary(principalOf(req).companyId);
  }
}
