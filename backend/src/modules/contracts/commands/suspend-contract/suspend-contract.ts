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

export const SuspendContractBody = z.object({
  reason: z.enum(['delinquency', 'customer_request']),
  startsOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  endsOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  maxCustomerRequestDaysPerYear: z.number().int().min(0).max(366).optional(),
});
type Body_ = z.infer<typeof SuspendContractBody>;

export class SuspendContractCommand extends Command<ContractView> {
  constructor(readonly contractId: string, readonly body: Body_, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(SuspendContractCommand)
export class SuspendContractHandler implements ICommandHandler<SuspendContractCommand> {
  constructor(private readonly aggregates: ContractAggregates) {}
  execute({ contractId, body, actor, metadata }: SuspendContractCommand) {
    const at = new Date().toISOString();
    const { startsOn, ...rest } = body;
    return this.aggregates.run(actor, metadata, contractId, () => [{ type: 'SuspendContract', data: { ...rest, startsOn: startsOn ?? saoPauloDate(at), at } }]);
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class SuspendContractController {
  constructor(private readonly bus: CommandBus) {}

  /** Delinquency (open-ended) or customer request (needs endsOn; yearly limit). Only from active. */
  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(SuspendContractBody)
  @ZodResponse(ContractViewSchema)
  suspend(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new SuspendContractCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
