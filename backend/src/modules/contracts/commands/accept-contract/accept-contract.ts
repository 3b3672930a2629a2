import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { EventMetadata } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { Principal, RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../domain/business-date.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import type { ContractView } from '../../queries/contract-details/contract.view.js';

export const AcceptContractBody = z.object({
  method: z.enum(['click', 'signature', 'in-person', 'recorded-call']),
  evidence: z.string().trim().min(1).max(2000),
});
type Body_ = z.infer<typeof AcceptContractBody>;

export class AcceptContractCommand extends Command<ContractView> {
  constructor(readonly contractId: string, readonly body: Body_, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(AcceptContractCommand)
export class AcceptContractHandler implements ICommandHandler<AcceptContractCommand> {
  constructor(private readonly aggregates: ContractAggregates) {}
  execute({ contractId, body, actor, metadata }: AcceptContractCommand) {
    return this.aggregates.run(actor, metadata, contractId, () => [{ type: 'AcceptContract', data: { ...body, at: new Date().toISOString() } }]);
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class AcceptContractController {
  constructor(private readonly bus: CommandBus) {}

  /** The customer accepted the terms: draft → awaiting_installation. */
  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(AcceptContractBody)
  accept(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new AcceptContractCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
