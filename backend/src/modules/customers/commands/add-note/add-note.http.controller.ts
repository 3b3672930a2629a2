import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { responseMatches, ZodBody, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import type { CustomerNoteAdded } from '../../domain/customer.events.js';
import { noteRequestSchema, type NoteRequest } from '../../domain/customer.validation.js';
import { ApplyCustomerCommand } from '../apply-customer-command/apply-customer-command.handler.js';

/** The note as recorded (its text is personal data: shredded on erasure). */
export type CustomerNote = Omit<CustomerNoteAdded['data'], 'customerId'>;
export const CustomerNoteSchema = z.object({ noteId: z.string(), text: z.string(), authorId: z.string(), at: z.string() }).meta({ id: 'CustomerNote' });

/** A staff note on the customer (personal data: shredded on erasure); shown in the timeline. */
@ApiTags('customers')
@Controller('v1/customers')
export class AddNoteController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/notes')
  @RequirePermission('customers:write')
  @ZodBody(noteRequestSchema)
  @ZodResponse(CustomerNoteSchema, 201)
  async add(@Param('id') id: string, @Body() body: NoteRequest, @Req() req: RequestWithPrincipal): Promise<CustomerNote> {
    const actor = principalOf(req);
    const noteId = randomUUID();
    const command = { type: 'AddNote', data: { noteId, text: body.text, authorId: actor.id, at: new Date().toISOString() } } as const;
    const { events } = await this.bus.execute(new ApplyCustomerCommand(id, command, actor, commandMetadata(req)));
    const { customerId: _c, ...note } = events[0]!.data as CustomerNoteAdded['data'];
    return note;
  }
}

responseMatches<SameShape<z.infer<typeof CustomerNoteSchema>, CustomerNote>>();
