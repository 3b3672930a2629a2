import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { StatementListSchema, StatementViewSchema } from './statement.schemas.js';
import { StatementsReader } from './statements.reader.js';

/** Imported OFX statements: line counts per status, and each statement's lines with their proposals. */
@ApiTags('billing')
@Controller('v1/billing/statements')
export class StatementsQueryController {
  constructor(private readonly reader: StatementsReader) {}

  @Get()
  @ZodResponse(StatementListSchema)
  @RequirePermission('payments:read')
  async list(@Req() req: RequestWithPrincipal) {
    return { items: await this.reader.list(principalOf(req).companyId) };
  }

  @Get(':id')
  @ZodResponse(StatementViewSchema)
  @RequirePermission('payments:read')
  async one(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const s = await this.reader.get(principalOf(req).companyId, id);
    if (!s) throw notFound('Statement', id);
    return s;
  }
}
