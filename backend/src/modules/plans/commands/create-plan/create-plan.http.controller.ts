import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { PlanViewSchema } from '../../queries/plan-catalogue/plan.schemas.js';
import { createPlanRequestSchema, type CreatePlanRequest } from '../../domain/plan.validation.js';
import { CreatePlanCommand } from './create-plan.handler.js';

@ApiTags('plans')
@Controller('v1/plans')
export class CreatePlanController {
  constructor(private readonly bus: CommandBus) {}

  /** A plan with its version 1 terms (defaults: FTTH, no fee, no loyalty, CGNAT, IPv6 /56). */
  @Post()
  @ZodResponse(PlanViewSchema, 201)
  @RequirePermission('plans:write')
  @ZodBody(createPlanRequestSchema)
  create(@Body() body: CreatePlanRequest, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CreatePlanCommand(body, principalOf(req), commandMetadata(req)));
  }
}
