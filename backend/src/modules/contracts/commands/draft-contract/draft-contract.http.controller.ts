import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { DraftContractCommand } from './draft-contract.handler.js';
import { DraftContractBody, type DraftContractBodyInput } from './draft-contract.request.dto.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

@ApiTags('contracts')
@Controller('v1/contracts')
export class DraftContractController {
  constructor(private readonly bus: CommandBus) {}

  /** A contract in `draft` (or `awaiting_installation` with `acceptance`), pinned to the plan's current version. */
  @Post()
  @RequirePermission('contracts:write')
  @ZodBody(DraftContractBody)
  @ZodResponse(ContractViewSchema, 201)
  draft(@Body() body: DraftContractBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new DraftContractCommand(body, principalOf(req), commandMetadata(req)));
  }
}
