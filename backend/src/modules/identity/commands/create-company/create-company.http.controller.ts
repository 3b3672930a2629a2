import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CreatedCompanySchema } from '../../identity.schemas.js';
import { CreateCompanyBody, type CreateCompanyBodyInput, CreateCompanyCommand } from './create-company.handler.js';

@ApiTags('companies')
@Controller('v1/companies')
export class CreateCompanyController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @RequirePermission('companies:manage')
  @ZodBody(CreateCompanyBody)
  @ZodResponse(CreatedCompanySchema, 201)
  create(@Body() body: CreateCompanyBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CreateCompanyCommand(body, principalOf(req), commandMetadata(req)));
  }
}
