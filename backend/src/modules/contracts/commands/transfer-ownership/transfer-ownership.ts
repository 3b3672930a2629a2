import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { ProblemException, validationProblem } from '../../../../platform/http/problem.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { saoPauloDate } from '../../domain/business-date.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const TransferOwnershipBody = z.object({ toCustomerId: z.string().min(1).max(100), on: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional() });
type TransferOwnershipInput = z.infer<typeof TransferOwnershipBody>;

/**
 * Transfer of ownership (troca de titularidade) to another customer of the company, who must exist and
 * not be erased. Debts stay with the previous holder: invoices already issued keep their customer; billing
 * bills the new holder from `on`.
 */
@ApiTags('contracts')
@Controller('v1/contracts')
export class TransferOwnershipController {
  constructor(private readonly aggregates: ContractAggregates, private readonly customers: CustomersPublicApi) {}

  @Post(':id/transfer')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(TransferOwnershipBody)
  @ZodResponse(ContractViewSchema)
  async transfer(@Param('id') id: string, @Body() body: TransferOwnershipInput, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    const at = new Date().toISOString();
    return this.aggregates.run(actor, commandMetadata(req), id, async () => {
      const target = await this.customers.customerForContract(actor.companyId, body.toCustomerId);
      if (!target) throw validationProblem([{ field: 'toCustomerId', reason: 'no such customer in this company' }]);
      if (target.status !== 'active') throw new ProblemException(409, 'customer-not-active', 'Customer not active', `The target customer is ${target.status}.`, { current: target.status });
      return [{ type: 'TransferOwnership', data: { toCustomerId: body.toCustomerId, on: body.on ?? saoPauloDate(at), at } }];
    });
  }
}
