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

export const AcceptContractBody = z.discriminatedUnion('method', [
  z.object({ method: z.enum(['click', 'signature', 'in-person', 'recorded-call']), evidence: z.string().trim().min(1).max(2000) }),
  /** The signed paper contract, scanned and uploaded as a customer document (customers module): its id. */
  z.object({ method: z.literal('signed-scan'), documentId: z.string().trim().min(1).max(100), evidence: z.string().trim().min(1).max(2000).optional() }),
]);
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
    const at = new Date().toISOString();
    const data =
      body.method === 'signed-scan'
        ? { method: body.method, documentId: body.documentId, evidence: body.evidence ?? `signed contract scanned as customer document ${body.documentId}; recorded by ${actor.id}`, at }
        : { ...body, at };
    return this.aggregates.run(actor, metadata, contractId, () => [{ type: 'AcceptContract', data }]);
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class AcceptContractController {
  constructor(private readonly bus: CommandBus) {}

  /** The customer accepted the terms (in person, signature, call, or a signed scan `{method: 'signed-scan', documentId}`): draft → awaiting_installation. */
  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(AcceptContractBody)
  @ZodResponse(ContractViewSchema)
  accept(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new AcceptContractCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
