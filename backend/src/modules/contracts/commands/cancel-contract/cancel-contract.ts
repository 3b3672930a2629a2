import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { EventMetadata } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../domain/business-date.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import type { ContractView } from '../../queries/contract-details/contract.view.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const CancelContractBody = z.object({
  reason: z.enum(['customer_request', 'delinquency', 'moved_out_of_coverage', 'technical_unfeasibility', 'provider_decision', 'other']),
  cancelledOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  waivePenalty: z.boolean().optional(),
});
type Body_ = z.infer<typeof CancelContractBody>;

export class CancelContractCommand extends Command<ContractView> {
  constructor(readonly contractId: string, readonly body: Body_, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(CancelContractCommand)
export class CancelContractHandler implements ICommandHandler<CancelContractCommand> {
  constructor(private readonly aggregates: ContractAggregates) {}
  execute({ contractId, body, actor, metadata }: CancelContractCommand) {
    const at = new Date().toISOString();
    const { cancelledOn, ...rest } = body;
    return this.aggregates.run(actor, metadata, contractId, () => [{ type: 'CancelContract', data: { ...rest, cancelledOn: cancelledOn ?? saoPauloDate(at), at } }]);
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class CancelContractController {
  constructor(private readonly bus: CommandBus) {}

  /** From any open status; the loyalty penalty (prorated by day) applies to customer request / delinquency unless waived. */
  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(CancelContractBody)
  @ZodResponse(ContractViewSchema)
  cancel(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CancelContractCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
