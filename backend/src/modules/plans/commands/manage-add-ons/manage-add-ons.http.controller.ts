import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Database, EventStore } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE, EVENT_STORE } from '../../../../platform/database/tokens.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { AddOnViewSchema } from '../../queries/plan-catalogue/plan.schemas.js';
import { addOnDecider, addOnStreamId, type AddOnCommand } from '../../domain/add-on.decider.js';
import { ADD_ON_CATEGORIES, type AddOnCategory } from '../../domain/add-on.events.js';
import { EventSourced } from '../../../../platform/eventsourcing/event-sourced.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { findAddOn } from '../../queries/add-ons/add-ons.http.controller.js';

const cents = z.number().int({ error: 'must be an integer number of centavos' }).min(0);
export const CreateAddOnBody = z.object({
  name: z.string().trim().min(1).max(120),
  category: z.enum(ADD_ON_CATEGORIES as [AddOnCategory, ...AddOnCategory[]]),
  priceCents: cents,
  active: z.boolean().optional(),
});
export const UpdateAddOnBody = z
  .object({ name: z.string().trim().min(1).max(120).optional(), priceCents: cents.optional(), active: z.boolean().optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' });

/** Add-on services (SVA): create, rename, reprice (a new version; contracts keep theirs), (de)activate. */
@ApiTags('add-ons')
@Controller('v1/add-ons')
export class ManageAddOnsController {
  private readonly addOns: EventSourced<ReturnType<typeof addOnDecider.initialState>, AddOnCommand, Parameters<typeof addOnDecider.evolve>[1]>;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(DATABASE) private readonly db: Database) {
    this.addOns = new EventSourced(store, addOnDecider, addOnStreamId);
  }

  @Post()
  @ZodResponse(AddOnViewSchema, 201)
  @RequirePermission('plans:write')
  @ZodBody(CreateAddOnBody)
  async create(@Body() body: z.infer<typeof CreateAddOnBody>, @Req() req: RequestWithPrincipal) {
    const addOnId = randomUUID();
    await asProblems(() => this.addOns.handle(addOnId, { type: 'CreateAddOn', data: { addOnId, ...body, at: new Date().toISOString() } }, commandMetadata(req)));
    return findAddOn(this.db, principalOf(req).companyId, addOnId);
  }

  @Patch(':id')
  @ZodResponse(AddOnViewSchema)
  @RequirePermission('plans:write')
  @ZodBody(UpdateAddOnBody)
  async update(@Param('id') id: string, @Body() body: z.infer<typeof UpdateAddOnBody>, @Req() req: RequestWithPrincipal) {
    const companyId = principalOf(req).companyId;
    if (!(await findAddOn(this.db, companyId, id))) throw notFound('Add-on', id);
    const at = new Date().toISOString();
    const commands: AddOnCommand[] = [];
    if (body.name !== undefined) commands.push({ type: 'RenameAddOn', data: { name: body.name, at } });
    if (body.priceCents !== undefined) commands.push({ type: 'ChangeAddOnPrice', data: { priceCents: body.priceCents, at } });
    if (body.active !== undefined) commands.push({ type: body.active ? 'ActivateAddOn' : 'DeactivateAddOn', data: { at } });
    await asProblems(() => this.addOns.handle(id, commands, commandMetadata(req)));
    return findAddOn(this.db, companyId, id);
  }
}
