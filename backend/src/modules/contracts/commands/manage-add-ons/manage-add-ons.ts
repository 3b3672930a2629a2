import { Body, Controller, Delete, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { PlansPublicApi } from '../../../plans/public-api.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { addOnSnapshot } from '../draft-contract/draft-contract.handler.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const AddContractAddOnBody = z.object({ addOnId: z.string().min(1).max(100) });
type AddContractAddOnInput = z.infer<typeof AddContractAddOnBody>;

/** Add-on services on an active contract: added at the add-on's current price version, or removed. */
@ApiTags('contracts')
@Controller('v1/contracts')
export class ContractAddOnsController {
  constructor(private readonly aggregates: ContractAggregates, private readonly plans: PlansPublicApi) {}

  @Post(':id/add-ons')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(AddContractAddOnBody)
  @ZodResponse(ContractViewSchema)
  async add(@Param('id') id: string, @Body() body: AddContractAddOnInput, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    return this.aggregates.run(actor, commandMetadata(req), id, async () => [
      { type: 'AddAddOn', data: { addOn: await addOnSnapshot(this.plans, actor.companyId, body.addOnId, 'addOnId'), at: new Date().toISOString() } },
    ]);
  }

  @Delete(':id/add-ons/:addOnId')
  @RequirePermission('contracts:write')
  @ZodResponse(ContractViewSchema)
  remove(@Param('id') id: string, @Param('addOnId') addOnId: string, @Req() req: RequestWithPrincipal) {
    return this.aggregates.run(principalOf(req), commandMetadata(req), id, () => [{ type: 'RemoveAddOn', data: { addOnId, at: new Date().toISOString() } }]);
  }
}
