import { Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { subscriberOf } from '../../queries/own-contact/own-contact.http.controller.js';
import { RequestDataExportCommand } from './request-data-export.handler.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { DataExportRequestSchema } from '../../queries/customer-details/customer-portal.schemas.js';

@ApiTags('portal')
@Controller('v1/portal/me/data-export')
export class RequestDataExportController {
  constructor(private readonly bus: CommandBus) {}

  /** Records the request (protocol number); the export is then available at once under that protocol. */
  @Post()
  @ZodResponse(DataExportRequestSchema, 201)
  @RequirePermission('portal')
  request(@Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return this.bus.execute(new RequestDataExportCommand(p.companyId, p.customerId, 'portal', p.id, commandMetadata(req)));
  }
}
