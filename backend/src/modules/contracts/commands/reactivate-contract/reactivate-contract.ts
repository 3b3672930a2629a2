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

export const ReactivateContractBody = z.object({ on: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional() }).optional();
type Body_ = z.infer<typeof ReactivateContractBody>;

export class ReactivateContractCommand extends Command<ContractView> {
  constructor(readonly contractId: string, readonly body: Body_, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(ReactivateContractCommand)
export class ReactivateContractHandler implements ICommandHandler<ReactivateContractCommand> {
  constructor(private readonly aggregates: ContractAggregates) {}
  execute({ contractId, body, actor, metadata }: ReactivateContractCommand) {
    const at = new Date().toISOString();
    return this.aggregates.run(actor, metadata, contractId, () => [{ type: 'ReactivateContract', data: { on: body?.on ?? saoPauloDate(at), at } }]);
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class ReactivateContractController {
  constructor(private readonly bus: CommandBus) {}

  /** Ends a suspension (only from suspended). */
  @Post(':id/reactivate')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(ReactivateContractBody)
  @ZodResponse(ContractViewSchema)
  reactivate(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ReactivateContractCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
