import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CreateUserCommand } from './create-user.handler.js';
import { CreateUserBody, type CreateUserBodyInput } from './create-user.request.dto.js';
import { CreatedUserSchema } from '../../identity.schemas.js';

@ApiTags('users')
@Controller('v1/users')
export class CreateUserController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @ZodResponse(CreatedUserSchema, 201)
  @RequirePermission('users:manage')
  @ZodBody(CreateUserBody)
  create(@Body() body: CreateUserBodyInput, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CreateUserCommand(body, principalOf(req), commandMetadata(req)));
  }
}
