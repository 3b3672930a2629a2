import { Body, Controller, Param, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { PlanViewSchema } from '../../queries/plan-catalogue/plan.schemas.js';
import { UpdatePlanCommand } from './update-plan.handler.js';
import { UpdatePlanBody, type UpdatePlanBodyInput } from './update-plan.request.dto.js';

@ApiTags('plans')
@Controller('v1/plans')
export class UpdatePlanController {
  constructor(private readonly bus: CommandBus) {}

  /** Changing price or speeds publishes a new version (existing contracts keep theirs); see `versions`. */
  @Patch(':id')
  @ZodResponse(PlanViewSchema)
  @RequirePermission('plans:write')
  @ZodBody(UpdatePlanBody)
  update(@Param('id') id: string, @Body() body: UpdatePlanBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new UpdatePlanCommand(id, body, principalOf(req), commandMetadata(req)));
  }
}
