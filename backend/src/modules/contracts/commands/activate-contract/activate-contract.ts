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

import type { ContractCommand } from '../../domain/contract.decider.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const ActivateContractBody = z
  .object({
    installedOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
    billingStartsOn: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  })
  .optional();
type Body_ = z.infer<typeof ActivateContractBody>;

export class ActivateContractCommand extends Command<ContractView> {
  constructor(readonly contractId: string, readonly body: Body_, readonly actor: Principal, readonly metadata: EventMetadata) {
    super();
  }
}

/**
 * Installation done: the service starts, loyalty and billing are set from the installation date (São Paulo
 * today by default). A draft not yet accepted is accepted in person at the installation (the subscriber
 * signs the work order), recorded as its own event before the activation.
 */
@CommandHandler(ActivateContractCommand)
export class ActivateContractHandler implements ICommandHandler<ActivateContractCommand> {
  constructor(private readonly aggregates: ContractAggregates) {}
  execute({ contractId, body, actor, metadata }: ActivateContractCommand) {
    const at = new Date().toISOString();
    return this.aggregates.run(actor, metadata, contractId, (state) => {
      const commands: ContractCommand[] = [];
      if (state.status === 'draft') {
        commands.push({ type: 'AcceptContract', data: { method: 'in-person', evidence: `signed at installation; recorded by ${actor.id}`, at } });
      }
      commands.push({
        type: 'ActivateContract',
        data: { installedOn: body?.installedOn ?? saoPauloDate(at), ...(body?.billingStartsOn ? { billingStartsOn: body.billingStartsOn } : {}), at },
      });
      return commands;
    });
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class ActivateContractController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/activate')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(ActivateContractBody)
  @ZodResponse(ContractViewSchema)
  activate(@Param('id') id: string, @Body() body: Body_, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ActivateContractCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
