import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { ContractDirectoryReader } from '../contract-details/contract-directory.reader.js';
import { PortalContractViews } from './portal-contract.view.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { PortalContractListSchema, PortalContractViewSchema } from './portal-contract.schemas.js';

/** The customer area: the caller's own contracts and plan details (anyone else's id is the same 404 as a random one). */
@ApiTags('portal')
@Controller('v1/portal/contracts')
export class PortalContractsController {
  constructor(private readonly directory: ContractDirectoryReader, private readonly views: PortalContractViews) {}

  @Get()
  @ZodResponse(PortalContractListSchema)
  @RequirePermission('portal')
  async list(@Req() req: RequestWithPrincipal) {
    const p = principalOf(req);
    if (!p.customerId) return { items: [] };
    const rows = await this.directory.list(p.companyId, { customerId: p.customerId });
    return { items: await Promise.all(rows.map((r) => this.views.view(p.companyId, r.id))) };
  }

  @Get(':id')
  @ZodResponse(PortalContractViewSchema)
  @RequirePermission('portal')
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const p = principalOf(req);
    const holder = await this.directory.customerOf(p.companyId, id);
    if (!holder || !p.customerId || holder !== p.customerId) throw notFoundForCaller('Contract');
    return this.views.view(p.companyId, id);
  }
}
