import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody } from '../../../../platform/http/validation.js';
import { noteRequestSchema, type NoteRequest } from '../../domain/customer.validation.js';
import { ApplyCustomerCommand } from '../apply-customer-command/apply-customer-command.handler.js';

/** A staff note on the customer (personal data: shredded on erasure); shown in the timeline. */
@ApiTags('customers')
@Controller('v1/customers')
export class AddNoteController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/notes')
  @RequirePermission('customers:write')
  @ZodBody(noteRequestSchema)
  async add(@Param('id') id: string, @Body() body: NoteRequest, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    const noteId = randomUUID();
    const command = { type: 'AddNote', data: { noteId, text: body.text, authorId: actor.id, at: new Date().toISOString() } } as const;
    const { events } = await this.bus.execute(new ApplyCustomerCommand(id, command, actor, commandMetadata(req)));
    const { customerId: _c, ...note } = events[0]!.data as { customerId: string; noteId: string; text: string; authorId: string; at: string };
    return note;
  }
}
