import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { validationProblem } from '../../../../platform/http/problem.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { contractAddressSchema } from '../../domain/contract.validation.js';
import type { ContractAddress } from '../../domain/contract.events.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const ChangeAddressBody = z
  .object({ installationAddress: contractAddressSchema.optional(), customerAddressId: z.string().min(1).max(20).optional() })
  .superRefine((b, ctx) => {
    if (!b.installationAddress === !b.customerAddressId) ctx.addIssue({ code: 'custom', path: ['installationAddress'], message: 'give installationAddress or customerAddressId (one of them)' });
  });
type ChangeAddressInput = z.infer<typeof ChangeAddressBody>;

/** Moves the installation (service moves with the subscriber); the address inline or one of the holder's addresses. */
@ApiTags('contracts')
@Controller('v1/contracts')
export class ChangeAddressController {
  constructor(private readonly aggregates: ContractAggregates, private readonly customers: CustomersPublicApi) {}

  @Post(':id/change-address')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(ChangeAddressBody)
  @ZodResponse(ContractViewSchema)
  change(@Param('id') id: string, @Body() body: ChangeAddressInput, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    return this.aggregates.run(actor, commandMetadata(req), id, async (state) => {
      let address: ContractAddress;
      if (body.customerAddressId) {
        const customer = await this.customers.customerForContract(actor.companyId, state.customerId);
        const a = customer?.addresses.find((x) => x.id === body.customerAddressId);
        if (!a) throw validationProblem([{ field: 'customerAddressId', reason: "is not one of the contract holder's addresses" }]);
        const { id: _id, type: _type, ...rest } = a;
        address = rest;
      } else {
        const { type: _type, ...rest } = body.installationAddress!;
        address = rest as ContractAddress;
      }
      return [{ type: 'ChangeInstallationAddress', data: { address, at: new Date().toISOString() } }];
    });
  }
}
